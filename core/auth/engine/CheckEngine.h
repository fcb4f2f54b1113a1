// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include "CheckSection.h"
#include "auth/dmarc/DmarcChecker.h"
#include "auth/domain/DnsblChecker.h"
#include "auth/common/Finding.h"
#include "auth/domain/MxChecker.h"
#include "auth/domain/PolicyRecordsChecker.h"
#include "auth/domain/PtrChecker.h"

namespace Dns {
class LookupPool;
class Resolver;
}

namespace Auth {

class PublicSuffix;

// What to check. The CLI ("check"), the desktop app (domain check and the sender panels of a
// bounce) and the diagnosis (the sender domain, the recipient's MX, a pasted line's IP) all
// describe their question with this.
struct CheckRequest
{
    QString domain;          // the domain to check (RFC5322.From / recipient domain); may be empty for IP-only sections
    QHostAddress ip;         // sending IP: enables PTR, IP blocklists and SPF check_host
    QString sender;          // MAIL FROM address for SPF (default postmaster@domain)
    QString helo;            // HELO/EHLO name for SPF
    QStringList selectors;   // DKIM selectors
    QByteArray rawOriginal;  // a returned original: the selectors of its DKIM-Signatures are looked at too
    QList<DnsblZone> dnsblZones = DnsblChecker::defaultZones();
    QList<CheckSection> sections = allCheckSections(); // which sections to run (PTR only with an IP)
    bool spfCheckHost = true; // with an IP: also check_host in the SPF section (the diagnosis asks it itself)
    // Ask the domain's SOA to tell a server that never answers (exit status 3) from missing
    // records. Always asked when the DNSSEC section runs (its AD bit is part of that section).
    bool probeServer = true;

    bool wants(CheckSection section) const { return sections.contains(section); }
};

// Tells a running check to stop: sections not started yet are skipped and no further section
// is delivered. Queries already in flight finish (ldns cannot be interrupted) and are dropped.
class CheckCancel
{
public:
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    std::atomic<bool> m_cancelled{false};
};

struct DomainCheckResult
{
    CheckRequest request;
    QString dnsServer;
    QList<SectionResult> sections; // in report order (CheckSection), only the sections that ran
    DmarcDiscovery dmarc;
    MxCheck mx;
    std::optional<PtrCheck> ptr;
    QList<DnsblResult> dnsbl;
    QList<PolicyRecord> policyRecords;
    Findings findings;           // every section's findings, in report order
    bool dnsUnreachable = false; // the server never answered anything: exit status 3 in the CLI
    bool cancelled = false;
    qint64 elapsedMs = 0;

    const SectionResult *section(CheckSection section) const;
    // Takes over the sections `newer` ran (a retry of one panel), keeping the others.
    void merge(const DomainCheckResult &newer);
};

// Called once per finished section, as soon as it is finished, on the thread that finished it
// (a pool thread with a Dns::LookupPool). Calls are never concurrent.
using SectionCallback = std::function<void(const SectionResult &)>;

// The one live-check engine: checks everything a domain (and a sending IP) publishes for mail,
// SPF, DKIM, DMARC, MX, PTR/FCrDNS, DNSBL, MTA-STS, TLS-RPT, BIMI and DNSSEC, and reports each
// section as it completes.
//
// Concurrency follows the dependencies between queries, not the sections: with a
// Dns::LookupPool every section starts at once, each fans its independent queries out through
// the pool, and the SPF include tree is fetched breadth-first before the linter walks it (see
// Auth::SpfTreePrefetch), so a check costs about its longest chain of dependent queries. The
// pool's resolver should be a Dns::CachingResolver (one cache per session: the CLI's, the
// desktop session's); without one the SPF tree is not prefetched. The pool needs threads for
// the sections plus their queries (the CLI uses 48); a task waiting for a query that found no
// free thread runs it itself, which is correct but serial.
// With a plain resolver everything runs one query after the other (tests and the baseline).
// run() blocks: the desktop app calls it through Auth::CheckJob.
class CheckEngine
{
public:
    CheckEngine(Dns::LookupPool &pool, const PublicSuffix &psl);
    CheckEngine(Dns::Resolver &resolver, const PublicSuffix &psl);

    DomainCheckResult run(const CheckRequest &request, const SectionCallback &onSection = {},
                          const CheckCancel *cancel = nullptr) const;

private:
    Dns::Resolver *m_resolver = nullptr;
    Dns::LookupPool *m_pool = nullptr;
    const PublicSuffix &m_psl;
};

} // namespace Auth
