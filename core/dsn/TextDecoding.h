// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Dsn {

// A header field as written: name and value, unfolded (RFC 5322 section 2.2.3).
struct RawHeader
{
    QByteArray name;
    QByteArray value;
};

// Charset and header helpers shared by the dsn parsers.
class TextDecoding
{
public:
    // Bytes in a declared charset to text. Unknown or missing charsets: UTF-8 when valid,
    // ISO-2022-JP when its escapes are present, else ISO-8859-1. Never fails.
    static QString decode(const QByteArray &bytes, const QByteArray &charset);

    // RFC 2047 encoded words in a header value to text (via vmime).
    static QString decodeHeader(const QByteArray &value);

    // Splits a header block into fields; stops at the first empty line.
    static QList<RawHeader> splitHeaders(const QByteArray &block, qsizetype *bodyStart = nullptr);

    // Visible text of an HTML body: tags dropped, block ends become newlines, entities decoded.
    static QString htmlToText(const QString &html);

    // First value of a header (case-insensitive name), or empty.
    static QByteArray headerValue(const QList<RawHeader> &headers, const char *name);
};

} // namespace Dsn
