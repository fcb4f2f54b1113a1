// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonText.h"

namespace Codes {

FoldedText foldText(const QString &text)
{
    FoldedText f;
    f.text.reserve(text.size());
    f.origin.reserve(size_t(text.size()));
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace()) {
            pendingSpace = !f.text.isEmpty();
            continue;
        }
        if (pendingSpace) {
            f.text.append(QLatin1Char(' '));
            f.origin.push_back(i - 1);
            pendingSpace = false;
        }
        f.text.append(c.toLower());
        f.origin.push_back(i);
    }
    return f;
}

std::pair<qsizetype, qsizetype> FoldedText::originalSpan(qsizetype start, qsizetype end) const
{
    if (start < 0 || end <= start || end > qsizetype(origin.size()))
        return {-1, -1};
    return {origin[size_t(start)], origin[size_t(end - 1)] + 1};
}

} // namespace Codes
