// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsSession.h"

#include <QCoreApplication>
#include <QThread>

namespace Ui {

std::shared_ptr<DnsSession> DnsSession::create(const Dns::ServerConfig &config)
{
    return std::shared_ptr<DnsSession>(new DnsSession(config), [](DnsSession *session) {
        QCoreApplication *app = QCoreApplication::instance();
        if (!app || QThread::currentThread() == app->thread())
            delete session;
        else
            QMetaObject::invokeMethod(app, [session] { delete session; }, Qt::QueuedConnection);
    });
}

DnsSession::DnsSession(const Dns::ServerConfig &config)
    : m_recorder(config)
    , m_cache(m_recorder)
    , m_checksPool(m_cache, 16)
    , m_diagnosisPool(m_cache, 8)
{
}

DnsSession::~DnsSession()
{
    // Members are destroyed in reverse order: the pools wait for their tasks before the
    // resolvers those tasks use go away.
    m_diagnosisPool.waitForDone();
    m_checksPool.waitForDone();
}

} // namespace Ui
