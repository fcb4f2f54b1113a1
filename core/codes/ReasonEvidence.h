// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "Reason.h"

namespace Codes {

// Why the classifier chose a reason: the rule or feature that decided, and where in the
// diagnostic text it matched. Shown as "reason_evidence" in the JSON of analyze and explain.
struct ReasonEvidence
{
    // "provider" (a provider catalog entry), "text" (a phrase naming the reason), "text-weak"
    // (a word pointing at it, outranking only a generic status), "status" (a specific RFC 3463
    // code), "status-default" (the generic meaning of a code such as 5.7.1: low confidence),
    // "reply-code", "command", "diagnostic-type", "none" (text without anything known: onhold)
    // or "" (nothing to decide from).
    QString kind;
    QString rule;   // the phrase, the provider entry, the code
    QString source; // where the rule comes from (MTA source file, provider page, RFC)
    qsizetype start = -1; // span in ReasonInput::text (UTF-16 offsets), -1 when no text matched
    qsizetype end = -1;
    double confidence = 0.0; // 0..1, fixed per kind (see ReasonClassifier.cpp)
};

struct ReasonDecision
{
    Reason reason = Reason::Undefined;
    ReasonEvidence evidence;
};

} // namespace Codes
