// SPDX-License-Identifier: GPL-3.0-or-later
#include "StubDnsServer.h"

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QStringList>

namespace TestSupport {

StubDnsServer::StubDnsServer(Behaviour behaviour)
    : m_behaviour(behaviour)
{
    open();
}

StubDnsServer::StubDnsServer(Responder responder)
    : m_responder(std::move(responder))
{
    open();
}

void StubDnsServer::open()
{
    m_socket = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
        || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

StubDnsServer::~StubDnsServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_socket >= 0)
        ::close(m_socket);
}

Dns::ServerConfig StubDnsServer::serverConfig(int timeoutMs, int retries) const
{
    return Dns::ServerConfig{QStringLiteral("127.0.0.1"), m_port, timeoutMs, retries};
}

void StubDnsServer::serve()
{
    unsigned char buffer[4096];
    while (!m_stop) {
        pollfd fd{m_socket, POLLIN, 0};
        if (::poll(&fd, 1, 50) <= 0)
            continue;
        sockaddr_in peer{};
        socklen_t peerLength = sizeof(peer);
        const ssize_t size = ::recvfrom(m_socket, buffer, sizeof(buffer), 0, reinterpret_cast<sockaddr *>(&peer), &peerLength);
        if (size < 12)
            continue;
        ++m_seen;
        if (m_responder) {
            const QByteArray answer = m_responder(QByteArray(reinterpret_cast<const char *>(buffer), int(size)));
            if (!answer.isEmpty())
                ::sendto(m_socket, answer.constData(), size_t(answer.size()), 0, reinterpret_cast<sockaddr *>(&peer), peerLength);
            continue;
        }
        if (m_behaviour == Behaviour::BlackHole)
            continue;
        // RFC 1035 4.1.1: same ID and question, QR=1, RA=1, RCODE 2 or 5; drop EDNS (ARCOUNT=0).
        buffer[2] = static_cast<unsigned char>(0x80 | (buffer[2] & 0x79));
        buffer[3] = static_cast<unsigned char>(0x80 | (m_behaviour == Behaviour::ServFail ? 2 : 5));
        buffer[6] = buffer[7] = buffer[8] = buffer[9] = buffer[10] = buffer[11] = 0;
        ssize_t end = 12;
        while (end < size && buffer[end] != 0)
            end += buffer[end] + 1;
        end = qMin<ssize_t>(end + 5, size); // root label + QTYPE + QCLASS
        if (m_behaviour == Behaviour::AuthenticA && end + 16 <= ssize_t(sizeof(buffer))) {
            buffer[3] = 0x80 | 0x20; // RA, AD, RCODE 0
            buffer[7] = 1;           // ANCOUNT
            const unsigned char rr[16] = {0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 53};
            memcpy(buffer + end, rr, sizeof(rr));
            end += sizeof(rr);
        }
        ::sendto(m_socket, buffer, size_t(end), 0, reinterpret_cast<sockaddr *>(&peer), peerLength);
    }
}

namespace {

// Offset just past the question's QNAME (RFC 1035 4.1.2), or -1 when the query is cut short.
int afterQuestionName(const QByteArray &query)
{
    int at = 12;
    while (at < query.size() && query.at(at) != 0)
        at += quint8(query.at(at)) + 1;
    return at < query.size() ? at + 1 : -1;
}

} // namespace

QString StubDnsServer::questionName(const QByteArray &query)
{
    QStringList labels;
    int at = 12;
    while (at < query.size() && query.at(at) != 0) {
        const int length = quint8(query.at(at));
        labels.append(QString::fromLatin1(query.mid(at + 1, length)).toLower());
        at += length + 1;
    }
    return labels.join(QLatin1Char('.'));
}

quint16 StubDnsServer::questionType(const QByteArray &query)
{
    const int at = afterQuestionName(query);
    return at < 0 || at + 2 > query.size() ? 0 : quint16(quint8(query.at(at)) << 8 | quint8(query.at(at + 1)));
}

QByteArray StubDnsServer::reply(const QByteArray &query, int rcode)
{
    const int end = afterQuestionName(query);
    QByteArray packet = query.left(end < 0 ? 12 : qMin(end + 4, int(query.size())));
    packet[2] = char(0x80 | (packet.at(2) & 0x79)); // QR, keep opcode and RD
    packet[3] = char(0x80 | (rcode & 0xF));         // RA
    for (int i = 6; i < 12; ++i)
        packet[i] = 0; // ANCOUNT, NSCOUNT, ARCOUNT (EDNS dropped)
    return packet;
}

QByteArray StubDnsServer::withAnswer(QByteArray packet, const QString &owner, quint16 type, const QByteArray &rdata)
{
    const QByteArray fixed{"\0\0\0\x01\0\0\0\x3c", 8}; // TYPE (patched), CLASS IN, TTL 60
    QByteArray rr = wireName(owner) + fixed;
    rr[rr.size() - 8] = char(type >> 8);
    rr[rr.size() - 7] = char(type & 0xFF);
    rr.append(char(rdata.size() >> 8)).append(char(rdata.size() & 0xFF)).append(rdata);
    const int count = (quint8(packet.at(6)) << 8 | quint8(packet.at(7))) + 1;
    packet[6] = char(count >> 8);
    packet[7] = char(count & 0xFF);
    return packet + rr;
}

QByteArray StubDnsServer::wireName(const QString &name)
{
    QByteArray wire;
    for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toUtf8();
        wire.append(char(bytes.size())).append(bytes);
    }
    return wire.append('\0');
}

QByteArray StubDnsServer::txtRdata(const QByteArray &text)
{
    return QByteArray(1, char(qMin(int(text.size()), 255))) + text.left(255);
}

} // namespace TestSupport
