// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Auth {

// The "tag=value; tag=value" syntax shared by DKIM-Signature fields and DKIM key records
// (RFC 6376 3.2). Parsing is strict about the grammar but never throws: a problem is
// reported in error() and the tags read so far stay available.
class DkimTagList
{
public:
    struct Tag
    {
        QByteArray name;  // case-sensitive (RFC 6376 3.2)
        QByteArray value; // leading/trailing FWS removed, inner FWS kept
    };

    // Parses text (which may contain folding CRLF WSP). Fails on a tag without "=",
    // a bad tag name, a byte outside VALCHAR/WSP in a value, or a duplicate tag.
    static DkimTagList parse(const QByteArray &text);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; } // English, for evidence; empty when ok
    const QList<Tag> &tags() const { return m_tags; }
    bool has(const char *name) const;
    std::optional<QByteArray> value(const char *name) const;
    int indexOf(const char *name) const; // -1 when absent

    // Removes all FWS, as required inside base64 and other tag values (RFC 6376 3.5 b=, 3.6.1 p=).
    static QByteArray stripWhitespace(const QByteArray &value);
    // Strict base64 (RFC 2045 alphabet) after removing whitespace: rejects foreign bytes,
    // misplaced padding and impossible lengths. Missing final padding is tolerated.
    static std::optional<QByteArray> decodeBase64(const QByteArray &value);
    // Splits on ':' and trims whitespace around each item; empty items are kept so callers can reject them.
    static QList<QByteArray> splitColonList(const QByteArray &value);

private:
    QList<Tag> m_tags;
    QString m_error;
};

} // namespace Auth
