// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceFacts.h"
#include "CauseSet.h"

namespace Diagnosis {

// Causes that the message alone suggests: from the reason, the enhanced status code (generic and
// per provider) and the reply's wording. Each rule is one row of a table in MessageRules.cpp
// with the RFC or provider page behind it; adding a provider rule is adding a row.
class MessageRules
{
public:
    static void apply(const BounceFacts &facts, CauseSet &causes);

private:
    static void applyReason(const RecipientFacts &r, CauseSet &causes);
    static void applyStatus(const RecipientFacts &r, CauseSet &causes);
    static void applyPhrases(const RecipientFacts &r, CauseSet &causes);
    static void applyClass(const RecipientFacts &r, CauseSet &causes);
    static void applyKnowledgeBase(const RecipientFacts &r, CauseSet &causes);
    // "User unknown" words the classifier read as a filter's refusal (reason "filtered").
    static void applyUnknownWordsOfAFilter(const RecipientFacts &r, CauseSet &causes);
    static void applyRemoteVerdicts(const BounceFacts &facts, CauseSet &causes);
};

} // namespace Diagnosis
