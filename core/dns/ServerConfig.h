// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "util/Result.h"

namespace Dns {

// The one DNS server a resolver talks to. Every field is explicit: ldns' own defaults
// (5 s x 3 retries, servers from /etc/resolv.conf) are never used (see docs/PLATFORM-NOTES.md).
struct ServerConfig
{
    QString host;          // IPv4 or IPv6 literal, e.g. "127.0.0.1" or "::1"
    quint16 port = 53;
    int timeoutMs = 2000;  // per attempt
    int retries = 1;       // attempts after the first one fails

    // "127.0.0.1:5300" or "[::1]:5300", used in reports and Answer::server.
    QString description() const;
};

// Parses "HOST", "HOST:PORT", "[V6]", "[V6]:PORT" or a bare IPv6 literal. HOST must be an
// IP literal (resolving a name would need a resolver). Errors: code "dns.server-syntax".
[[nodiscard]] Util::Result<ServerConfig> parseServerSpec(const QString &spec, int timeoutMs = 2000,
                                                         int retries = 1);

// The first usable "nameserver" line of a resolv.conf (default /etc/resolv.conf), for the app's
// default only; tests never call this. Errors: "dns.no-system-server".
[[nodiscard]] Util::Result<ServerConfig> systemServerConfig(
    const QString &resolvConfPath = QStringLiteral("/etc/resolv.conf"));

} // namespace Dns
