// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimCanonicalizer.h"

namespace Auth {

namespace {

bool isWsp(char c) { return c == ' ' || c == '\t'; }

// Relaxed rules shared by header values and body lines: runs of WSP -> one SP, and
// trailing WSP removed (3.4.2 / 3.4.4).
void appendCompressed(QByteArray &out, const char *begin, const char *end)
{
    while (end > begin && isWsp(*(end - 1)))
        --end;
    bool inWsp = false;
    for (const char *p = begin; p < end; ++p) {
        if (isWsp(*p)) {
            inWsp = true;
            continue;
        }
        if (inWsp)
            out.append(' ');
        inWsp = false;
        out.append(*p);
    }
}

QByteArray relaxedHeader(const QByteArray &rawField)
{
    const int colon = rawField.indexOf(':');
    if (colon < 0)
        return rawField;
    QByteArray name = rawField.left(colon).toLower();
    while (!name.isEmpty() && isWsp(name.back()))
        name.chop(1);
    QByteArray value = rawField.mid(colon + 1);
    value.replace("\r\n", ""); // unfold (3.4.2), including the field's final CRLF
    int start = 0;
    while (start < value.size() && isWsp(value.at(start)))
        ++start; // WSP after the colon is deleted
    QByteArray out = name + ':';
    appendCompressed(out, value.constData() + start, value.constData() + value.size());
    out.append("\r\n");
    return out;
}

QByteArray simpleBody(const QByteArray &body)
{
    qsizetype end = body.size();
    // 3.4.3: ignore all empty lines at the end of the body.
    while (end >= 4 && body.at(end - 1) == '\n' && body.at(end - 2) == '\r' && body.at(end - 3) == '\n'
           && body.at(end - 4) == '\r')
        end -= 2;
    if (end == 2 && body.startsWith("\r\n"))
        end = 0;
    QByteArray out = body.left(end);
    if (!out.endsWith("\r\n"))
        out.append("\r\n"); // also turns an empty body into a single CRLF
    return out;
}

QByteArray relaxedBody(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size());
    qsizetype pendingEmpty = 0; // empty lines held back until a non-empty line follows
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype eol = body.indexOf("\r\n", pos);
        const qsizetype lineEnd = eol < 0 ? body.size() : eol;
        const qsizetype before = out.size();
        appendCompressed(out, body.constData() + pos, body.constData() + lineEnd);
        if (out.size() == before) {
            ++pendingEmpty;
        } else {
            const QByteArray line = out.mid(before);
            out.truncate(before);
            for (; pendingEmpty > 0; --pendingEmpty)
                out.append("\r\n");
            out.append(line).append("\r\n");
        }
        pos = eol < 0 ? body.size() : eol + 2;
    }
    return out;
}

} // namespace

QByteArray DkimCanonicalizer::header(DkimCanonicalization method, const QByteArray &rawField)
{
    if (method == DkimCanonicalization::Simple)
        return rawField.endsWith("\r\n") ? rawField : rawField + "\r\n";
    return relaxedHeader(rawField);
}

QByteArray DkimCanonicalizer::body(DkimCanonicalization method, const QByteArray &body)
{
    return method == DkimCanonicalization::Simple ? simpleBody(body) : relaxedBody(body);
}

QByteArray DkimCanonicalizer::withoutSignatureValue(const QByteArray &rawField)
{
    const int colon = rawField.indexOf(':');
    if (colon < 0)
        return rawField;
    const qsizetype valueEnd = rawField.endsWith("\r\n") ? rawField.size() - 2 : rawField.size();
    qsizetype segment = colon + 1;
    while (segment < valueEnd) {
        qsizetype semicolon = rawField.indexOf(';', segment);
        if (semicolon < 0 || semicolon > valueEnd)
            semicolon = valueEnd;
        qsizetype p = segment;
        while (p < semicolon && (isWsp(rawField.at(p)) || rawField.at(p) == '\r' || rawField.at(p) == '\n'))
            ++p;
        if (p < semicolon && rawField.at(p) == 'b') {
            qsizetype q = p + 1;
            while (q < semicolon && (isWsp(rawField.at(q)) || rawField.at(q) == '\r' || rawField.at(q) == '\n'))
                ++q;
            if (q < semicolon && rawField.at(q) == '=')
                return rawField.left(q + 1) + rawField.mid(semicolon);
        }
        segment = semicolon + 1;
    }
    return rawField;
}

} // namespace Auth
