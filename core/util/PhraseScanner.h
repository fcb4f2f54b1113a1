// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstring>
#include <vector>

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Util {

// Finds many short phrases in one pass over a text. Phrases are lower-case and at least two
// characters long, with ASCII first two characters; they are bucketed by those two, so each
// text position visits only the phrases that can start there. This replaces one substring
// search per phrase (hundreds of scans of the same diagnostic) in the reason classifier, the
// provider marks and the free-text family detection. The text is expected lower-cased.
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
        const qsizetype n = text.size();
        const bool fold = cs == Qt::CaseInsensitive;
        for (qsizetype i = 0; i + 1 < n; ++i) {
            char16_t a = text[i].unicode(), b = text[i + 1].unicode();
            if (a >= 128 || b >= 128)
                continue;
            if (fold) {
                a = asciiLower(a);
                b = asciiLower(b);
            }
            for (const int index : m_buckets[bucketOf(a, b)]) {
                const QString &p = m_phrases[index];
                if (p.size() <= n - i && matchesAt(text, i, p, fold) && !found(index, i))
                    return;
            }
        }
    }

private:
    // Case-sensitive: a plain memory compare (inline; QString::compare is an out-of-line call,
    // which dominated the reason classifier's time on long texts).
    static bool matchesAt(QStringView text, qsizetype i, const QString &p, bool fold)
    {
        if (!fold) {
            // The bucket holds only phrases whose first two characters are text[i], text[i+1]:
            // compare the rest in line (a memcmp call per candidate was most of the scan), the
            // last character first: phrases of one bucket often share a longer start ("user
            // unknown", "user not found", ...) and differ at the end.
            const QChar *t = text.data() + i;
            const QChar *q = p.constData();
            const qsizetype last = p.size() - 1;
            if (t[last] != q[last])
                return false;
            for (qsizetype k = 2; k < last; ++k) {
                if (t[k] != q[k])
                    return false;
            }
            return true;
        }
        return text.mid(i, p.size()).compare(p, Qt::CaseInsensitive) == 0;
    }

    static constexpr size_t bucketOf(char16_t a, char16_t b) { return size_t(a) * 128 + size_t(b); }
    static constexpr char16_t asciiLower(char16_t c) { return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c; }

    QStringList m_phrases;
    std::vector<std::vector<int>> m_buckets; // phrase indexes by their first two characters
};

} // namespace Util
