// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonText.h"

namespace Codes {

namespace {

// The fold of a text that needs nothing but lower-casing: all ASCII, words separated by single
// ' ' (most replies). Written straight into `out` (each character stays where it was, so no
// offsets are kept); false, with `out` to be rewritten, at the first character that needs more
// (any other white space, a second space, a leading or trailing space, a character outside ASCII).
bool foldOnlyLowerCasing(const QChar *in, qsizetype n, QChar *out)
{
    char16_t previous = u' '; // a leading space is not kept
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 128 || (c >= u'\t' && c <= u'\r') || (c == u' ' && previous == u' '))
            return false;
        out[i] = QChar(char16_t(c + ((c >= u'A' && c <= u'Z') ? 32 : 0)));
        previous = c;
    }
    return previous != u' '; // nor a trailing one
}

} // namespace

FoldedText foldText(const QString &text)
{
    FoldedText f;
    const qsizetype n = text.size();
    f.text.resize(n); // the folded text is never longer: written in place, then cut
    QChar *out = f.text.data();
    const QChar *in = text.constData();
    if (foldOnlyLowerCasing(in, n, out))
        return f;
    f.origin.resize(size_t(n));
    qsizetype *origin = f.origin.data();
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
            origin[w++] = i - 1;
            pendingSpace = false;
        }
        out[w] = c < 128 ? QChar(c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c) : in[i].toLower();
        origin[w++] = i;
    }
    f.text.truncate(w);
    f.origin.resize(size_t(w));
    return f;
}

std::pair<qsizetype, qsizetype> FoldedText::originalSpan(qsizetype start, qsizetype end) const
{
    if (start < 0 || end <= start || end > text.size())
        return {-1, -1};
    return {originOf(start), originOf(end - 1) + 1};
}

} // namespace Codes
