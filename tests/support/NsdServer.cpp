// SPDX-License-Identifier: GPL-3.0-or-later
#include "NsdServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

#include "dns/LdnsResolver.h"

namespace TestSupport {

quint16 pickFreePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        QTcpServer tcp;
        if (port != 5353 && port > 1024 && tcp.listen(QHostAddress::LocalHost, port))
            return port; // both released when they go out of scope
    }
    return 0;
}

NsdServer::NsdServer() = default;

NsdServer::~NsdServer()
{
    stop();
}

void NsdServer::addZone(const ZoneBuilder &zone)
{
    m_zones.append(zone);
}

bool NsdServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

Dns::ServerConfig NsdServer::serverConfig(int timeoutMs, int retries) const
{
    return Dns::ServerConfig{QStringLiteral("127.0.0.1"), m_port, timeoutMs, retries};
}

QString NsdServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("nsd.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool NsdServer::writeConfig()
{
    const QString dir = m_dir.path();
    QString conf = QStringLiteral(
        "server:\n"
        "  ip-address: 127.0.0.1@%1\n"
        "  port: %1\n"
        "  do-ip6: no\n"
        "  username: \"\"\n"
        "  chroot: \"\"\n"
        "  database: \"\"\n"
        "  zonesdir: \"%2\"\n"
        "  pidfile: \"%2/nsd.pid\"\n"
        "  xfrdfile: \"%2/xfrd.state\"\n"
        "  zonelistfile: \"%2/zone.list\"\n"
        "  xfrdir: \"%2\"\n"
        "  logfile: \"%2/nsd.log\"\n"
        "  server-count: 1\n"
        "  verbosity: 1\n"
        "  rrl-ratelimit: 0\n"
        "  rrl-whitelist-ratelimit: 0\n"
        "remote-control:\n"
        "  control-enable: no\n").arg(m_port).arg(dir);
    for (int i = 0; i < m_zones.size(); ++i) {
        const QString fileName = QStringLiteral("zone%1.zone").arg(i);
        QFile zoneFile(m_dir.filePath(fileName));
        if (!zoneFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        zoneFile.write(m_zones.at(i).text().toUtf8());
        conf += QStringLiteral("zone:\n  name: \"%1\"\n  zonefile: \"%2/%3\"\n").arg(m_zones.at(i).origin(), dir, fileName);
    }
    QFile confFile(m_dir.filePath(QStringLiteral("nsd.conf")));
    if (!confFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    confFile.write(conf.toUtf8());
    return true;
}

bool NsdServer::waitUntilAnswering()
{
    if (m_zones.isEmpty())
        return true;
    Dns::LdnsResolver resolver(serverConfig(100, 0));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        if (!isRunning())
            return false;
        if (resolver.query(m_zones.first().origin(), Dns::RrType::SOA).outcome == Dns::Outcome::Answer)
            return true;
        QThread::msleep(10);
    }
    return false;
}

bool NsdServer::startOnce()
{
    m_port = pickFreePort();
    if (m_port == 0 || !m_dir.isValid() || !writeConfig()) {
        m_error = QStringLiteral("cannot prepare NSD in %1").arg(m_dir.path());
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("/usr/sbin/nsd"),
                     {QStringLiteral("-d"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nsd.conf"))});
    if (!m_process->waitForStarted(3000)) {
        m_error = QStringLiteral("nsd did not start: %1").arg(m_process->errorString());
        return false;
    }
    if (waitUntilAnswering())
        return true;
    m_error = QStringLiteral("nsd on port %1 did not answer: %2 %3")
                  .arg(m_port).arg(QString::fromUtf8(m_process->readAll()), log());
    stop();
    return false;
}

bool NsdServer::start()
{
    stop();
    for (int attempt = 0; attempt < 3; ++attempt) { // the port may be taken between pick and bind
        if (startOnce())
            return true;
    }
    return false;
}

void NsdServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_process.reset();
}

} // namespace TestSupport
