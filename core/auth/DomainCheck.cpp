// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainCheck.h"

#include <QElapsedTimer>
#include <QFuture>

#include "DomainCheckParts.h"
#include "DomainCheckQueries.h"
#include "PublicSuffix.h"
#include "dns/DnsName.h"
#include "dns/LookupPool.h"

namespace Auth {

DomainCheck::DomainCheck(Dns::LookupPool &pool, const PublicSuffix &psl)
    : m_resolver(&pool.resolver()), m_pool(&pool), m_psl(psl)
{
}

DomainCheck::DomainCheck(Dns::Resolver &resolver, const PublicSuffix &psl) : m_resolver(&resolver), m_psl(psl) {}

void DomainCheck::addPart(DomainCheckPart part)
{
    m_parts.append(std::move(part));
}

// With a pool: the section starts now on a pool thread and the getter waits for it. Without:
// the getter runs the section when asked, so sections run one after the other.
template<typename T, typename Fn>
std::function<T()> DomainCheck::start(Fn fn) const
{
    if (!m_pool)
        return fn;
    QFuture<T> future = m_pool->run([fn](Dns::Resolver &) { return fn(); });
    return [future]() mutable { return future.result(); };
}

DomainCheckResult DomainCheck::run(const DomainCheckParams &params) const
{
    QElapsedTimer timer;
    timer.start();
    DomainCheckResult r;
    r.params = params;
    r.params.domain = Dns::DnsName::normalize(params.domain);
    r.params.sequential = m_pool == nullptr;
    r.dnsServer = m_resolver->serverDescription();
    const QString domain = r.params.domain;
    const QHostAddress ip = params.ip;
    const DomainCheckQueries queries = m_pool ? DomainCheckQueries(*m_pool) : DomainCheckQueries(*m_resolver);
    Dns::Resolver &resolver = *m_resolver;

    // Everything below is independent: all sections start before any result is awaited.
    // The SOA query tells "server unreachable" (no response at all) from "records missing".
    auto probe = start<Dns::Answer>([&] { return queries.one(domain, Dns::RrType::SOA); });
    QList<std::function<DomainCheckSection()>> parts;
    for (const DomainCheckPart &part : m_parts)
        parts.append(start<DomainCheckSection>([&resolver, &part, &r] { return part.run(resolver, r.params); }));
    auto dmarc = start<DmarcDiscovery>([&] { return DmarcChecker(queries, m_psl).check(domain); });
    auto mx = start<MxCheck>([&] { return MxChecker(queries).check(domain); });
    auto ptr = start<std::optional<PtrCheck>>([&]() -> std::optional<PtrCheck> {
        if (ip.isNull())
            return std::nullopt;
        return PtrChecker(queries).check(ip);
    });
    auto dnsbl = start<QList<DnsblResult>>([&] { return DnsblChecker(queries).check(ip, domain, params.dnsblZones); });
    auto policies = start<QList<PolicyRecord>>([&] { return PolicyRecordsChecker(queries).check(domain); });

    for (int i = 0; i < m_parts.size(); ++i) {
        const DomainCheckSection section = parts[i]();
        r.parts.append({m_parts.at(i).key, section});
        r.findings += section.findings;
    }
    r.dmarc = dmarc();
    r.findings += DmarcChecker::findings(r.dmarc);
    r.mx = mx();
    r.findings += MxChecker::findings(r.mx);
    r.ptr = ptr();
    if (r.ptr)
        r.findings += PtrChecker::findings(*r.ptr);
    r.dnsbl = dnsbl();
    r.findings += DnsblChecker::findings(r.dnsbl);
    r.policyRecords = policies();
    r.findings += PolicyRecordsChecker::findings(r.policyRecords);
    const Dns::Answer soa = probe();
    // "Never answered" only when nothing came back at all: a truncated, garbage or mismatched
    // reply is an answer from a broken server, reported as findings (exit 0 in the CLI).
    r.dnsUnreachable = soa.rcode < 0 && !soa.responded
        && (soa.outcome == Dns::Outcome::Timeout || soa.outcome == Dns::Outcome::Error)
        && r.mx.status == MxCheck::Status::Unknown;
    r.elapsedMs = timer.elapsed();
    return r;
}

void DomainCheck::addStandardParts()
{
    addPart(DomainCheckParts::spf());
    addPart(DomainCheckParts::dkim());
}

} // namespace Auth
