// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeInfo.h"
#include "Reason.h"

namespace Codes {

// What typically causes a reason, what to do, and which live checks confirm it.
// Used when the text (not the code) told us the reason, e.g. "550 5.7.1 ... blocked using Spamhaus".
struct ReasonAdvice
{
    Reason reason;
    unsigned checks;
    CodeText text; // title unused; meaning = short explanation of the reason
};

const ReasonAdvice &reasonAdvice(Reason r);

} // namespace Codes
