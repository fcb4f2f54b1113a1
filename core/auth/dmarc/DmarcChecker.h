// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "DmarcRecord.h"
#include "DmarcTreeWalk.h"
#include "auth/common/Finding.h"
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

// What RFC 9989 (DMARCbis) policy discovery found for one author domain (4.10.1): the DNS
// Tree Walk instead of the Public Suffix List, psd=, np= and t=.
struct DmarcBisDiscovery
{
    enum class Status {
        Found,     // a DMARC Policy Record applies
        None,      // no record at the author, its Organizational Domain nor its PSD
        TempError, // a DNS error before discovery could end: unknown, never "no record"
    };
    enum class Source { None, Author, OrganizationalDomain, PublicSuffixDomain };
    // Whether the author domain exists (3.2.13, RFC 8020: NXDOMAIN). Asked only when it decides
    // the policy: the record comes from a parent and has np=.
    enum class Existence { NotChecked, Exists, NonExistent, Unknown };

    Status status = Status::None;
    Source source = Source::None;
    QString recordAt;       // "_dmarc.example.com"
    QString policyDomain;   // the DMARC Policy Domain
    QString recordText;     // its text
    DmarcRecord record;     // parsed, when Found
    QString orgDomain;      // 4.10.2 for the author domain; empty when the walk had a DNS error
    DmarcOrgRule orgRule = DmarcOrgRule::Unknown;
    DmarcTreeWalkResult walk;
    QStringList multipleAt; // names whose several DMARC records were all discarded (4.10 step 2)
    Existence authorExistence = Existence::NotChecked;
    QList<Dns::Answer> existenceAnswers; // A, AAAA, MX of the author domain when asked
    QString policyTag;      // "p", "sp" or "np"
    DmarcPolicy appliedPolicy = DmarcPolicy::Unset;   // what the tags ask for
    DmarcPolicy effectivePolicy = DmarcPolicy::Unset; // after t=y (one level lower, 4.7)

    bool inherited() const { return source == Source::OrganizationalDomain || source == Source::PublicSuffixDomain; }
};
QString dmarcBisSourceName(DmarcBisDiscovery::Source source); // "author", "organizational-domain", "psd", "none"
QString dmarcExistenceName(DmarcBisDiscovery::Existence e);   // "not-checked", "exists", "nonexistent", "unknown"

// What DMARC policy discovery found for one author (RFC5322.From) domain. The top-level fields
// follow RFC 7489 (Public Suffix List); rfc9989 holds the DMARCbis reading of the same answers
// and rfcDifferences where the two disagree.
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
    DmarcBisDiscovery rfc9989;
    // Codes, in this order when present: "status" (one finds a record, the other not or
    // cannot tell), "record" (different records apply), "applied_policy", "org_domain",
    // "testing" (t=y lowers the policy in RFC 9989 only), "pct" (pct<100 samples in RFC 7489 only).
    QStringList rfcDifferences;

    DmarcPolicy appliedPolicy() const
    {
        return useSubdomainPolicy ? record.subdomainPolicy : record.policy;
    }
};

// DMARC policy discovery by RFC 7489 (6.6.3) and RFC 9989 (4.10.1), report destination checks
// (RFC 7489 7.1) and findings. Synchronous over DomainCheckQueries: all _dmarc names of the tree
// walk (which include both RFC 7489 names) are asked at the same time when a pool is given.
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
    // RFC 9989 4.10.2 Organizational Domains of several names (author, SPF and DKIM domains),
    // their walks asked at once. Keys are the names lower-case without trailing dot; a value
    // with an empty organizationalDomain had a DNS error.
    QHash<QString, DmarcTreeWalkResult> organizationalDomains(const QStringList &domains) const;

    // dmarc.none, dmarc.multiple-records, dmarc.syntax, dmarc.policy-none, dmarc.rua-unauthorized,
    // dmarc.inherited, dmarc.ok, dmarc.dns-error (severity unknown).
    static Findings findings(const DmarcDiscovery &discovery);
    // The record to publish when there is none: a monitoring start (p=none) with aggregate
    // reports to dmarc-reports@<domain> (RFC 7489 6.3). `keep` repairs a broken record without
    // weakening it: its policy is kept when it was readable. nullopt for an invalid domain.
    static std::optional<Dns::ZoneRecord> starterRecord(const QString &domain, DmarcPolicy keep = DmarcPolicy::Unset);
    // Fills d.rfc9989 from the walk answers (answers[i] for DmarcTreeWalk::targets(from)[i]) and
    // d.rfcDifferences; without DNS of its own except the existence check for np=.
    void discoverRfc9989(DmarcDiscovery &d, const QList<Dns::Answer> &walkAnswers) const;
    // The codes of DmarcDiscovery::rfcDifferences for a discovery whose both halves are filled.
    static QStringList rfcDifferences(const DmarcDiscovery &d);

private:
    const DomainCheckQueries &m_queries;
    const PublicSuffix &m_psl;
};

} // namespace Auth
