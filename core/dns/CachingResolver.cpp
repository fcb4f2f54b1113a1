// SPDX-License-Identifier: GPL-3.0-or-later
#include "CachingResolver.h"

#include "DnsName.h"

namespace Dns {

CachingResolver::CachingResolver(Resolver &inner)
    : m_inner(inner)
{
}

QString CachingResolver::serverDescription() const
{
    return m_inner.serverDescription();
}

Answer CachingResolver::query(const QString &name, RrType type)
{
    const QString key = DnsName::normalize(name) + QLatin1Char('/') + QString::number(quint16(type));
    std::promise<Answer> promise;
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd()) {
            const std::shared_future<Answer> pending = it.value();
            locker.unlock();
            return pending.get(); // waits when another thread is asking right now
        }
        m_entries.insert(key, promise.get_future().share());
        ++m_upstream;
    }
    Answer answer = m_inner.query(name, type);
    promise.set_value(answer);
    return answer;
}

int CachingResolver::upstreamQueries() const
{
    QMutexLocker locker(&m_mutex);
    return m_upstream;
}

void CachingResolver::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

} // namespace Dns
