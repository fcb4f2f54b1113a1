// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include "ZoneBuilder.h"
#include "dns/ServerConfig.h"

namespace TestSupport {

// A real NSD serving the given zones on 127.0.0.1 and a free port, for integration tests.
// Runs `nsd -d -c <tmp>/nsd.conf` in the foreground with rate limiting off and every path in a
// QTemporaryDir (docs/PLATFORM-NOTES.md). start() waits until NSD answers; the destructor stops it, so a
// failing test (QVERIFY returns early) still cleans up. Zones cannot change while it runs
// (NSD does not reload on SIGHUP): build all zones first, or stop() and start() again.
class NsdServer
{
public:
    NsdServer();
    ~NsdServer();

    void addZone(const ZoneBuilder &zone);
    // Starts NSD; false with errorString() when it does not answer within a few seconds.
    bool start();
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    // 127.0.0.1:port with the given timeout (default short: the server is local).
    Dns::ServerConfig serverConfig(int timeoutMs = 1000, int retries = 1) const;
    QString errorString() const { return m_error; }
    QString log() const; // NSD's log file, for failure messages

private:
    bool writeConfig();
    bool startOnce();
    bool waitUntilAnswering();

    QTemporaryDir m_dir;
    QList<ZoneBuilder> m_zones;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

// A loopback port that was free for both UDP and TCP a moment ago (never 5353).
quint16 pickFreePort();

} // namespace TestSupport
