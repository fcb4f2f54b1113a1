// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Report {

// Decides what a person pasted, so one paste box takes everything: a whole message or bounce
// text (headers, DSN fields, MTA boilerplate), one SMTP error line (possibly several folded
// continuation lines), a mail-log excerpt, message trace or sending-service events (core/logs:
// Log when at least one delivery failure or deferral is read from it), or a bare domain name.
class InputClassifier
{
public:
    enum class Kind { Empty, Line, Message, Domain, Log };
    static Kind classify(const QString &text);
    static bool looksLikeDomain(const QString &text);
};

} // namespace Report
