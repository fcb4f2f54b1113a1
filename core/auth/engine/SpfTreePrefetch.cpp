// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfTreePrefetch.h"

#include <atomic>

#include <QFuture>
#include <QMutex>
#include <QSet>

#include "auth/spf/SpfLinter.h"
#include "auth/spf/SpfMacro.h"
#include "auth/spf/SpfRecord.h"
#include "auth/spf/SpfRecordFetcher.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "dns/LookupPool.h"

namespace Auth {

namespace {

using Kind = SpfTerm::Kind;

// One prefetch: every task may add tasks; waitAll() returns when none is left. Tasks never
// wait for each other, so any pool size works; the waiting thread runs queued tasks itself
// (QFuture::waitForFinished takes a task that has not started yet).
class Walk
{
public:
    Walk(Dns::LookupPool &pool, Dns::CachingResolver &cache) : m_pool(pool), m_cache(cache) {}

    void record(const QString &domain);
    void waitAll();
    int asked() const { return m_asked.load(); }

private:
    template<typename Fn>
    void spawn(Fn fn);
    void query(const QString &name, Dns::RrType type);
    void addresses(const QString &name);
    void mx(const QString &name);
    void terms(const QString &domain, const SpfRecord &parsed);
    bool takeLookup(); // false once SpfLinter::maxWalkLookups lookup terms were taken

    Dns::LookupPool &m_pool;
    Dns::CachingResolver &m_cache;
    QMutex m_mutex;
    QList<QFuture<void>> m_futures;
    QSet<QString> m_records; // domains whose record was asked for: loops and repeats are cut
    std::atomic<int> m_lookups{0};
    std::atomic<int> m_asked{0};
};

template<typename Fn>
void Walk::spawn(Fn fn)
{
    QMutexLocker locker(&m_mutex);
    m_futures.append(m_pool.run([fn = std::move(fn)](Dns::Resolver &) { fn(); }));
}

void Walk::waitAll()
{
    // A task appends its children before it finishes: once every listed future is finished
    // and the list did not grow, nothing is left.
    for (qsizetype i = 0;; ++i) {
        QFuture<void> next;
        {
            QMutexLocker locker(&m_mutex);
            if (i >= m_futures.size())
                return;
            next = m_futures.at(i);
        }
        next.waitForFinished();
    }
}

void Walk::query(const QString &name, Dns::RrType type)
{
    ++m_asked;
    m_cache.query(name, type);
}

bool Walk::takeLookup()
{
    return m_lookups.fetch_add(1) < SpfLinter::maxWalkLookups;
}

void Walk::addresses(const QString &name)
{
    // The walk asks A, then AAAA (SpfLinter's addresses()): both at once here.
    spawn([this, name] { query(name, Dns::RrType::A); });
    spawn([this, name] { query(name, Dns::RrType::AAAA); });
}

void Walk::mx(const QString &name)
{
    spawn([this, name] {
        ++m_asked;
        const Dns::Answer answer = m_cache.query(name, Dns::RrType::MX);
        // RFC 7208 4.6.4: receivers (and the lint) look up at most 10 MX hosts.
        for (const Dns::Record &r : answer.records.mid(0, 10))
            addresses(r.target);
    });
}

void Walk::terms(const QString &domain, const SpfRecord &parsed)
{
    bool hasAll = false;
    for (const SpfTerm &term : parsed.terms)
        hasAll = hasAll || term.kind == Kind::All;
    for (const SpfTerm &term : parsed.terms) {
        if (term.kind == Kind::Exp || term.kind == Kind::UnknownModifier || (term.kind == Kind::Redirect && hasAll))
            continue; // RFC 7208 6.1: redirect is ignored beside "all"
        if (!term.countsAsLookup() || !takeLookup())
            continue;
        if (SpfMacro::containsMacro(term.domainSpec))
            continue; // the lint does not expand macros without a client IP
        const QString target = term.domainSpec.isEmpty() ? domain : Dns::DnsName::normalize(term.domainSpec);
        const bool cidr = term.cidr4 >= 0 || term.cidr6 >= 0;
        switch (term.kind) {
        case Kind::Include:
        case Kind::Redirect: this->record(target); break;
        case Kind::A:
            if (!cidr)
                addresses(target);
            break;
        case Kind::Mx:
            if (!cidr)
                mx(target);
            break;
        default: break; // ptr, exists: not resolved by the lint
        }
    }
}

void Walk::record(const QString &domain)
{
    const QString name = Dns::DnsName::normalize(domain);
    {
        QMutexLocker locker(&m_mutex);
        if (m_records.contains(name))
            return;
        m_records.insert(name);
    }
    spawn([this, name] {
        ++m_asked;
        const SpfRecordFetcher::Fetched fetched = SpfRecordFetcher::fetch(m_cache, name);
        if (fetched.status != SpfRecordFetcher::Status::Found)
            return;
        const SpfRecord parsed = SpfRecord::parse(fetched.record);
        if (parsed.isValid())
            terms(name, parsed);
    });
}

} // namespace

SpfTreePrefetch::SpfTreePrefetch(Dns::LookupPool &pool, Dns::CachingResolver &cache) : m_pool(pool), m_cache(cache) {}

int SpfTreePrefetch::run(const QString &domain)
{
    Walk walk(m_pool, m_cache);
    walk.record(domain);
    walk.waitAll();
    return walk.asked();
}

} // namespace Auth
