// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "Reason.h"
#include "ReasonEvidence.h"

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
    // The text is a recipient's failure inside a whole bounce message (not one pasted reply or
    // log line): the reporting MTA could have said at which SMTP stage it failed.
    bool inBounceMessage = false;
};

// Decides the reason by weighing the evidence (ReasonClassifier.cpp has the order):
// provider catalog entries outrank text; a phrase that names a reason outranks the generic
// default of a status code (5.7.1 is used for spam, user unknown, relaying and policy alike);
// a specific code (5.2.2, 5.1.2, 5.7.26) outranks weak words; the SMTP command is a feature
// (a "user unknown" after DATA is a content filter). Returns Undefined when there is nothing to
// decide from, OnHold when there was text but nothing in it is known.
// Deterministic, linear in the text length; thread-safe (tables compiled once).
ReasonDecision decideReason(const ReasonInput &in);

// decideReason(in).reason.
Reason classifyReason(const ReasonInput &in);

} // namespace Codes
