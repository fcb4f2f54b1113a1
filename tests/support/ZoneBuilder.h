// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Writes an RFC 1035 master file for a test zone. Owner names are relative to the origin
// ("@" for the apex, "www") or absolute when they end with a dot. Each adder returns *this.
class ZoneBuilder
{
public:
    explicit ZoneBuilder(const QString &origin); // origin without trailing dot, e.g. "example.test"

    ZoneBuilder &a(const QString &owner, const QString &ipv4);
    ZoneBuilder &aaaa(const QString &owner, const QString &ipv6);
    ZoneBuilder &mx(const QString &owner, int preference, const QString &exchange);
    ZoneBuilder &cname(const QString &owner, const QString &target);
    ZoneBuilder &ptr(const QString &owner, const QString &target);
    ZoneBuilder &ns(const QString &owner, const QString &target);
    // One TXT RR made of these character-strings (each at most 255 octets).
    ZoneBuilder &txt(const QString &owner, const QList<QByteArray> &strings);
    ZoneBuilder &txt(const QString &owner, const QString &text); // split into 255-octet strings
    ZoneBuilder &raw(const QString &line);                       // any other RR line

    QString origin() const { return m_origin; }
    QString text() const; // $ORIGIN, $TTL, SOA, NS and the records

private:
    ZoneBuilder &add(const QString &owner, const QString &type, const QString &rdata);

    QString m_origin;
    QStringList m_lines;
};

// TXT character-string in master-file syntax: quoted, with '"', '\' and non-printables escaped.
QString quoteCharacterString(const QByteArray &bytes);

} // namespace TestSupport
