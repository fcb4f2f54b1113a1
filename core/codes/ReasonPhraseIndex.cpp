// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonPhraseIndex.h"

#include "RegexPrefilter.h"

#include <cstring>

namespace Codes {

namespace {

// Whether a comma-separated provenance list ("corpus:rfc3464,corpus:yahoo") names origin.
bool originListed(const char *list, const char *origin)
{
    const size_t n = std::strlen(origin);
    for (const char *p = list; *p;) {
        const char *end = std::strchr(p, ',');
        const size_t len = end ? size_t(end - p) : std::strlen(p);
        if (len == n && std::strncmp(p, origin, n) == 0)
            return true;
        if (!end)
            break;
        p = end + 1;
    }
    return false;
}

bool asciiStart(const QString &s)
{
    return s.size() >= 2 && s[0].unicode() < 128 && s[1].unicode() < 128;
}

} // namespace

const ReasonPhraseIndex &ReasonPhraseIndex::instance()
{
    static const ReasonPhraseIndex index;
    return index;
}

ReasonPhraseIndex::ReasonPhraseIndex() : m_scanner(compile()) {}

void ReasonPhraseIndex::matches(const QString &folded, PhraseHits &strong, PhraseHits &weak, PhraseHits &decisive) const
{
    const char *excluded = excludedPhraseOrigin();
    // Each phrase is tried at the first occurrence of its first part; a later occurrence can
    // only do worse (restInOrder would search from further on), so a phrase whose rest did not
    // follow is marked and never searched again: linear in the text for a fixed table, even
    // for a text that repeats a first part thousands of times. The marks are made only when
    // such a phrase fails (most texts have none), and a phrase of one part cannot fail.
    std::vector<bool> failed;
    auto consider = [&](int index, qsizetype at) {
        const Compiled &c = m_phrases[size_t(index)];
        PhraseHits &hits = c.weight == PhraseWeight::Weak ? weak : c.weight == PhraseWeight::Decisive ? decisive : strong;
        const auto bit = static_cast<size_t>(c.reason);
        if (hits[bit].found() || (!failed.empty() && failed[size_t(index)]))
            return;
        if (*excluded && *c.origin && originListed(c.origin, excluded))
            return; // leave-one-family-out: this family's own rules are off
        const qsizetype end = restInOrder(folded, c.parts, at + c.parts.front().pattern().size());
        if (end >= 0) {
            hits[bit] = PhraseHit{index, at, end};
            return;
        }
        if (failed.empty())
            failed.resize(m_phrases.size(), false);
        failed[size_t(index)] = true;
    };
    m_scanner.scan(folded, [&](int scanIndex, qsizetype at) {
        consider(m_scanned[size_t(scanIndex)], at);
        return true;
    });
    // Phrases in other scripts: bucketed by their first character, looked up only where
    // the text has a non-ASCII character (one pass, like the scanner's).
    // Most replies are ASCII, and the per-character bucket lookup then has nothing to find.
    if (!m_unicodeBuckets.empty() && !isAllAscii(folded)) {
        const qsizetype n = folded.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = folded[i].unicode();
            if (c < 128 && (i + 1 >= n || folded[i + 1].unicode() < 128))
                continue;
            const auto bucket = m_unicodeBuckets.find(c);
            if (bucket == m_unicodeBuckets.end())
                continue;
            for (const int index : bucket->second) {
                const QString &first = m_phrases[size_t(index)].parts.front().pattern();
                if (first.size() <= n - i && QStringView(folded).mid(i, first.size()) == first)
                    consider(index, i);
            }
        }
    }
}

// Builds m_phrases, m_scanned and m_unicodeBuckets; returns the scanner's phrase list.
QStringList ReasonPhraseIndex::compile()
{
    QStringList scannerPhrases;
    const std::vector<ReasonPhrase> &all = reasonPhrases();
    for (size_t i = 0; i < all.size(); ++i) {
        const ReasonPhrase &p = all[i];
        Compiled c{p.reason, p.weight, p.origin ? p.origin : "", {}};
        const QStringList parts = QString::fromUtf8(p.pattern).split(QLatin1Char('*'));
        for (const QString &part : parts)
            c.parts.emplace_back(part, Qt::CaseSensitive);
        if (asciiStart(parts.front())) {
            scannerPhrases << parts.front();
            m_scanned.push_back(int(i));
        } else if (!parts.front().isEmpty()) {
            m_unicodeBuckets[parts.front()[0].unicode()].push_back(int(i));
        }
        m_phrases.push_back(std::move(c));
    }
    return scannerPhrases;
}

// End of the last part when all later parts occur in order after `from`, else -1.
qsizetype ReasonPhraseIndex::restInOrder(const QString &text, const std::vector<QStringMatcher> &parts, qsizetype from)
{
    for (size_t k = 1; k < parts.size(); ++k) {
        const qsizetype at = parts[k].indexIn(text, from);
        if (at < 0)
            return -1;
        from = at + parts[k].pattern().size();
    }
    return from;
}

} // namespace Codes
