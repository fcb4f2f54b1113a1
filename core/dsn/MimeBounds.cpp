// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeBounds.h"

#include <QByteArrayMatcher>

namespace Dsn {
namespace {

qsizetype lineStartOf(const QByteArray &data, qsizetype pos)
{
    return pos <= 0 ? 0 : data.lastIndexOf('\n', pos - 1) + 1;
}

// Offset of the (cap + 1)-th occurrence of `needle` in `hay`, or -1.
qsizetype occurrencePastCap(const QByteArrayMatcher &needle, const QByteArray &hay, int cap, qsizetype from = 0)
{
    int count = 0;
    for (qsizetype pos = needle.indexIn(hay, from); pos >= 0; pos = needle.indexIn(hay, pos + 1)) {
        if (++count > cap)
            return pos;
    }
    return -1;
}

} // namespace

MimeBounds MimeBounds::scan(const QByteArray &data, int maxMultiparts, int maxParts)
{
    MimeBounds out;
    // ASCII case folding by setting bit 0x20: a byte folds to 'a'..'z' exactly when it is that
    // letter in upper or lower case, so the folded copy holds "multipart" once per occurrence
    // in any case (and nowhere else). A plain loop the compiler vectorises.
    QByteArray folded(data.size(), Qt::Uninitialized);
    const char *src = data.constData();
    char *dst = folded.data();
    for (qsizetype i = 0, n = data.size(); i < n; ++i)
        dst[i] = char(src[i] | 0x20);
    static const QByteArrayMatcher multipart(QByteArrayLiteral("multipart"));
    const qsizetype multipartPos = occurrencePastCap(multipart, folded, maxMultiparts);

    static const QByteArrayMatcher delimiter(QByteArrayLiteral("\n--"));
    qsizetype delimiterPos = occurrencePastCap(delimiter, data, data.startsWith("--") ? maxParts - 1 : maxParts);
    if (delimiterPos >= 0)
        ++delimiterPos; // the line itself, after its '\n'

    if (multipartPos >= 0 && (delimiterPos < 0 || multipartPos <= delimiterPos)) {
        out.cut = lineStartOf(data, multipartPos);
        out.tooManyMultiparts = true;
    } else if (delimiterPos >= 0) {
        out.cut = delimiterPos;
        out.tooManyParts = true;
    }
    return out;
}

} // namespace Dsn
