// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonText.h"

namespace Codes {

FoldedText foldText(const QString &text)
{
    FoldedText f;
    const qsizetype n = text.size();
    f.text.resize(n); // the folded text is never longer: written in place, then cut
    f.origin.resize(size_t(n));
    QChar *out = f.text.data();
    const QChar *in = text.constData();
    qsizetype w = 0;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i].unicode();
        const bool space = c < 128 ? (c == ' ' || (c >= '\t' && c <= '\r')) : in[i].isSpace();
        if (space) {
            pendingSpace = w > 0;
            continue;
        }
        if (pendingSpace) {
            out[w] = QLatin1Char(' ');
            f.origin[size_t(w++)] = i - 1;
            pendingSpace = false;
        }
        out[w] = c < 128 ? QChar(c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c) : in[i].toLower();
        f.origin[size_t(w++)] = i;
    }
    f.text.truncate(w);
    f.origin.resize(size_t(w));
    return f;
}

std::pair<qsizetype, qsizetype> FoldedText::originalSpan(qsizetype start, qsizetype end) const
{
    if (start < 0 || end <= start || end > qsizetype(origin.size()))
        return {-1, -1};
    return {origin[size_t(start)], origin[size_t(end - 1)] + 1};
}

} // namespace Codes
