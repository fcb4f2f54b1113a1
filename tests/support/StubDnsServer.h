// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <thread>

#include <QtGlobal>

#include "dns/ServerConfig.h"

namespace TestSupport {

// A tiny UDP "server" on 127.0.0.1 and a free port, running on its own thread so that a test
// can block in a query meanwhile. BlackHole reads queries and never answers (timeouts);
// ServFail / Refused answer every query with that RCODE and the question echoed.
// AuthenticA answers every query with one A record 192.0.2.53 (TTL 60) and the AD bit set,
// as a validating resolver would for a signed zone (RFC 4035 3.2.3).
class StubDnsServer
{
public:
    enum class Behaviour { BlackHole, ServFail, Refused, AuthenticA };

    explicit StubDnsServer(Behaviour behaviour);
    ~StubDnsServer();

    bool isListening() const { return m_socket >= 0; }
    quint16 port() const { return m_port; }
    int queriesSeen() const { return m_seen.load(); }
    Dns::ServerConfig serverConfig(int timeoutMs, int retries) const;

private:
    void serve();

    Behaviour m_behaviour;
    int m_socket = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_seen{0};
    std::thread m_thread;
};

} // namespace TestSupport
