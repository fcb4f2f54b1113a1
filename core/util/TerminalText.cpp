// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

namespace Util {
namespace {

bool needsEscape(char16_t c)
{
    if (c < 0x20)
        return c != u'\n' && c != u'\t';
    if (c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString escapeTerminal(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text; // the usual case: no copy
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c))
            out += QChar(c);
        else if (c < 0x80)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace Util
