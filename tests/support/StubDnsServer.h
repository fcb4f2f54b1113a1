// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <thread>

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include "dns/ServerConfig.h"

namespace TestSupport {

// A tiny UDP "server" on 127.0.0.1 and a free port, running on its own thread so that a test
// can block in a query meanwhile. BlackHole reads queries and never answers (timeouts);
// ServFail / Refused answer every query with that RCODE and the question echoed.
// AuthenticA answers every query with one A record 192.0.2.53 (TTL 60) and the AD bit set,
// as a validating resolver would for a signed zone (RFC 4035 3.2.3).
//
// A Responder gives full control for lying and broken servers: it gets each query's bytes and
// returns the bytes to send back (nothing when empty). The static helpers build such replies.
class StubDnsServer
{
public:
    enum class Behaviour { BlackHole, ServFail, Refused, AuthenticA };
    using Responder = std::function<QByteArray(const QByteArray &query)>;

    explicit StubDnsServer(Behaviour behaviour);
    explicit StubDnsServer(Responder responder);
    ~StubDnsServer();

    bool isListening() const { return m_socket >= 0; }
    quint16 port() const { return m_port; }
    int queriesSeen() const { return m_seen.load(); }
    Dns::ServerConfig serverConfig(int timeoutMs, int retries) const;

    // The question of a query: name (lower-case, no trailing dot) and type.
    static QString questionName(const QByteArray &query);
    static quint16 questionType(const QByteArray &query);
    // A response to `query`: same ID and question, QR and RA set, the given RCODE, no records.
    static QByteArray reply(const QByteArray &query, int rcode = 0);
    // `packet` with one more answer RR (class IN, TTL 60) appended and ANCOUNT incremented.
    static QByteArray withAnswer(QByteArray packet, const QString &owner, quint16 type, const QByteArray &rdata);
    static QByteArray wireName(const QString &name); // "a.b" -> "\1a\1b\0"
    static QByteArray txtRdata(const QByteArray &text); // one character-string (<= 255 octets)

private:
    void open();
    void serve();

    Behaviour m_behaviour = Behaviour::BlackHole;
    Responder m_responder;
    int m_socket = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_seen{0};
    std::thread m_thread;
};

} // namespace TestSupport
