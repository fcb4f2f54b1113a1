// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsFixes.h"

#include <QHostAddress>
#include <QStringList>

#include "auth/DmarcChecker.h"

namespace Diagnosis {

namespace {

// ARPA name of an address (RFC 1035 3.5 in-addr.arpa, RFC 3596 2.5 ip6.arpa nibbles).
QString reverseName(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa").arg(v & 0xff).arg((v >> 8) & 0xff).arg((v >> 16) & 0xff).arg(v >> 24);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList nibbles;
    for (int i = 15; i >= 0; --i) {
        nibbles << QString::number(v6[i] & 0x0f, 16) << QString::number(v6[i] >> 4, 16);
    }
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

} // namespace

QString DnsFixes::mergedSpfRecord(const QString &domain, const QString &existingRecord, const QString &ip)
{
    const QHostAddress address(ip);
    const QString mechanism = (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:")
                                                                                 : QStringLiteral("ip4:")) + address.toString();
    QStringList terms = existingRecord.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty() || terms.first().compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) != 0)
        terms = {QStringLiteral("v=spf1"), QStringLiteral("~all")};
    if (!terms.contains(mechanism, Qt::CaseInsensitive))
        terms.insert(1, mechanism); // first: matched before any include costs a lookup (4.6.2)
    return QStringLiteral("%1. TXT \"%2\"").arg(domain, terms.join(QLatin1Char(' ')));
}

QString DnsFixes::starterDmarcRecord(const QString &domain)
{
    return Auth::DmarcChecker::starterRecord(domain);
}

QString DnsFixes::ptrRequest(const QString &ip, const QString &hostname)
{
    const QHostAddress address(ip);
    if (address.isNull())
        return QString();
    return QStringLiteral("%1. PTR %2.").arg(reverseName(address), hostname);
}

} // namespace Diagnosis
