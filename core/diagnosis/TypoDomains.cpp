// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypoDomains.h"

#include <algorithm>
#include <vector>

namespace Diagnosis {

const QStringList &TypoDomains::mailboxDomains()
{
    static const QStringList domains{
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("hotmail.com"),
        QStringLiteral("outlook.com"),    QStringLiteral("live.com"),       QStringLiteral("msn.com"),
        QStringLiteral("yahoo.com"),      QStringLiteral("ymail.com"),      QStringLiteral("aol.com"),
        QStringLiteral("icloud.com"),     QStringLiteral("me.com"),         QStringLiteral("mac.com"),
        QStringLiteral("gmx.com"),        QStringLiteral("gmx.de"),         QStringLiteral("gmx.net"),
        QStringLiteral("web.de"),         QStringLiteral("mail.com"),       QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("yandex.ru"),      QStringLiteral("mail.ru"),
        QStringLiteral("comcast.net"),    QStringLiteral("att.net"),        QStringLiteral("verizon.net"),
        QStringLiteral("hotmail.co.uk"),  QStringLiteral("yahoo.co.uk"),    QStringLiteral("hotmail.fr"),
        QStringLiteral("orange.fr"),      QStringLiteral("free.fr"),        QStringLiteral("t-online.de"),
        QStringLiteral("libero.it"),      QStringLiteral("qq.com"),         QStringLiteral("163.com"),
    };
    return domains;
}

int TypoDomains::distance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                              d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = v;
        }
    }
    return d[size_t(n)][size_t(m)];
}

QString TypoDomains::suggest(const QString &domain)
{
    const QString d = domain.trimmed().toLower();
    if (d.isEmpty() || d.size() > 64 || mailboxDomains().contains(d))
        return QString();
    // One edit for short names (me.com vs mi.com would be too eager at two), two for longer ones.
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : mailboxDomains()) {
        const int limit = candidate.size() <= 7 ? 1 : 2;
        const int dist = distance(d, candidate);
        if (dist <= limit && dist < bestDistance) {
            best = candidate;
            bestDistance = dist;
        }
    }
    return best;
}

} // namespace Diagnosis
