// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketReader.h"
#include "Resolver.h"
#include "ServerConfig.h"

namespace Dns {

// Resolver over ldns, talking to exactly one explicitly configured server.
//
// Thread-safe: every query builds its own ldns_resolver, because an ldns_resolver is changed by
// each query and, after one timeout, marks its server unusable so that every later query fails
// at once (docs/PLATFORM-NOTES.md). Building one costs a few microseconds; the socket is per query anyway.
// Truncated UDP answers are retried over TCP. Every response is checked against its query
// (PacketReader::match; a mismatch is retried once, then Outcome::Error with the mismatch as
// detail). CNAMEs are followed, also across queries when the server gave only the CNAME (at
// most maxCnameHops links; a loop or a longer chain gives Outcome::Error). Names are converted
// to their IDNA A-label form before they go on the wire (DnsName::toAce); invalid names give
// Outcome::Error with detail "invalid-name" and are never sent.
class LdnsResolver : public Resolver
{
public:
    explicit LdnsResolver(ServerConfig config);

    Answer query(const QString &name, RrType type) override;
    QString serverDescription() const override;

    const ServerConfig &config() const { return m_config; }

    static constexpr int maxCnameHops = PacketReader::maxCnameHops;

private:
    ServerConfig m_config;
};

} // namespace Dns
