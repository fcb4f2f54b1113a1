// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "DmarcChecker.h"
#include "DnsblChecker.h"
#include "Finding.h"
#include "MxChecker.h"
#include "PolicyRecordsChecker.h"
#include "PtrChecker.h"

namespace Dns {
class LookupPool;
class Resolver;
}

namespace Auth {

class PublicSuffix;

struct DomainCheckParams
{
    QString domain;          // the domain to check (RFC5322.From / recipient domain)
    QHostAddress ip;         // sending IP: enables PTR, IP blocklists and SPF check_host
    QString sender;          // MAIL FROM address for SPF (default postmaster@domain)
    QString helo;            // HELO/EHLO name for SPF
    QStringList selectors;   // DKIM selectors
    QList<DnsblZone> dnsblZones = DnsblChecker::defaultZones();
    bool sequential = false; // set by DomainCheck::run: true without a pool (parts then ask one at a time)
};

// The result of one extra section (SPF, DKIM) run through a DomainCheckPart.
struct DomainCheckSection
{
    QJsonValue json;  // the section as it appears in the JSON report
    Findings findings;
};

// A section contributed by another evaluator (SPF by Auth::Spf*, DKIM by Auth::Dkim*), run
// concurrently with the others over the same resolver.
struct DomainCheckPart
{
    QString key; // JSON key, e.g. "spf"
    std::function<DomainCheckSection(Dns::Resolver &, const DomainCheckParams &)> run;
};

struct DomainCheckResult
{
    DomainCheckParams params;
    QString dnsServer;
    QList<QPair<QString, DomainCheckSection>> parts; // in the order the parts were added
    DmarcDiscovery dmarc;
    MxCheck mx;
    std::optional<PtrCheck> ptr;
    QList<DnsblResult> dnsbl;
    QList<PolicyRecord> policyRecords;
    Findings findings;       // every section's findings, in report order
    bool dnsUnreachable = false; // the server never answered anything: exit status 3 in the CLI
    qint64 elapsedMs = 0;
};

// Checks everything a domain publishes for mail: SPF and DKIM (through parts), DMARC, MX, PTR
// (with an IP), DNSBL and the MTA-STS/TLS-RPT/BIMI records.
//
// With a Dns::LookupPool every section starts at once and each fans its independent queries
// out through the pool, so a check costs about its longest chain of dependent queries. The
// pool needs enough threads for the sections plus their queries (the CLI uses 48): a section
// waiting for a query that found no free thread runs it itself, which is correct but serial.
// With a plain resolver everything runs one query after the other (the benchmark's baseline).
// run() blocks: call it from a worker (QtConcurrent::run) in the GUI.
class DomainCheck
{
public:
    DomainCheck(Dns::LookupPool &pool, const PublicSuffix &psl);
    DomainCheck(Dns::Resolver &resolver, const PublicSuffix &psl);

    void addPart(DomainCheckPart part);
    // The SPF and DKIM parts of the evaluators built into the core (when available).
    void addStandardParts();

    DomainCheckResult run(const DomainCheckParams &params) const;

private:
    template<typename T, typename Fn>
    std::function<T()> start(Fn fn) const;

    Dns::Resolver *m_resolver = nullptr;
    Dns::LookupPool *m_pool = nullptr;
    const PublicSuffix &m_psl;
    QList<DomainCheckPart> m_parts;
};

} // namespace Auth
