// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "DmarcRecord.h"
#include "Finding.h"
#include "dns/Resolver.h"

namespace Auth {

class DomainCheckQueries;
class PublicSuffix;

// RFC 7489 7.1 check of one external report destination.
struct DmarcReportAuthorization
{
    enum class State { Authorized, Unauthorized, Unknown };
    QString destination; // host of the mailto: URI
    QString queryName;   // <policy-domain>._report._dmarc.<destination>
    State state = State::Unknown;
    Dns::Answer answer;
};

// What DMARC policy discovery found for one author (RFC5322.From) domain.
struct DmarcDiscovery
{
    enum class Status {
        Found,     // exactly one DMARC record
        None,      // no DMARC record at the author nor the organizational domain
        Multiple,  // more than one: no DMARC processing (6.6.3 step 5), no fallback
        TempError, // the DNS did not answer: unknown, never "no record"
    };
    QString fromDomain;
    QString orgDomain;  // registrable domain; empty when fromDomain is a public suffix
    Status status = Status::None;
    QString recordAt;   // "_dmarc.example.com" when found (or where multiple were found)
    QString policyDomain; // the domain the record belongs to
    QStringList records;  // DMARC records at recordAt (more than one for Multiple)
    DmarcRecord record;   // parsed, when Found
    bool inherited = false;       // found at the organizational domain, not the author domain
    bool useSubdomainPolicy = false; // inherited, so sp applies (6.6.3 step 3)
    QList<Dns::Answer> answers;   // every _dmarc query made, in order
    QList<DmarcReportAuthorization> reportAuthorizations;

    DmarcPolicy appliedPolicy() const
    {
        return useSubdomainPolicy ? record.subdomainPolicy : record.policy;
    }
};

// DMARC policy discovery (RFC 7489 6.6.3), report destination checks (7.1) and findings.
// Synchronous over DomainCheckQueries: the author and organizational _dmarc names are asked
// at the same time (when a pool is given) since the second is needed whenever the first is empty.
class DmarcChecker
{
    Q_DECLARE_TR_FUNCTIONS(Auth::DmarcChecker)

public:
    DmarcChecker(const DomainCheckQueries &queries, const PublicSuffix &psl);

    DmarcDiscovery discover(const QString &fromDomain) const;
    // Asks for the _report._dmarc authorization of every external rua/ruf destination.
    void checkReportAuthorizations(DmarcDiscovery &discovery) const;
    // discover() + checkReportAuthorizations().
    DmarcDiscovery check(const QString &fromDomain) const;

    // dmarc.none, dmarc.multiple-records, dmarc.syntax, dmarc.policy-none, dmarc.rua-unauthorized,
    // dmarc.inherited, dmarc.ok, dmarc.dns-error (severity unknown).
    static Findings findings(const DmarcDiscovery &discovery);
    // The record to publish when there is none: a monitoring start (p=none) with aggregate
    // reports to dmarc-reports@<domain> (RFC 7489 6.3). `keep` repairs a broken record without
    // weakening it: its policy is kept when it was readable. nullopt for an invalid domain.
    static std::optional<Dns::ZoneRecord> starterRecord(const QString &domain, DmarcPolicy keep = DmarcPolicy::Unset);

private:
    const DomainCheckQueries &m_queries;
    const PublicSuffix &m_psl;
};

} // namespace Auth
