// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsFixes.h"

#include <QHostAddress>
#include <QStringList>

#include "auth/dmarc/DmarcChecker.h"

namespace Diagnosis {

std::optional<Dns::ZoneRecord> DnsFixes::mergedSpfRecord(const QString &domain, const QString &existingRecord, const QString &ip)
{
    const QHostAddress address(ip);
    if (address.isNull())
        return std::nullopt;
    const QString mechanism = (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:")
                                                                                 : QStringLiteral("ip4:")) + address.toString();
    QStringList terms = existingRecord.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty() || terms.first().compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) != 0)
        terms = {QStringLiteral("v=spf1"), QStringLiteral("~all")};
    if (!terms.contains(mechanism, Qt::CaseInsensitive))
        terms.insert(1, mechanism); // first: matched before any include costs a lookup (4.6.2)
    return Dns::ZoneRecord::txt(domain, terms.join(QLatin1Char(' ')));
}

std::optional<Dns::ZoneRecord> DnsFixes::starterDmarcRecord(const QString &domain)
{
    return Auth::DmarcChecker::starterRecord(domain);
}

std::optional<Dns::ZoneRecord> DnsFixes::ptrRequest(const QString &ip, const QString &hostname)
{
    return Dns::ZoneRecord::ptr(QHostAddress(ip), hostname);
}

std::optional<Dns::ZoneRecord> DnsFixes::dkimDelegation(const QString &fromDomain, const QString &selector, const QString &signerDomain)
{
    const QString from = Dns::ZoneRecord::validName(fromDomain);
    const QString signer = Dns::ZoneRecord::validName(signerDomain);
    const QString sel = Dns::ZoneRecord::validName(selector); // RFC 6376 3.1: dot-separated labels
    if (from.isEmpty() || signer.isEmpty() || sel.isEmpty() || from == signer)
        return std::nullopt;
    const QString key = sel + QStringLiteral("._domainkey.");
    return Dns::ZoneRecord::cname(key + from, key + signer);
}

std::optional<Dns::ZoneRecord> DnsFixes::returnPathDelegation(const QString &fromDomain, const QString &mailerDomain)
{
    const QString from = Dns::ZoneRecord::validName(fromDomain);
    if (from.isEmpty())
        return std::nullopt;
    return Dns::ZoneRecord::cname(QStringLiteral("bounce.") + from, mailerDomain);
}

} // namespace Diagnosis
