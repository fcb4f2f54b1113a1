// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseScanner.h"

namespace Util {

PhraseScanner::PhraseScanner(const QStringList &phrases) : m_phrases(phrases), m_buckets(128 * 128)
{
    for (int i = 0; i < m_phrases.size(); ++i) {
        const QString &p = m_phrases[i];
        // A programming error in a phrase table, not input: the tables are compiled in.
        Q_ASSERT_X(p.size() >= 2 && p[0].unicode() < 128 && p[1].unicode() < 128 && p == p.toLower(),
                   "PhraseScanner", "phrases are lower case, two or more characters, ASCII start");
        if (p.size() >= 2 && p[0].unicode() < 128 && p[1].unicode() < 128)
            m_buckets[bucketOf(p[0].unicode(), p[1].unicode())].push_back(i);
    }
}

} // namespace Util
