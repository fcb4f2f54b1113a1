// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckEngine.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>

#include "CheckJson.h"
#include "CheckSections.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"
#include "SpfTreePrefetch.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "dns/LookupPool.h"

namespace Auth {

namespace {

// What one task of the engine produced: its sections (the policy task makes three) and how
// its structured results go into the DomainCheckResult.
struct TaskOutput
{
    QList<SectionResult> sections;
    std::function<void(DomainCheckResult &)> store;
};

using Task = std::function<TaskOutput()>;

// MTA-STS, TLS-RPT and BIMI are asked by one checker (three queries at once) and reported as
// three sections: each keeps the findings whose id starts with its key.
TaskOutput policySections(const QList<PolicyRecord> &records, const CheckRequest &request)
{
    TaskOutput out;
    const Findings all = PolicyRecordsChecker::findings(records);
    const QJsonObject json = CheckJson::policyRecords(records);
    for (CheckSection s : {CheckSection::MtaSts, CheckSection::TlsRpt, CheckSection::Bimi}) {
        if (!request.wants(s))
            continue;
        const QString key = checkSectionKey(s);
        SectionResult section{s, {}, json.value(key)};
        for (const Finding &f : all) {
            if (f.id.startsWith(key + QLatin1Char('.')))
                section.findings.append(f);
        }
        out.sections.append(section);
    }
    out.store = [records](DomainCheckResult &r) { r.policyRecords = records; };
    return out;
}

} // namespace

const SectionResult *DomainCheckResult::section(CheckSection s) const
{
    for (const SectionResult &r : sections) {
        if (r.section == s)
            return &r;
    }
    return nullptr;
}

void DomainCheckResult::merge(const DomainCheckResult &newer)
{
    for (const SectionResult &s : newer.sections) {
        sections.removeIf([&s](const SectionResult &old) { return old.section == s.section; });
        sections.append(s);
        switch (s.section) {
        case CheckSection::Dmarc: dmarc = newer.dmarc; break;
        case CheckSection::Mx: mx = newer.mx; break;
        case CheckSection::Ptr: ptr = newer.ptr; break;
        case CheckSection::Dnsbl: dnsbl = newer.dnsbl; break;
        case CheckSection::MtaSts:
        case CheckSection::TlsRpt:
        case CheckSection::Bimi: policyRecords = newer.policyRecords; break;
        default: break;
        }
    }
    std::sort(sections.begin(), sections.end(),
              [](const SectionResult &a, const SectionResult &b) { return int(a.section) < int(b.section); });
    findings.clear();
    for (const SectionResult &s : sections)
        findings += s.findings;
    dnsUnreachable = newer.dnsUnreachable;
}

CheckEngine::CheckEngine(Dns::LookupPool &pool, const PublicSuffix &psl)
    : m_resolver(&pool.resolver()), m_pool(&pool), m_psl(psl)
{
}

CheckEngine::CheckEngine(Dns::Resolver &resolver, const PublicSuffix &psl) : m_resolver(&resolver), m_psl(psl) {}

DomainCheckResult CheckEngine::run(const CheckRequest &request, const SectionCallback &onSection,
                                   const CheckCancel *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    DomainCheckResult r;
    r.request = request;
    r.request.domain = Dns::DnsName::normalize(request.domain);
    r.dnsServer = m_resolver->serverDescription();
    const CheckRequest &req = r.request;
    const QString domain = req.domain;
    const bool haveDomain = !domain.isEmpty();
    const DomainCheckQueries queries = m_pool ? DomainCheckQueries(*m_pool) : DomainCheckQueries(*m_resolver);
    Dns::Resolver &resolver = *m_resolver;
    auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };

    // Sections are handed on one at a time, as each finishes.
    QMutex deliverMutex;
    auto deliver = [&](const SectionResult &s) {
        QMutexLocker locker(&deliverMutex);
        if (onSection && !cancelled())
            onSection(s);
    };

