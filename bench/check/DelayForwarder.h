// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <thread>

#include <QtGlobal>

// A loopback UDP DNS forwarder for benchmarks: every query waits `delayMs`, then goes to the
// upstream server (NSD), and the answer comes back to the client. Each query is handled on its
// own thread so that concurrent queries are delayed concurrently, as on a real network.
class DelayForwarder
{
public:
    DelayForwarder(quint16 upstreamPort, int delayMs);
    ~DelayForwarder();

    bool isListening() const { return m_socket >= 0; }
    quint16 port() const { return m_port; }
    int forwarded() const { return m_forwarded.load(); }

private:
    void serve();

    quint16 m_upstreamPort;
    int m_delayMs;
    int m_socket = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_forwarded{0};
    std::atomic<int> m_running{0};
    std::thread m_thread;
};
