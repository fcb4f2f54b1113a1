// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for DNS answer handling: the bytes are a response packet in wire format, read
// by the same code that reads every live answer (Dns::PacketReader). Asked twice: once with the
// question the packet itself claims (so the fuzzer reaches record and CNAME handling), once with
// a fixed question (so mismatches are exercised). Checks the facts hold together.
#include <cstddef>
#include <cstdint>

#include <ldns/ldns.h>

#include <QByteArray>

#include "dns/DnsName.h"
#include "dns/PacketReader.h"

namespace {

void check(const Dns::Answer &answer, const QString &next)
{
    if (answer.outcome == Dns::Outcome::Answer && answer.records.isEmpty())
        __builtin_trap();
    if (answer.cnameChain.size() > Dns::PacketReader::maxCnameHops)
        __builtin_trap();
    if (!next.isEmpty() && answer.outcome != Dns::Outcome::NoData)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Dns::PacketReader::Question question{QStringLiteral("example.org"), Dns::RrType::TXT, 0x1234};
    ldns_pkt *packet = nullptr;
    if (ldns_wire2pkt(&packet, data, size) == LDNS_STATUS_OK && packet) {
        const ldns_rr_list *questions = ldns_pkt_question(packet);
        if (ldns_rr_list_rr_count(questions) == 1) {
            const ldns_rr *q = ldns_rr_list_rr(questions, 0);
            char *name = ldns_rdf2str(ldns_rr_owner(q));
            question = {Dns::DnsName::normalize(QString::fromUtf8(name ? name : "")), Dns::RrType(ldns_rr_get_type(q)), ldns_pkt_id(packet)};
            free(name);
        }
        ldns_pkt_free(packet);
    }
    for (const Dns::PacketReader::Question &q : {question, Dns::PacketReader::Question{QStringLiteral("example.org"), Dns::RrType::MX, 0}}) {
        Dns::Answer answer;
        QSet<QString> seen{q.name};
        const QString next = Dns::PacketReader::readWire(wire, q, &answer, &seen);
        check(answer, next);
    }
    return 0;
}
