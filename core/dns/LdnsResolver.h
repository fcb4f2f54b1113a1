// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Resolver.h"
#include "ServerConfig.h"

namespace Dns {

// Resolver over ldns, talking to exactly one explicitly configured server.
//
// Thread-safe: every query builds its own ldns_resolver, because an ldns_resolver is changed by
// each query and, after one timeout, marks its server unusable so that every later query fails
// at once (PLATFORM.md). Building one costs a few microseconds; the socket is per query anyway.
// Truncated UDP answers are retried over TCP. CNAMEs are followed (at most maxCnameHops names),
// a loop gives Outcome::Error with detail "cname-loop".
class LdnsResolver : public Resolver
{
public:
    explicit LdnsResolver(ServerConfig config);

    Answer query(const QString &name, RrType type) override;
    QString serverDescription() const override;

    const ServerConfig &config() const { return m_config; }

    static constexpr int maxCnameHops = 8;

private:
    ServerConfig m_config;
};

} // namespace Dns
