// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonText.h"

namespace Codes {

namespace {

// Whether folding only lower-cases `text`: all ASCII, no white space but single ' ' between
// words. Most replies are; they are folded by the loops below, which the compiler vectorises.
bool onlyLowerCases(const QString &text)
{
    const qsizetype n = text.size();
    const QChar *in = text.constData();
    char16_t previous = u' '; // a leading space is not kept
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 128 || (c >= u'\t' && c <= u'\r') || (c == u' ' && previous == u' '))
            return false;
        previous = c;
    }
    return previous != u' '; // nor a trailing one
}

} // namespace

FoldedText foldText(const QString &text)
{
    FoldedText f;
    const qsizetype n = text.size();
    if (onlyLowerCases(text)) {
        f.text.resize(n);
        f.origin.resize(size_t(n));
        char16_t *out = reinterpret_cast<char16_t *>(f.text.data());
        const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char16_t(in[i] + ((in[i] >= u'A' && in[i] <= u'Z') ? 32 : 0));
        for (qsizetype i = 0; i < n; ++i)
            f.origin[size_t(i)] = i;
        return f;
    }
    f.text.resize(n); // the folded text is never longer: written in place, then cut
    f.origin.resize(size_t(n));
    QChar *out = f.text.data();
    qsizetype *origin = f.origin.data();
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
    if (start < 0 || end <= start || end > qsizetype(origin.size()))
        return {-1, -1};
    return {origin[size_t(start)], origin[size_t(end - 1)] + 1};
}

} // namespace Codes