    QList<Task> tasks;
    if (haveDomain && req.wants(CheckSection::Spf)) {
        tasks.append([&] {
            // The linter walks depth-first; fetching the tree breadth-first first lets it read
            // every answer from the session's cache (Auth::SpfTreePrefetch).
            auto *cache = dynamic_cast<Dns::CachingResolver *>(&resolver);
            if (m_pool && cache)
                SpfTreePrefetch(*m_pool, *cache).run(domain);
            return TaskOutput{{CheckSections::spf(resolver, req)}, {}};
        });
    }
    if (haveDomain && req.wants(CheckSection::Dkim))
        tasks.append([&] { return TaskOutput{{CheckSections::dkim(resolver, req, m_pool != nullptr)}, {}}; });
    if (haveDomain && req.wants(CheckSection::Dmarc)) {
        tasks.append([&] {
            const DmarcDiscovery d = DmarcChecker(queries, m_psl).check(domain);
            return TaskOutput{{SectionResult{CheckSection::Dmarc, DmarcChecker::findings(d), CheckJson::dmarc(d)}},
                              [d](DomainCheckResult &out) { out.dmarc = d; }};
        });
    }
    if (haveDomain && req.wants(CheckSection::Mx)) {
        tasks.append([&] {
            const MxCheck mx = MxChecker(queries).check(domain);
            return TaskOutput{{SectionResult{CheckSection::Mx, MxChecker::findings(mx), CheckJson::mx(mx)}},
                              [mx](DomainCheckResult &out) { out.mx = mx; }};
        });
    }
    if (!req.ip.isNull() && req.wants(CheckSection::Ptr)) {
        tasks.append([&] {
            const PtrCheck ptr = PtrChecker(queries).check(req.ip);
            return TaskOutput{{SectionResult{CheckSection::Ptr, PtrChecker::findings(ptr), CheckJson::ptr(ptr)}},
                              [ptr](DomainCheckResult &out) { out.ptr = ptr; }};
        });
    }
    if (req.wants(CheckSection::Dnsbl) && (haveDomain || !req.ip.isNull())) {
        tasks.append([&] {
            const QList<DnsblResult> list = DnsblChecker(queries).check(req.ip, domain, req.dnsblZones);
            return TaskOutput{{SectionResult{CheckSection::Dnsbl, DnsblChecker::findings(list), CheckJson::dnsbl(list)}},
                              [list](DomainCheckResult &out) { out.dnsbl = list; }};
        });
    }
    if (haveDomain && (req.wants(CheckSection::MtaSts) || req.wants(CheckSection::TlsRpt) || req.wants(CheckSection::Bimi)))
        tasks.append([&] { return policySections(PolicyRecordsChecker(queries).check(domain), req); });

    // The SOA query tells "server unreachable" (no response at all) from "records missing",
    // and its AD bit feeds the DNSSEC section.
    const bool probe = haveDomain && (req.probeServer || req.wants(CheckSection::Dnssec));
    auto runTask = [&](const Task &task) {
        if (cancelled())
            return TaskOutput{};
        TaskOutput out = task();
        for (const SectionResult &s : out.sections)
            deliver(s);
        return out;
    };
    QList<TaskOutput> outputs;
    Dns::Answer soa;
    if (m_pool) {
        // Everything above is independent: all tasks start before any result is awaited.
        QFuture<Dns::Answer> soaFuture = probe ? m_pool->query(domain, Dns::RrType::SOA) : QFuture<Dns::Answer>();
        QList<QFuture<TaskOutput>> futures;
        for (const Task &task : tasks)
            futures.append(m_pool->run([&runTask, task](Dns::Resolver &) { return runTask(task); }));
        for (QFuture<TaskOutput> &f : futures)
            outputs.append(f.result());
        if (probe)
            soa = soaFuture.result();
    } else {
        if (probe)
            soa = resolver.query(domain, Dns::RrType::SOA);
        for (const Task &task : tasks)
            outputs.append(runTask(task));
    }

    for (const TaskOutput &out : outputs) {
        if (out.store)
            out.store(r);
        r.sections += out.sections;
    }
    if (haveDomain && req.wants(CheckSection::Dnssec) && !cancelled()) {
        r.sections.append(CheckSections::dnssec(r, soa));
        deliver(r.sections.last());
    }
    std::sort(r.sections.begin(), r.sections.end(),
              [](const SectionResult &a, const SectionResult &b) { return int(a.section) < int(b.section); });
    for (const SectionResult &s : r.sections)
        r.findings += s.findings;
    // "Never answered" only when nothing came back at all: a truncated, garbage or mismatched
    // reply is an answer from a broken server, reported as findings (exit 0 in the CLI).
    r.dnsUnreachable = probe && soa.rcode < 0 && !soa.responded
        && (soa.outcome == Dns::Outcome::Timeout || soa.outcome == Dns::Outcome::Error)
        && (!r.section(CheckSection::Mx) || r.mx.status == MxCheck::Status::Unknown);
    r.cancelled = cancelled();
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace Auth
