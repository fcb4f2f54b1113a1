// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneBuilder.h"

namespace TestSupport {

QString quoteCharacterString(const QByteArray &bytes)
{
    QString out = QStringLiteral("\"");
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\')
            out += QLatin1Char('\\') + QLatin1Char(c);
        else if (u < 0x20 || u > 0x7E)
            out += QStringLiteral("\\%1").arg(u, 3, 10, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + QLatin1Char('"');
}

ZoneBuilder::ZoneBuilder(const QString &origin)
    : m_origin(origin)
{
}

ZoneBuilder &ZoneBuilder::add(const QString &owner, const QString &type, const QString &rdata)
{
    m_lines.append(QStringLiteral("%1\tIN\t%2\t%3").arg(owner, type, rdata));
    return *this;
}

ZoneBuilder &ZoneBuilder::a(const QString &owner, const QString &ipv4) { return add(owner, QStringLiteral("A"), ipv4); }
ZoneBuilder &ZoneBuilder::aaaa(const QString &owner, const QString &ipv6) { return add(owner, QStringLiteral("AAAA"), ipv6); }
ZoneBuilder &ZoneBuilder::cname(const QString &owner, const QString &target) { return add(owner, QStringLiteral("CNAME"), target); }
ZoneBuilder &ZoneBuilder::ptr(const QString &owner, const QString &target) { return add(owner, QStringLiteral("PTR"), target); }
ZoneBuilder &ZoneBuilder::ns(const QString &owner, const QString &target) { return add(owner, QStringLiteral("NS"), target); }
ZoneBuilder &ZoneBuilder::raw(const QString &line) { m_lines.append(line); return *this; }

ZoneBuilder &ZoneBuilder::mx(const QString &owner, int preference, const QString &exchange)
{
    return add(owner, QStringLiteral("MX"), QStringLiteral("%1 %2").arg(preference).arg(exchange));
}

ZoneBuilder &ZoneBuilder::txt(const QString &owner, const QList<QByteArray> &strings)
{
    QStringList quoted;
    for (const QByteArray &s : strings)
        quoted.append(quoteCharacterString(s));
    return add(owner, QStringLiteral("TXT"), QStringLiteral("( ") + quoted.join(QLatin1Char(' ')) + QStringLiteral(" )"));
}

ZoneBuilder &ZoneBuilder::txt(const QString &owner, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QList<QByteArray> parts;
    for (int i = 0; i < bytes.size(); i += 255)
        parts.append(bytes.mid(i, 255));
    if (parts.isEmpty())
        parts.append(QByteArray());
    return txt(owner, parts);
}

QString ZoneBuilder::text() const
{
    QString out = QStringLiteral("$ORIGIN %1.\n$TTL 300\n").arg(m_origin);
    out += QStringLiteral("@\tIN\tSOA\tns1.%1. hostmaster.%1. ( 1 3600 600 86400 300 )\n").arg(m_origin);
    out += QStringLiteral("@\tIN\tNS\tns1.%1.\n").arg(m_origin);
    out += m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

} // namespace TestSupport
