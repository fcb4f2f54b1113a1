// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseScanner.h"

#include <map>

namespace Util {

namespace {

bool isAscii(QChar c)
{
    return c.unicode() < 128;
}

// The trie while it is built: children by character, phrases in table order.
struct BuildNode
{
    std::map<char16_t, int> children;
    std::vector<int> phrases;
};

} // namespace

PhraseScanner::PhraseScanner(const QStringList &phrases)
    : m_phrases(phrases), m_roots(128 * 128, -1), m_buckets(128 * 128)
{
    std::vector<BuildNode> trie;
    for (int i = 0; i < m_phrases.size(); ++i) {
        const QString &p = m_phrases[i];
        // A programming error in a phrase table, not input: the tables are compiled in.
        Q_ASSERT_X(p.size() >= 2 && isAscii(p[0]) && isAscii(p[1]) && p == p.toLower(),
                   "PhraseScanner", "phrases are lower case, two or more characters, ASCII start");
        if (p.size() < 2 || !isAscii(p[0]) || !isAscii(p[1]))
            continue;
        const size_t bigram = bigramOf(p[0].unicode(), p[1].unicode());
        m_buckets[bigram].push_back(i);
        int &root = m_roots[bigram];
        if (root < 0) {
            root = int(trie.size());
            trie.emplace_back();
        }
        int node = root;
        for (qsizetype k = 2; k < p.size(); ++k) {
            const auto found = trie[size_t(node)].children.find(p[k].unicode());
            if (found != trie[size_t(node)].children.end()) {
                node = found->second;
                continue;
            }
            const int child = int(trie.size());
            trie[size_t(node)].children.emplace(p[k].unicode(), child);
            trie.emplace_back();
            node = child;
        }
        trie[size_t(node)].phrases.push_back(i);
    }

    // Flattened: one array of nodes, each node's edges and phrases contiguous.
    m_nodes.resize(trie.size());
    for (size_t k = 0; k < trie.size(); ++k) {
        Node &node = m_nodes[k];
        node.firstEdge = int(m_edges.size());
        node.edgeCount = int(trie[k].children.size());
        for (const auto &[c, child] : trie[k].children)
            m_edges.push_back(Edge{c, child});
        node.firstPhrase = int(m_nodePhrases.size());
        node.phraseCount = int(trie[k].phrases.size());
        m_nodePhrases.insert(m_nodePhrases.end(), trie[k].phrases.begin(), trie[k].phrases.end());
    }
}

} // namespace Util
