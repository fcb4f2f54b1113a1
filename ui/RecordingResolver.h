// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>

#include "dns/LdnsResolver.h"
#include "report/ReportModel.h"

namespace Ui {

// An LdnsResolver that remembers every query it sent, so the report can list them (privacy:
// DNS queries are the only traffic). Thread-safe: LdnsResolver makes one ldns_resolver per query.
class RecordingResolver : public Dns::Resolver
{
public:
    explicit RecordingResolver(const Dns::ServerConfig &config);

    Dns::Answer query(const QString &name, Dns::RrType type) override;
    QString serverDescription() const override;
    QList<Report::DnsQuery> queries() const;

private:
    Dns::LdnsResolver m_inner;
    mutable QMutex m_mutex;
    QList<Report::DnsQuery> m_queries;
};

} // namespace Ui
