// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include "auth/common/Finding.h"
#include "dns/Resolver.h"

namespace Auth {

class DomainCheckQueries;

// One blocklist zone. IP lists are asked for the reversed address (RFC 5782 2.1), domain lists
// (RHSBL/URIBL) for the domain name (RFC 5782 2.3).
struct DnsblZone
{
    enum class Kind { Ip, Domain };
    QString zone;
    Kind kind = Kind::Ip;
};

struct DnsblResult
{
    enum class State {
        NotListed,
        Listed,
        Refused, // the list answered with an error code (e.g. Spamhaus 127.255.255.254): not a listing
        Unknown, // the DNS did not answer
    };
    DnsblZone zone;
    QString subject; // the IP or domain asked about
    QString query;   // the name asked
    State state = State::NotListed;
    QStringList codes;    // 127.0.0.x returned
    QStringList meanings; // what the codes mean for this list (English, stable)
    QString reason;       // the list's TXT text, when listed
    Dns::Answer answer;
};

// What one return code of one list means (RFC 5782 2.3 leaves codes to each list).
struct DnsblCodeMeaning
{
    DnsblResult::State state = DnsblResult::State::Listed;
    QString meaning;
};

// Asks every list at once, then (only for listings) the TXT reasons at once.
class DnsblChecker
{
    Q_DECLARE_TR_FUNCTIONS(Auth::DnsblChecker)

public:
    explicit DnsblChecker(const DomainCheckQueries &queries);

    // zen.spamhaus.org, b.barracudacentral.org, bl.spamcop.net, dnsbl-1.uceprotect.net (IP);
    // dbl.spamhaus.org, multi.surbl.org (domain).
    static QList<DnsblZone> defaultZones();
    // A zone named on the command line: known domain lists are Domain, everything else Ip.
    static DnsblZone zoneFromName(const QString &zone);
    static DnsblCodeMeaning interpret(const QString &zone, const QHostAddress &code);

    // ip may be null (then IP lists are skipped), domain may be empty (domain lists skipped).
    QList<DnsblResult> check(const QHostAddress &ip, const QString &domain, const QList<DnsblZone> &zones) const;
    // dnsbl.listed (error), dnsbl.error (unknown), dnsbl.ok.
    static Findings findings(const QList<DnsblResult> &results);
    static QString stateName(DnsblResult::State state); // "listed", "not-listed", "refused", "unknown"

private:
    const DomainCheckQueries &m_queries;
};

} // namespace Auth
