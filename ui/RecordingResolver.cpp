// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingResolver.h"

#include <QMutexLocker>

namespace Ui {

RecordingResolver::RecordingResolver(const Dns::ServerConfig &config)
    : m_inner(config)
{
}

Dns::Answer RecordingResolver::query(const QString &name, Dns::RrType type)
{
    Dns::Answer answer = m_inner.query(name, type);
    QMutexLocker lock(&m_mutex);
    m_queries.append({name, Dns::rrTypeName(type), m_inner.serverDescription(), Dns::outcomeName(answer.outcome)});
    return answer;
}

QString RecordingResolver::serverDescription() const
{
    return m_inner.serverDescription();
}

QList<Report::DnsQuery> RecordingResolver::queries() const
{
    QMutexLocker lock(&m_mutex);
    return m_queries;
}

} // namespace Ui
