// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeBounds.h"

#include <cstring>

namespace Dsn {
namespace {

qsizetype lineStartOf(const QByteArray &data, qsizetype pos)
{
    return pos <= 0 ? 0 : data.lastIndexOf('\n', pos - 1) + 1;
}

// ASCII case folding by setting bit 0x20: a byte folds to 'a'..'z' exactly when it is that
// letter in upper or lower case, so the folded copy holds "multipart" once per occurrence in
// any case (and nowhere else). Eight bytes at a time: this runs over every message.
QByteArray folded(const QByteArray &data)
{
    QByteArray out(data.size(), Qt::Uninitialized);
    const char *src = data.constData();
    char *dst = out.data();
    const qsizetype n = data.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, src + i, 8);
        w |= 0x2020202020202020ULL;
        std::memcpy(dst + i, &w, 8);
    }
    for (; i < n; ++i)
        dst[i] = char(src[i] | 0x20);
    return out;
}

// Offset of the (cap + 1)-th "multipart" in the folded text, or -1.
qsizetype multipartPastCap(const QByteArray &fold, int cap)
{
    static constexpr char needle[] = "multipart";
    constexpr size_t len = sizeof(needle) - 1;
    const char *begin = fold.constData();
    const char *end = begin + fold.size();
    int count = 0;
    for (const char *p = begin; p < end;) {
        const void *hit = ::memmem(p, size_t(end - p), needle, len);
        if (!hit)
            return -1;
        const char *at = static_cast<const char *>(hit);
        if (++count > cap)
            return at - begin;
        p = at + len;
    }
    return -1;
}

// Offset of the (cap + 1)-th line that starts with "--", or -1.
qsizetype delimiterPastCap(const QByteArray &data, int cap)
{
    const char *begin = data.constData();
    const char *end = begin + data.size();
    int count = 0;
    for (const char *line = begin; line < end;) {
        if (end - line >= 2 && line[0] == '-' && line[1] == '-' && ++count > cap)
            return line - begin;
        const void *nl = std::memchr(line, '\n', size_t(end - line));
        if (!nl)
            break;
        line = static_cast<const char *>(nl) + 1;
    }
    return -1;
}

} // namespace

MimeBounds MimeBounds::scan(const QByteArray &data, int maxMultiparts, int maxParts)
{
    MimeBounds out;
    const qsizetype multipartPos = multipartPastCap(folded(data), maxMultiparts);
    const qsizetype delimiterPos = delimiterPastCap(data, maxParts);
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
