// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace Codes {

// Bounce reasons: the vocabulary of Sisimai (see docs/REASONS.md), so that results
// can be compared with Sisimai's and with the corpus expectations.
enum class Reason {
    Undefined, AuthFailure, BadReputation, Blocked, ContentError, Delivered, ExceedLimit, Expired,
    FailedStartTls, Feedback, Filtered, HasMoved, HostUnknown, MailboxFull, MailerError, MesgTooBig, NetworkError,
    NoRelaying, NotAccept, NotCompliantRfc, OnHold, PolicyViolation, Rejected, RequirePtr, SecurityError, SpamDetected,
    Speeding, Suppressed, Suspend, SyntaxError, SystemError, SystemFull, TooManyConn, UserUnknown, Vacation, VirusDetected
};

// Lower-case name as used by Sisimai and in JSON ("userunknown", "failedstarttls", ...).
QString reasonName(Reason r);

// Inverse of reasonName(); case-insensitive. Undefined when the name is unknown.
// Also accepts Sisimai 5.6's merged names "ratelimited" (-> Speeding) and "emailtoolarge" (-> MesgTooBig).
Reason reasonFromName(QStringView name);

// Hard bounce = the address itself is dead: userunknown, hostunknown, hasmoved, and notaccept
// with a permanent (5xx) class. Everything else is soft; statusClass is '4' or '5'.
bool isHardBounce(Reason r, QChar statusClass);

// One-sentence English definition of a reason (translatable, context "Codes").
QString reasonDescription(Reason r);

// Number of enumerators, for iteration in tests and the GUI.
constexpr int reasonCount = static_cast<int>(Reason::VirusDetected) + 1;

} // namespace Codes
