// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <unordered_map>
#include <vector>

#include <QString>
#include <QStringMatcher>

#include "Reason.h"
#include "ReasonPhrases.h"
#include "util/PhraseScanner.h"

namespace Codes {

// The first match of one phrase in the folded text.
struct PhraseHit
{
    int phrase = -1;       // index into reasonPhrases()
    qsizetype start = -1;  // in the folded text
    qsizetype end = -1;
    bool found() const { return phrase >= 0; }
};

using PhraseHits = std::array<PhraseHit, reasonCount>;

// Compiled once: every phrase of reasonPhrases() split at '*' into ordered parts. The first
// parts of phrases that start with two ASCII characters are found in one pass
// (Util::PhraseScanner); phrases in other scripts (Cyrillic, Japanese, accented first letters)
// are bucketed by their first character and looked up only at non-ASCII positions. The earliest
// occurrence of a first part leaves the most room for the rest, so each phrase is tried once,
// at its first occurrence: linear in the text length for a fixed table. Thread-safe after
// construction (instance() is a function-local static).
class ReasonPhraseIndex
{
public:
    static const ReasonPhraseIndex &instance();

    // The first strong, weak and decisive hit per reason in a folded text (foldText()).
    // Phrases whose origin lists excludedPhraseOrigin() are skipped.
    void matches(const QString &folded, PhraseHits &strong, PhraseHits &weak, PhraseHits &decisive) const;

private:
    struct Compiled
    {
        Reason reason;
        PhraseWeight weight;
        const char *origin;
        std::vector<QStringMatcher> parts;
    };

    ReasonPhraseIndex();
    QStringList compile();
    static qsizetype restInOrder(const QString &text, const std::vector<QStringMatcher> &parts, qsizetype from);

    std::vector<Compiled> m_phrases; // parallel to reasonPhrases()
    std::vector<int> m_scanned;      // scanner index -> phrase index
    std::unordered_map<char16_t, std::vector<int>> m_unicodeBuckets; // the other phrases, by first character
    Util::PhraseScanner m_scanner;
};

} // namespace Codes
