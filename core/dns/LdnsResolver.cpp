// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdnsResolver.h"

#include <memory>

#include <ldns/ldns.h>

#include <QSet>

#include "DnsName.h"
#include "PacketReader.h"

namespace Dns {

namespace {

struct ResolverDeleter { void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); } };
struct PacketDeleter { void operator()(ldns_pkt *p) const { ldns_pkt_free(p); } };
struct RdfDeleter { void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); } };
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverDeleter>;
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;

// The one place where ldns statuses become facts (docs/STYLE.md: map ldns_status once). No packet
// after every attempt: Timeout when nothing came back (or the socket itself failed, e.g. ICMP
// port unreachable); any other status means bytes arrived that ldns could not read.
bool statusMeansSilence(ldns_status status)
{
    switch (status) {
    case LDNS_STATUS_NETWORK_ERR:
    case LDNS_STATUS_RES_NO_NS:
    case LDNS_STATUS_SOCKET_ERROR:
    case LDNS_STATUS_ADDRESS_ERR:
    case LDNS_STATUS_MEM_ERR:
        return true;
    default:
        return false;
    }
}

ResolverPtr makeResolver(const ServerConfig &config, bool tcp)
{
    ResolverPtr resolver(ldns_resolver_new());
    const bool v6 = config.host.contains(QLatin1Char(':'));
    RdfPtr server(ldns_rdf_new_frm_str(v6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A, config.host.toLatin1().constData()));
    if (!resolver || !server || ldns_resolver_push_nameserver(resolver.get(), server.get()) != LDNS_STATUS_OK)
        return nullptr;
    ldns_resolver_set_port(resolver.get(), config.port);
    timeval timeout{config.timeoutMs / 1000, (config.timeoutMs % 1000) * 1000};
    ldns_resolver_set_timeout(resolver.get(), timeout);
    // ldns' "retry" counts attempts and sleeps "retrans" seconds (default 4!) between them.
    ldns_resolver_set_retry(resolver.get(), uint8_t(qBound(1, config.retries + 1, 255)));
    ldns_resolver_set_retrans(resolver.get(), 0);
    ldns_resolver_set_recursive(resolver.get(), true);
    // TC bit: we ask again over TCP ourselves, so that a truncated answer followed by a dead
    // TCP port is still known to be an answer (the server is there, it is not "silent").
    ldns_resolver_set_fallback(resolver.get(), false);
    ldns_resolver_set_usevc(resolver.get(), tcp);
    ldns_resolver_set_edns_udp_size(resolver.get(), 1232);
    ldns_resolver_set_defnames(resolver.get(), false);
    ldns_resolver_set_dnsrch(resolver.get(), false);
    ldns_resolver_set_random(resolver.get(), false);
    return resolver;
}

// One query and its response, checked against the query.
struct Exchange
{
    PacketPtr reply;
    ldns_status status = LDNS_STATUS_OK;
    PacketReader::Match match = PacketReader::Match::Ok;
    bool truncated = false; // the UDP answer had TC set and TCP gave nothing usable
    bool sent = false;      // false: the query could not even be built (nothing went out)
};

Exchange sendOnce(const ServerConfig &config, const QString &name, RrType type, bool tcp)
{
    Exchange ex;
    ResolverPtr resolver = makeResolver(config, tcp);
    RdfPtr qname(ldns_dname_new_frm_str(name.toLatin1().constData()));
    ldns_pkt *query = nullptr;
    // RFC 6840 5.7: setting AD in the query asks a validating resolver to report it.
    ex.status = !resolver ? LDNS_STATUS_ADDRESS_ERR : !qname ? LDNS_STATUS_DOMAINNAME_OVERFLOW
        : ldns_resolver_prepare_query_pkt(&query, resolver.get(), qname.get(), ldns_rr_type(type),
                                          LDNS_RR_CLASS_IN, LDNS_RD | LDNS_AD);
    const PacketPtr queryPacket(query);
    if (ex.status != LDNS_STATUS_OK)
        return ex;
    ex.sent = true;
    ldns_pkt *raw = nullptr;
    ex.status = ldns_resolver_send_pkt(&raw, resolver.get(), query);
    ex.reply.reset(raw);
    if (ex.reply)
        ex.match = PacketReader::match(ex.reply.get(), {name, type, ldns_pkt_id(query)});
    return ex;
}

// RFC 5452 9.1: a response that does not match the query is dropped; we ask once more (a
// stray late answer or a single spoofing attempt), then give up with "unknown".
Exchange exchange(const ServerConfig &config, const QString &name, RrType type)
{
    Exchange ex;
    for (int attempt = 0; attempt < 2; ++attempt) {
        ex = sendOnce(config, name, type, false);
        if (ex.reply && ex.match == PacketReader::Match::Ok && ldns_pkt_tc(ex.reply.get())) {
            Exchange overTcp = sendOnce(config, name, type, true);
            if (overTcp.reply && overTcp.match == PacketReader::Match::Ok)
                return overTcp;
            ex.truncated = true;
            return ex;
        }
        if (!ex.reply || ex.match == PacketReader::Match::Ok)
            return ex;
    }
    return ex;
}

} // namespace

LdnsResolver::LdnsResolver(ServerConfig config)
    : m_config(std::move(config))
{
}

QString LdnsResolver::serverDescription() const
{
    return m_config.description();
}

Answer LdnsResolver::query(const QString &name, RrType type)
{
    Answer answer;
    answer.name = DnsName::normalize(name);
    answer.type = type;
    answer.server = serverDescription();
    // IDNA 2008 / UTS #46 before the wire (RFC 5891 5): "bücher.example" is asked as
    // "xn--bcher-kva.example"; answer.name keeps the form the caller gave, for display.
    QString current = DnsName::toAce(name);
    if (current.isEmpty()) {
        answer.detail = QStringLiteral("invalid-name");
        return answer;
    }
    QSet<QString> seen{current};
    bool authentic = true;
    while (!current.isEmpty()) {
        Exchange ex = exchange(m_config, current, type);
        if (!ex.sent) {
            answer.outcome = Outcome::Error;
            answer.detail = ex.status == LDNS_STATUS_ADDRESS_ERR ? QStringLiteral("bad-server-address")
                                                                 : QStringLiteral("invalid-name");
            return answer;
        }
        if (!ex.reply) {
            answer.outcome = statusMeansSilence(ex.status) ? Outcome::Timeout : Outcome::Error;
            answer.responded = answer.responded || !statusMeansSilence(ex.status);
            answer.detail = statusMeansSilence(ex.status) ? QString::fromUtf8(ldns_get_errorstr_by_id(ex.status))
                                                          : QStringLiteral("malformed-answer");
            return answer;
        }
        answer.responded = true;
        if (ex.match != PacketReader::Match::Ok || ex.truncated) {
            answer.outcome = Outcome::Error;
            answer.rcode = -1;
            answer.detail = ex.truncated ? QStringLiteral("truncated-answer") : PacketReader::matchName(ex.match);
            return answer;
        }
        current = PacketReader::read(ex.reply.get(), {current, type, 0}, &answer, &seen);
        authentic = authentic && answer.authenticData;
    }
    answer.authenticData = authentic && answer.rcode >= 0;
    return answer;
}

} // namespace Dns
