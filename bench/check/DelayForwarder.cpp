// SPDX-License-Identifier: GPL-3.0-or-later
#include "DelayForwarder.h"

#include <chrono>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QByteArray>

namespace {

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// One query: delay, ask upstream on a fresh socket, relay the answer.
void relay(int clientSocket, sockaddr_in client, QByteArray query, quint16 upstreamPort, int delayMs)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    const int s = socket(AF_INET, SOCK_DGRAM, 0);
    const sockaddr_in up = loopback(upstreamPort);
    sendto(s, query.constData(), size_t(query.size()), 0, reinterpret_cast<const sockaddr *>(&up), sizeof up);
    pollfd p{s, POLLIN, 0};
    char buf[65536];
    if (poll(&p, 1, 2000) > 0) {
        const ssize_t n = recv(s, buf, sizeof buf, 0);
        if (n > 0)
            sendto(clientSocket, buf, size_t(n), 0, reinterpret_cast<const sockaddr *>(&client), sizeof client);
    }
    close(s);
}

} // namespace

DelayForwarder::DelayForwarder(quint16 upstreamPort, int delayMs) : m_upstreamPort(upstreamPort), m_delayMs(delayMs)
{
    m_socket = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    if (m_socket < 0 || bind(m_socket, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
        || getsockname(m_socket, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        if (m_socket >= 0)
            close(m_socket);
        m_socket = -1;
        return;
    }
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { serve(); });
}

DelayForwarder::~DelayForwarder()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    while (m_running.load() > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (m_socket >= 0)
        close(m_socket);
}

void DelayForwarder::serve()
{
    char buf[65536];
    while (!m_stop) {
        pollfd p{m_socket, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0)
            continue;
        sockaddr_in client{};
        socklen_t len = sizeof client;
        const ssize_t n = recvfrom(m_socket, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&client), &len);
        if (n <= 0)
            continue;
        ++m_forwarded;
        ++m_running;
        std::thread([this, client, q = QByteArray(buf, int(n))] {
            relay(m_socket, client, q, m_upstreamPort, m_delayMs);
            --m_running;
        }).detach();
    }
}
