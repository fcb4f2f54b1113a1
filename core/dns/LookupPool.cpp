// SPDX-License-Identifier: GPL-3.0-or-later
#include "LookupPool.h"

namespace Dns {

LookupPool::LookupPool(ServerConfig config, int maxThreads)
    : m_owned(std::make_unique<LdnsResolver>(std::move(config)))
    , m_resolver(m_owned.get())
{
    m_pool.setMaxThreadCount(qMax(1, maxThreads));
}

LookupPool::LookupPool(Resolver &resolver, int maxThreads)
    : m_resolver(&resolver)
{
    m_pool.setMaxThreadCount(qMax(1, maxThreads));
}

LookupPool::~LookupPool()
{
    m_pool.waitForDone();
}

QFuture<Answer> LookupPool::query(const QString &name, RrType type)
{
    return run([name, type](Resolver &resolver) { return resolver.query(name, type); });
}

} // namespace Dns
