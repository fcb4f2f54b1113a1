// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "Reason.h"

namespace Codes {

// How much one phrase says. Strong: a wording that names the reason ("user unknown", "mailbox
// is full"). Weak: a single word that points at a reason but is also used loosely ("spam",
// "quota", "policy"); it still outranks the generic default of a status code (a 5.7.1 or a
// 5.0.0 says "refused", not why), but never a strong phrase or a specific status code.
// Decisive: a provider's own reference code with a published meaning ("AUP#CXBL", "OFR_416",
// "IB506"): it outranks every text phrase and the status code, like a provider catalog entry.
enum class PhraseWeight : unsigned char { Strong, Weak, Decisive };

// One text rule of the reason classifier: lower-case phrase (UTF-8); '*' separates parts that
// must appear in this order ("user * does not exist"). Whitespace in the text is folded to one
// space before matching.
struct ReasonPhrase
{
    Reason reason;
    const char *pattern;
    // Where the wording comes from: the MTA source file and message, the provider's published
    // error page, the catalogue entry or RFC registry text, or "generic wording (unsourced)"
    // for plain-English weak phrases no source was found for.
    const char *source;
    // Provenance for leave-one-family-out scoring: empty for primary sources; "corpus:FAMILY"
    // (comma-separated when several) for an entry written or changed after looking at that
    // family's samples in the visible corpus, even when a primary source confirms its wording.
    const char *origin;
    PhraseWeight weight;
};

// All phrase tables together (catalogue and RFC texts, MTA texts, provider texts, other
// languages, weak words), in the order the classifier tries them.
const std::vector<ReasonPhrase> &reasonPhrases();

// Leave-one-family-out: phrases whose origin equals this (e.g. "corpus:postfix") are ignored
// by the classifier from now on. Set once at start-up (bouncelens-cli --lofo-family), before any
// classification runs; empty (the default) keeps every phrase.
void setExcludedPhraseOrigin(const char *origin);
const char *excludedPhraseOrigin();

} // namespace Codes
