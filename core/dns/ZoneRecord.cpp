// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneRecord.h"

#include "DnsName.h"

namespace Dns {

namespace {

bool validLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

// One <character-string> of a TXT record in master-file syntax: quoted, with '"' and '\'
// escaped and any octet outside printable ASCII written as \DDD (RFC 1035 5.1).
QString quoted(const QByteArray &octets)
{
    QString out = QStringLiteral("\"");
    for (const char ch : octets) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\')
            out += QLatin1Char('\\') + QLatin1Char(char(c));
        else if (c < 0x20 || c > 0x7e)
            out += QStringLiteral("\\%1").arg(int(c), 3, 10, QLatin1Char('0'));
        else
            out += QLatin1Char(char(c));
    }
    return out + QLatin1Char('"');
}

// RFC 1035 3.3.14: a TXT record is a sequence of strings of at most 255 octets each;
// receivers concatenate them (RFC 7208 3.3, RFC 6376 3.6.2.2).
QString quotedStrings(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return QStringLiteral("\"\"");
    QStringList parts;
    for (qsizetype at = 0; at < utf8.size(); at += 255)
        parts << quoted(utf8.mid(at, 255));
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString ZoneRecord::validName(const QString &name)
{
    // The wire form (IDNA, length limits) is DnsName's; a zone file also wants only LDH labels
    // (plus "_" for service labels): no quote, ';', '(' or '$' that a master file would read.
    const QString ace = DnsName::toAce(name.trimmed());
    for (const QStringView label : QStringView(ace).split(QLatin1Char('.'))) {
        if (!validLabel(label))
            return QString();
    }
    return ace;
}

std::optional<ZoneRecord> ZoneRecord::txt(const QString &owner, const QString &text)
{
    const QString o = validName(owner);
    if (o.isEmpty() || text.isEmpty())
        return std::nullopt;
    return ZoneRecord(Type::TXT, o, text);
}

std::optional<ZoneRecord> ZoneRecord::cname(const QString &owner, const QString &target)
{
    const QString o = validName(owner);
    const QString t = validName(target);
    if (o.isEmpty() || t.isEmpty() || o == t)
        return std::nullopt;
    return ZoneRecord(Type::CNAME, o, t + QLatin1Char('.'));
}

std::optional<ZoneRecord> ZoneRecord::mx(const QString &owner, int preference, const QString &host)
{
    const QString o = validName(owner);
    if (o.isEmpty() || preference < 0 || preference > 65535)
        return std::nullopt;
    if (host == QLatin1String(".")) // RFC 7505 null MX
        return ZoneRecord(Type::MX, o, QStringLiteral("0 ."));
    const QString h = validName(host);
    if (h.isEmpty() || h.contains(QLatin1Char('_')))
        return std::nullopt;
    return ZoneRecord(Type::MX, o, QStringLiteral("%1 %2.").arg(preference).arg(h));
}

std::optional<ZoneRecord> ZoneRecord::address(const QString &owner, const QHostAddress &ip)
{
    const QString o = validName(owner);
    if (o.isEmpty() || ip.isNull())
        return std::nullopt;
    const bool v4 = ip.protocol() == QAbstractSocket::IPv4Protocol;
    if (!v4 && ip.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return ZoneRecord(v4 ? Type::A : Type::AAAA, o, ip.toString());
}

std::optional<ZoneRecord> ZoneRecord::ptr(const QHostAddress &ip, const QString &host)
{
    const QString owner = DnsName::reverseName(ip);
    const QString h = validName(host);
    if (owner.isEmpty() || h.isEmpty() || h.contains(QLatin1Char('_')))
        return std::nullopt;
    return ZoneRecord(Type::PTR, owner, h + QLatin1Char('.'));
}

QString ZoneRecord::typeName() const
{
    switch (m_type) {
    case Type::A: return QStringLiteral("A");
    case Type::AAAA: return QStringLiteral("AAAA");
    case Type::CNAME: return QStringLiteral("CNAME");
    case Type::MX: return QStringLiteral("MX");
    case Type::PTR: return QStringLiteral("PTR");
    case Type::TXT: return QStringLiteral("TXT");
    }
    return QString();
}

QString ZoneRecord::zoneLine() const
{
    const QString rdata = m_type == Type::TXT ? quotedStrings(m_value) : m_value;
    return QStringLiteral("%1. %2 IN %3 %4").arg(m_owner).arg(m_ttl).arg(typeName(), rdata);
}

} // namespace Dns
