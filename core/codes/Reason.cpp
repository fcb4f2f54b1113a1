// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reason.h"

#include <array>

#include <QCoreApplication>

namespace Codes {

namespace {

struct ReasonInfo
{
    Reason reason;
    const char *name;
    const char *description;
};

// Definitions paraphrase docs/REASONS.md (Sisimai's vocabulary).
const std::array<ReasonInfo, reasonCount> kReasons = {{
    {Reason::Undefined, "undefined", QT_TRANSLATE_NOOP("Codes", "No reason could be determined.")},
    {Reason::AuthFailure, "authfailure", QT_TRANSLATE_NOOP("Codes", "Rejected because SPF, DKIM or DMARC failed.")},
    {Reason::BadReputation, "badreputation", QT_TRANSLATE_NOOP("Codes", "Rejected because of the sending IP address's reputation.")},
    {Reason::Blocked, "blocked", QT_TRANSLATE_NOOP("Codes", "Rejected because of the client IP address or host name (or its HELO/EHLO).")},
    {Reason::ContentError, "contenterror", QT_TRANSLATE_NOOP("Codes", "Rejected because of the message's header format or content.")},
    {Reason::Delivered, "delivered", QT_TRANSLATE_NOOP("Codes", "Delivered successfully.")},
    {Reason::ExceedLimit, "exceedlimit", QT_TRANSLATE_NOOP("Codes", "The message exceeded a limit, such as the recipient's size limit.")},
    {Reason::Expired, "expired", QT_TRANSLATE_NOOP("Codes", "Delivery gave up after the retry period.")},
    {Reason::FailedStartTls, "failedstarttls", QT_TRANSLATE_NOOP("Codes", "Delivery failed because of a STARTTLS problem.")},
    {Reason::Feedback, "feedback", QT_TRANSLATE_NOOP("Codes", "Not a bounce: a complaint (feedback loop) report.")},
    {Reason::Filtered, "filtered", QT_TRANSLATE_NOOP("Codes", "Rejected after DATA because of the header content or a recipient-side filter.")},
    {Reason::HasMoved, "hasmoved", QT_TRANSLATE_NOOP("Codes", "The recipient's mailbox has moved and mail is not forwarded.")},
    {Reason::HostUnknown, "hostunknown", QT_TRANSLATE_NOOP("Codes", "The domain part of the recipient address does not exist.")},
    {Reason::MailboxFull, "mailboxfull", QT_TRANSLATE_NOOP("Codes", "The recipient's mailbox is full.")},
    {Reason::MailerError, "mailererror", QT_TRANSLATE_NOOP("Codes", "A local delivery program exited with an error.")},
    {Reason::MesgTooBig, "mesgtoobig", QT_TRANSLATE_NOOP("Codes", "The message is too big for the destination server.")},
    {Reason::NetworkError, "networkerror", QT_TRANSLATE_NOOP("Codes", "The connection failed: DNS lookup failure, routing loop or another network problem.")},
    {Reason::NoRelaying, "norelaying", QT_TRANSLATE_NOOP("Codes", "Rejected with \"relaying denied\".")},
    {Reason::NotAccept, "notaccept", QT_TRANSLATE_NOOP("Codes", "The destination does not accept any mail.")},
    {Reason::NotCompliantRfc, "notcompliantrfc", QT_TRANSLATE_NOOP("Codes", "Rejected for not complying with the message format standards (RFC 5322).")},
    {Reason::OnHold, "onhold", QT_TRANSLATE_NOOP("Codes", "Too little information to decide.")},
    {Reason::PolicyViolation, "policyviolation", QT_TRANSLATE_NOOP("Codes", "Rejected by a policy of the destination.")},
    {Reason::Rejected, "rejected", QT_TRANSLATE_NOOP("Codes", "Rejected because of the sender (envelope MAIL FROM) address.")},
    {Reason::RequirePtr, "requireptr", QT_TRANSLATE_NOOP("Codes", "Rejected because the sending IP address has no valid PTR record.")},
    {Reason::SecurityError, "securityerror", QT_TRANSLATE_NOOP("Codes", "Rejected for a security reason, such as missing authentication.")},
    {Reason::SpamDetected, "spamdetected", QT_TRANSLATE_NOOP("Codes", "Rejected by the receiver's spam filter.")},
    {Reason::Speeding, "speeding", QT_TRANSLATE_NOOP("Codes", "Rejected for sending too fast (rate limit).")},
    {Reason::Suppressed, "suppressed", QT_TRANSLATE_NOOP("Codes", "Not sent: the recipient is on the relay's suppression list.")},
    {Reason::Suspend, "suspend", QT_TRANSLATE_NOOP("Codes", "The recipient's account is suspended or disabled.")},
    {Reason::SyntaxError, "syntaxerror", QT_TRANSLATE_NOOP("Codes", "Rejected for a syntax error in the SMTP commands.")},
    {Reason::SystemError, "systemerror", QT_TRANSLATE_NOOP("Codes", "A system error on the receiving host.")},
    {Reason::SystemFull, "systemfull", QT_TRANSLATE_NOOP("Codes", "The receiving server's disk is full.")},
    {Reason::TooManyConn, "toomanyconn", QT_TRANSLATE_NOOP("Codes", "Refused for now: too many connections.")},
    {Reason::UserUnknown, "userunknown", QT_TRANSLATE_NOOP("Codes", "The recipient address does not exist.")},
    {Reason::Vacation, "vacation", QT_TRANSLATE_NOOP("Codes", "Not a bounce: an automatic out-of-office reply.")},
    {Reason::VirusDetected, "virusdetected", QT_TRANSLATE_NOOP("Codes", "Rejected by a virus scanner.")},
}};

const ReasonInfo &info(Reason r)
{
    const auto i = static_cast<size_t>(r);
    Q_ASSERT(i < kReasons.size() && kReasons[i].reason == r);
    return kReasons[i];
}

} // namespace

QString reasonName(Reason r)
{
    // Built once (shared copies after): a log summary asks for a name per result.
    static const std::array<QString, reasonCount> names = [] {
        std::array<QString, reasonCount> n;
        for (size_t i = 0; i < reasonCount; ++i)
            n[i] = QString::fromLatin1(info(static_cast<Reason>(i)).name);
        return n;
    }();
    return names[static_cast<size_t>(r)];
}

Reason reasonFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    for (const ReasonInfo &i : kReasons) {
        if (n == QLatin1String(i.name))
            return i.reason;
    }
    // Sisimai 5.6 merged names (docs/REASONS.md).
    if (n == QLatin1String("ratelimited"))
        return Reason::Speeding;
    if (n == QLatin1String("emailtoolarge"))
        return Reason::MesgTooBig;
    return Reason::Undefined;
}

bool isHardBounce(Reason r, QChar statusClass)
{
    switch (r) {
    case Reason::UserUnknown:
    case Reason::HostUnknown:
    case Reason::HasMoved:
        return true;
    case Reason::NotAccept:
        return statusClass == QLatin1Char('5');
    default:
        return false;
    }
}

QString reasonDescription(Reason r)
{
    return QCoreApplication::translate("Codes", info(r).description);
}

} // namespace Codes
