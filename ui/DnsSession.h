// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "RecordingResolver.h"
#include "dns/CachingResolver.h"
#include "dns/LookupPool.h"

namespace Ui {

// The DNS of one analysis, shared by the live check panels and the diagnosis so that a query
// both need goes out once: RecordingResolver (the query log of the report) under one
// Dns::CachingResolver (concurrent identical queries are asked once). Each side gets its own
// pool, because their tasks wait on sub-queries: one shared bounded pool could fill up with
// waiting tasks. Held by shared_ptr by every task that uses it, so it outlives them.
class DnsSession
{
public:
    // The last reference may be dropped by a task on one of the session's own pools; the
    // destructor waits for those pools, so the object is then deleted on the GUI thread instead.
    static std::shared_ptr<DnsSession> create(const Dns::ServerConfig &config);
    explicit DnsSession(const Dns::ServerConfig &config);
    ~DnsSession();

    Dns::LookupPool &checksPool() { return m_checksPool; }
    Dns::LookupPool &diagnosisPool() { return m_diagnosisPool; }
    QList<Report::DnsQuery> queries() const { return m_recorder.queries(); }
    QString serverDescription() const { return m_recorder.serverDescription(); }
    // A retry must reach the DNS again: the cache keeps timeouts for one consistent view.
    void forgetAnswers() { m_cache.clear(); }

private:
    RecordingResolver m_recorder;
    Dns::CachingResolver m_cache;
    Dns::LookupPool m_checksPool;
    Dns::LookupPool m_diagnosisPool;
};

using DnsSessionPtr = std::shared_ptr<DnsSession>;

} // namespace Ui
