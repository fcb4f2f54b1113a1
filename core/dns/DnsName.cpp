// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsName.h"

#include <algorithm>

#include <QStringList>
#include <QUrl>

namespace Dns {

QString DnsName::normalize(const QString &name)
{
    QString result = name.trimmed().toLower();
    if (result.endsWith(QLatin1Char('.')) && result.size() > 1)
        result.chop(1);
    return result;
}

bool DnsName::isValid(const QString &name)
{
    return !toAce(name).isEmpty();
}

QString DnsName::toAce(const QString &name)
{
    const QString normalized = normalize(name);
    bool ascii = true;
    for (const QChar c : normalized)
        ascii = ascii && c.unicode() < 0x80;
    const QString ace = ascii ? normalized : QString::fromLatin1(QUrl::toAce(normalized));
    if (ace.isEmpty() || ace.size() > 253)
        return QString();
    for (const QChar c : ace) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F || c == QLatin1Char('\\'))
            return QString();
    }
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return QString();
    }
    return ace;
}

QString DnsName::ip6Nibbles(const QHostAddress &address)
{
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles.append(QString::number(bytes[i] >> 4, 16));
        nibbles.append(QString::number(bytes[i] & 0xF, 16));
    }
    return nibbles.join(QLatin1Char('.'));
}

QString DnsName::reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xFF).arg((v4 >> 8) & 0xFF).arg((v4 >> 16) & 0xFF).arg(v4 >> 24);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return QString();
    QStringList nibbles = ip6Nibbles(address).split(QLatin1Char('.'));
    std::reverse(nibbles.begin(), nibbles.end());
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

bool DnsName::isSubdomainOf(const QString &name, const QString &parent)
{
    const QString n = normalize(name);
    const QString p = normalize(parent);
    return n == p || n.endsWith(QLatin1Char('.') + p);
}

} // namespace Dns
