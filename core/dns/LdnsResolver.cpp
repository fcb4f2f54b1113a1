// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdnsResolver.h"

#include <memory>

#include <ldns/ldns.h>

#include <QSet>
#include <QtEndian>

#include "DnsName.h"

namespace Dns {

namespace {

struct ResolverDeleter { void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); } };
struct PacketDeleter { void operator()(ldns_pkt *p) const { ldns_pkt_free(p); } };
struct RdfDeleter { void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); } };
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverDeleter>;
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;

// The one place where ldns statuses and RCODEs become facts (STYLE.md: map ldns_status once).
// No packet at all after every attempt means the server did not answer: Timeout, unless the
// socket itself failed (e.g. ICMP port unreachable), which ldns reports as a socket error.
Outcome outcomeFor(ldns_status status, const ldns_pkt *packet, bool hasRecords)
{
    if (!packet) {
        switch (status) {
        case LDNS_STATUS_NETWORK_ERR:
        case LDNS_STATUS_RES_NO_NS:
            return Outcome::Timeout;
        default:
            return Outcome::Error;
        }
    }
    switch (ldns_pkt_get_rcode(packet)) {
    case LDNS_RCODE_NOERROR: return hasRecords ? Outcome::Answer : Outcome::NoData;
    case LDNS_RCODE_NXDOMAIN: return Outcome::NxDomain;
    case LDNS_RCODE_SERVFAIL: return Outcome::ServFail;
    case LDNS_RCODE_REFUSED: return Outcome::Refused;
    default: return Outcome::Error;
    }
}

QString rdfToName(const ldns_rdf *rdf)
{
    char *text = ldns_rdf2str(rdf);
    const QString name = DnsName::normalize(QString::fromUtf8(text ? text : ""));
    free(text);
    return name;
}

ResolverPtr makeResolver(const ServerConfig &config)
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
    ldns_resolver_set_fallback(resolver.get(), true); // TC bit: ask again over TCP
    ldns_resolver_set_edns_udp_size(resolver.get(), 1232);
    ldns_resolver_set_defnames(resolver.get(), false);
    ldns_resolver_set_dnsrch(resolver.get(), false);
    ldns_resolver_set_random(resolver.get(), false);
    return resolver;
}

Record recordFrom(const ldns_rr *rr, RrType type)
{
    Record record;
    record.type = type;
    record.owner = rdfToName(ldns_rr_owner(rr));
    record.ttl = ldns_rr_ttl(rr);
    const size_t count = ldns_rr_rd_count(rr);
    switch (type) {
    case RrType::A:
    case RrType::AAAA: {
        const ldns_rdf *rdf = ldns_rr_rdf(rr, 0);
        record.address = type == RrType::A
            ? QHostAddress(qFromBigEndian<quint32>(ldns_rdf_data(rdf)))
            : QHostAddress(ldns_rdf_data(rdf));
        break;
    }
    case RrType::MX:
        record.preference = quint16(ldns_rdf2native_int16(ldns_rr_rdf(rr, 0)));
        record.target = rdfToName(ldns_rr_rdf(rr, 1));
        break;
    case RrType::TXT:
        // RFC 7208 3.3: the character-strings of one TXT RR are joined without separator.
        for (size_t i = 0; i < count; ++i) {
            const ldns_rdf *rdf = ldns_rr_rdf(rr, i);
            const uint8_t *data = ldns_rdf_data(rdf);
            const QByteArray part(reinterpret_cast<const char *>(data) + 1, qMin<int>(data[0], int(ldns_rdf_size(rdf)) - 1));
            record.txtStrings.append(part);
            record.txt.append(part);
        }
        break;
    case RrType::SRV:
        record.preference = quint16(ldns_rdf2native_int16(ldns_rr_rdf(rr, 0)));
        record.target = rdfToName(ldns_rr_rdf(rr, 3));
        break;
    case RrType::CNAME:
    case RrType::PTR:
    case RrType::NS:
        record.target = rdfToName(ldns_rr_rdf(rr, 0));
        break;
    default:
        break;
    }
    return record;
}

// Walks the answer section from `name`: records of `type`, or the CNAME to follow next.
// Returns the name still to resolve (empty when done).
QString collect(const ldns_pkt *packet, QString name, RrType type, Answer *answer, QSet<QString> *seen)
{
    const ldns_rr_list *rrs = ldns_pkt_answer(packet);
    for (int hop = 0; hop <= LdnsResolver::maxCnameHops; ++hop) {
        QString next;
        for (size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i) {
            const ldns_rr *rr = ldns_rr_list_rr(rrs, i);
            if (rdfToName(ldns_rr_owner(rr)) != name)
                continue;
            const auto rrType = RrType(ldns_rr_get_type(rr));
            if (rrType == type)
                answer->records.append(recordFrom(rr, type));
            else if (rrType == RrType::CNAME && next.isEmpty())
                next = rdfToName(ldns_rr_rdf(rr, 0));
        }
        if (!answer->records.isEmpty() || next.isEmpty())
            return QString();
        if (seen->contains(next) || seen->size() > LdnsResolver::maxCnameHops) {
            answer->outcome = Outcome::Error;
            answer->detail = QStringLiteral("cname-loop");
            return QString();
        }
        seen->insert(next);
        answer->cnameChain.append(next);
        name = next;
    }
    return name;
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
    QSet<QString> seen{answer.name};
    QString current = answer.name;
    bool authentic = true;
    while (!current.isEmpty()) {
        ResolverPtr resolver = makeResolver(m_config);
        RdfPtr qname(ldns_dname_new_frm_str(current.toUtf8().constData()));
        if (!resolver || !qname || !DnsName::isValid(current)) {
            answer.outcome = Outcome::Error;
            answer.detail = resolver ? QStringLiteral("invalid-name") : QStringLiteral("bad-server-address");
            return answer;
        }
        ldns_pkt *raw = nullptr;
        // RFC 6840 5.7: setting AD in the query asks a validating resolver to report it.
        const ldns_status status = ldns_resolver_query_status(&raw, resolver.get(), qname.get(),
                                                              ldns_rr_type(type), LDNS_RR_CLASS_IN, LDNS_RD | LDNS_AD);
        PacketPtr packet(raw);
        answer.outcome = Outcome::Error;
        if (packet) {
            answer.rcode = int(ldns_pkt_get_rcode(packet.get()));
            authentic = authentic && ldns_pkt_ad(packet.get());
        }
        if (status != LDNS_STATUS_OK || !packet) {
            answer.outcome = outcomeFor(status, packet.get(), false);
            answer.detail = QString::fromUtf8(ldns_get_errorstr_by_id(status));
            return answer;
        }
        current = collect(packet.get(), current, type, &answer, &seen);
        if (answer.outcome == Outcome::Error && answer.detail == QLatin1String("cname-loop"))
            return answer;
        answer.outcome = outcomeFor(status, packet.get(), !answer.records.isEmpty());
        if (!current.isEmpty() && answer.outcome != Outcome::NoData)
            current.clear(); // the chain ended in an error: that error is the answer
    }
    answer.authenticData = authentic && answer.rcode >= 0;
    return answer;
}

} // namespace Dns
