// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>
#include <memory>

#include <QHash>
#include <QMutex>

#include "Resolver.h"

namespace Dns {

// Per-analysis cache in front of another resolver. Thread-safe: concurrent identical queries
// are asked once and every caller waits for that one answer. Every outcome is cached, a timeout
// included, so that one analysis sees one consistent view of the DNS; make a new cache to retry.
// The wrapped resolver must outlive this object and be safe to call from several threads.
class CachingResolver : public Resolver
{
public:
    explicit CachingResolver(Resolver &inner);

    Answer query(const QString &name, RrType type) override;
    QString serverDescription() const override;

    int upstreamQueries() const; // how many queries reached the wrapped resolver
    void clear();

private:
    Resolver &m_inner;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_future<Answer>> m_entries;
    int m_upstream = 0;
};

} // namespace Dns
