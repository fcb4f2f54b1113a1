// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "LdnsResolver.h"

namespace Dns {

// A bounded pool for blocking DNS work, so the GUI thread never waits on ldns (docs/STYLE.md).
// Each task runs on a pool thread against `resolver()` (by default an LdnsResolver, which makes
// one ldns_resolver per query). Results are QFutures: the GUI continues with .then(context, ...),
// the CLI may wait. Destroying the pool waits for running tasks.
class LookupPool
{
public:
    explicit LookupPool(ServerConfig config, int maxThreads = 8);
    // Runs tasks against a caller-owned resolver (e.g. a CachingResolver or a test fake),
    // which must be thread-safe and outlive the pool.
    LookupPool(Resolver &resolver, int maxThreads = 8);
    ~LookupPool();

    LookupPool(const LookupPool &) = delete;
    LookupPool &operator=(const LookupPool &) = delete;

    QFuture<Answer> query(const QString &name, RrType type);

    // Runs any synchronous evaluator (SPF, DKIM, ...) over the pool's resolver.
    template<typename Fn>
    auto run(Fn task) -> QFuture<decltype(task(std::declval<Resolver &>()))>
    {
        Resolver *resolver = m_resolver;
        return QtConcurrent::run(&m_pool, [resolver, task = std::move(task)]() { return task(*resolver); });
    }

    Resolver &resolver() { return *m_resolver; }
    int maxThreads() const { return m_pool.maxThreadCount(); }
    void waitForDone() { m_pool.waitForDone(); }

private:
    std::unique_ptr<LdnsResolver> m_owned;
    Resolver *m_resolver = nullptr;
    QThreadPool m_pool;
};

} // namespace Dns
