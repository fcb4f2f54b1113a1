// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "Reason.h"

namespace Codes {

// What is known about one failed recipient. Every field may be empty.
struct ReasonInput
{
    QString text;      // the diagnostic text (may be multi-line, any MTA's wording)
    QString replyCode; // "550"
    QString status;    // "5.7.26" (enhanced status code, normalized)
    QString provider;  // "gmail", "microsoft", "yahoo", "apple", "comcast", "att" or empty
    QString command;   // "RCPT", "DATA", "MAIL", "CONNECT", "HELO", ...
    QString diagnosticType; // RFC 3464 Diagnostic-Code type: "SMTP" (or empty), "X-UNIX", "X-POSTFIX", ...
};

// Decides the reason from text, codes and provider together (not from the first digit).
// Order: provider catalog tags, decisive enhanced codes, ordered text phrase tables,
// then the enhanced code, then the reply code. Returns Undefined when nothing matches.
// Thread-safe and allocation-light: all patterns are compiled once.
Reason classifyReason(const ReasonInput &in);

} // namespace Codes
