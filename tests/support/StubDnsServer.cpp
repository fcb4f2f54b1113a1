// SPDX-License-Identifier: GPL-3.0-or-later
#include "StubDnsServer.h"

#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TestSupport {

StubDnsServer::StubDnsServer(Behaviour behaviour)
    : m_behaviour(behaviour)
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

} // namespace TestSupport
