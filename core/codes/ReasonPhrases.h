// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Reason.h"

namespace Codes {

// One text rule of the reason classifier: lower-case phrase; '*' separates parts that must
// appear in this order ("user * does not exist"). Whitespace in the text is folded to one space.
struct ReasonPhrase
{
    Reason reason;
    const char *pattern;
};

// The ordered phrase table (data, meant to be tuned on real bounces).
const std::vector<ReasonPhrase> &reasonPhrases();

} // namespace Codes
