// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Util {

// Finds many short phrases in one pass over a text. Phrases are lower-case and at least two
// characters long, with ASCII first two characters. This replaces one substring search per
// phrase (hundreds of scans of the same diagnostic) in the reason classifier, the provider
// marks and the free-text family detection. The text is expected lower-cased.
//
// Case-sensitive scans walk a trie of the phrases from each text position, entered through a
// table of the first two characters: a position costs the length of its longest common start
// with any phrase, not the number of phrases that share its first characters. (Bucketing by
// the first two characters, as this class did first, sent every "re" of a reply through the
// ~100 reason phrases that start with "re", and every "user" through the dozens that start
// with "user ": most of the reason classifier's time on a log line.) Case-insensitive scans,
// used on whole message sections by the free-text detectors, compare through Qt's Unicode case
// folding and keep the bucket-by-two-characters search.
class PhraseScanner
{
public:
    explicit PhraseScanner(const QStringList &phrases);

    [[nodiscard]] int size() const { return int(m_phrases.size()); }
    [[nodiscard]] const QString &phrase(int index) const { return m_phrases[index]; }

    // Calls found(index, position) for every occurrence, in text order (at one position, in
    // the order the phrases were given). found returns false to stop the scan. With
    // Qt::CaseInsensitive the text need not be lower-cased first (saves a copy of long texts).
    template<typename Found>
    void scan(QStringView text, Found &&found, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        if (cs == Qt::CaseInsensitive)
            scanCaseless(text, found);
        else
            scanExact<false>(text, found);
    }

    // As scan() of the text with its ASCII capitals lower-cased and every other character as it
    // is, without making that copy (for an ASCII text: scan() of its toLower()).
    template<typename Found>
    void scanAsciiLowered(QStringView text, Found &&found) const
    {
        scanExact<true>(text, found);
    }

private:
    struct Node
    {
        int firstEdge = 0;  // into m_edges
        int edgeCount = 0;
        int firstPhrase = 0; // into m_nodePhrases: the phrases that end here, ascending
        int phraseCount = 0;
    };
    struct Edge
    {
        char16_t c;
        int node;
    };

    template<bool LowerAscii, typename Found>
    void scanExact(QStringView text, Found &found) const
    {
        const qsizetype n = text.size();
        const QChar *t = text.data();
        const auto at = [t](qsizetype i) { return LowerAscii ? asciiLower(t[i].unicode()) : t[i].unicode(); };
        std::vector<int> atPosition; // phrase indexes ending along one walk
        atPosition.reserve(16);      // one allocation per scan, not one per growth
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const char16_t a = at(i), b = at(i + 1);
            if (a >= 128 || b >= 128)
                continue;
            int node = m_roots[bigramOf(a, b)];
            if (node < 0)
                continue;
            atPosition.clear();
            for (qsizetype k = i + 2;; ++k) {
                const Node &here = m_nodes[size_t(node)];
                atPosition.insert(atPosition.end(), m_nodePhrases.begin() + here.firstPhrase,
                                  m_nodePhrases.begin() + here.firstPhrase + here.phraseCount);
                if (k >= n || here.edgeCount == 0)
                    break;
                node = childOf(here, at(k));
                if (node < 0)
                    break;
            }
            // Shorter phrases end first along the walk; the contract is the table's order.
            std::sort(atPosition.begin(), atPosition.end());
            for (const int index : atPosition) {
                if (!found(index, i))
                    return;
            }
        }
    }

    template<typename Found>
    void scanCaseless(QStringView text, Found &found) const
    {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const char16_t a = text[i].unicode(), b = text[i + 1].unicode();
            if (a >= 128 || b >= 128)
                continue;
            for (const int index : m_buckets[bigramOf(asciiLower(a), asciiLower(b))]) {
                const QString &p = m_phrases[index];
                if (p.size() <= n - i && text.mid(i, p.size()).compare(p, Qt::CaseInsensitive) == 0 && !found(index, i))
                    return;
            }
        }
    }

    int childOf(const Node &node, char16_t c) const
    {
        const Edge *e = m_edges.data() + node.firstEdge;
        for (const Edge *end = e + node.edgeCount; e != end; ++e) {
            if (e->c == c)
                return e->node;
        }
        return -1;
    }

    static constexpr size_t bigramOf(char16_t a, char16_t b) { return size_t(a) * 128 + size_t(b); }
    static constexpr char16_t asciiLower(char16_t c) { return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c; }

    QStringList m_phrases;
    std::vector<int> m_roots;        // by the first two characters: the trie node after them, or -1
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<int> m_nodePhrases;
    std::vector<std::vector<int>> m_buckets; // phrase indexes by their first two characters (caseless scans)
};

} // namespace Util
