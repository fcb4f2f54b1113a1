// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketReader.h"

#include <memory>

#include <ldns/ldns.h>

#include <QtEndian>

#include "DnsName.h"

namespace Dns {

namespace {

struct PacketDeleter { void operator()(ldns_pkt *p) const { ldns_pkt_free(p); } };

QString rdfToName(const ldns_rdf *rdf)
{
    if (!rdf)
        return QString();
    char *text = ldns_rdf2str(rdf);
    const QString name = DnsName::normalize(QString::fromUtf8(text ? text : ""));
    free(text);
    return name;
}

// `name` (no trailing dot; escapes such as "\\032" as ldns_rdf2str writes them) in
// uncompressed wire form, for comparing owner names without turning every RR's owner into text
// (ldns_rdf2str costs ~8,000 instructions a call). Empty when ldns cannot read the name.
QByteArray wireName(const QString &name)
{
    ldns_rdf *rdf = ldns_dname_new_frm_str(name.toLatin1().constData());
    if (!rdf)
        return QByteArray();
    const QByteArray wire(reinterpret_cast<const char *>(ldns_rdf_data(rdf)), qsizetype(ldns_rdf_size(rdf)));
    ldns_rdf_deep_free(rdf);
    return wire;
}

// RFC 4343: DNS names compare ASCII case-insensitively.
bool sameName(const ldns_rdf *rdf, const QByteArray &wire)
{
    if (!rdf || wire.isEmpty() || ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_DNAME || ldns_rdf_size(rdf) != size_t(wire.size()))
        return false;
    // ASCII only (RFC 4343 3); length octets are <= 63, below 'A', so they compare exactly.
    const auto lower = [](quint8 c) { return c >= 'A' && c <= 'Z' ? quint8(c + 32) : c; };
    const uint8_t *data = ldns_rdf_data(rdf);
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (lower(data[i]) != lower(quint8(wire.at(i))))
            return false;
    }
    return true;
}

// The one place where RCODEs become facts (docs/STYLE.md: map ldns results once).
Outcome outcomeForRcode(ldns_pkt_rcode rcode, bool hasRecords)
{
    switch (rcode) {
    case LDNS_RCODE_NOERROR: return hasRecords ? Outcome::Answer : Outcome::NoData;
    case LDNS_RCODE_NXDOMAIN: return Outcome::NxDomain;
    case LDNS_RCODE_SERVFAIL: return Outcome::ServFail;
    case LDNS_RCODE_REFUSED: return Outcome::Refused;
    default: return Outcome::Error;
    }
}

// rdata field i of rr when it exists and holds at least `size` octets (a hostile packet can
// carry an RR whose rdata ldns accepted with fewer fields than the type defines).
const ldns_rdf *field(const ldns_rr *rr, size_t i, size_t size = 1)
{
    if (i >= ldns_rr_rd_count(rr))
        return nullptr;
    const ldns_rdf *rdf = ldns_rr_rdf(rr, i);
    return rdf && ldns_rdf_size(rdf) >= size ? rdf : nullptr;
}

void readAddress(const ldns_rr *rr, RrType type, Record *record)
{
    const size_t size = type == RrType::A ? 4 : 16;
    const ldns_rdf *rdf = field(rr, 0, size);
    if (!rdf || ldns_rdf_size(rdf) != size)
        return;
    record->address = type == RrType::A
        ? QHostAddress(qFromBigEndian<quint32>(ldns_rdf_data(rdf)))
        : QHostAddress(ldns_rdf_data(rdf));
}

void readTxt(const ldns_rr *rr, Record *record)
{
    // RFC 7208 3.3: the character-strings of one TXT RR are joined without separator.
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        const ldns_rdf *rdf = field(rr, i);
        if (!rdf)
            continue;
        const uint8_t *data = ldns_rdf_data(rdf);
        const QByteArray part(reinterpret_cast<const char *>(data) + 1, qMin<int>(data[0], int(ldns_rdf_size(rdf)) - 1));
        record->txtStrings.append(part);
        record->txt.append(part);
    }
}

Record recordFrom(const ldns_rr *rr, RrType type)
{
    Record record;
    record.type = type;
    record.owner = rdfToName(ldns_rr_owner(rr));
    record.ttl = ldns_rr_ttl(rr);
    switch (type) {
    case RrType::A:
    case RrType::AAAA:
        readAddress(rr, type, &record);
        break;
    case RrType::MX:
        if (const ldns_rdf *pref = field(rr, 0, 2))
            record.preference = quint16(ldns_rdf2native_int16(pref));
        record.target = rdfToName(field(rr, 1));
        break;
    case RrType::TXT:
        readTxt(rr, &record);
        break;
    case RrType::SRV:
        if (const ldns_rdf *pref = field(rr, 0, 2))
            record.preference = quint16(ldns_rdf2native_int16(pref));
        record.target = rdfToName(field(rr, 3));
        break;
    case RrType::CNAME:
    case RrType::PTR:
    case RrType::NS:
        record.target = rdfToName(field(rr, 0));
        break;
    default:
        break;
    }
    return record;
}

// One pass over the answer section for `name`: records of `type` into answer, and the first
// CNAME owned by `name` (RFC 2181 10.1: a name with a CNAME has no other data).
QString scan(const ldns_rr_list *rrs, const QString &name, RrType type, Answer *answer)
{
    QString next;
    const QByteArray wire = wireName(name);
    for (size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(rrs, i);
        if (ldns_rr_get_class(rr) != LDNS_RR_CLASS_IN || !sameName(ldns_rr_owner(rr), wire))
            continue;
        const auto rrType = RrType(ldns_rr_get_type(rr));
        if (rrType == type)
            answer->records.append(recordFrom(rr, type));
        else if (rrType == RrType::CNAME && next.isEmpty())
            next = rdfToName(field(rr, 0));
    }
    return answer->records.isEmpty() ? next : QString();
}

} // namespace

PacketReader::Match PacketReader::match(const ldns_pkt *reply, const Question &question)
{
    if (ldns_pkt_id(reply) != question.id)
        return Match::WrongId;
    if (!ldns_pkt_qr(reply))
        return Match::NotResponse;
    if (ldns_pkt_get_opcode(reply) != LDNS_PACKET_QUERY)
        return Match::WrongOpcode;
    const ldns_rr_list *questions = ldns_pkt_question(reply);
    if (ldns_rr_list_rr_count(questions) != 1)
        return Match::WrongQuestion;
    const ldns_rr *q = ldns_rr_list_rr(questions, 0);
    if (ldns_rr_get_type(q) != ldns_rr_type(question.type) || ldns_rr_get_class(q) != LDNS_RR_CLASS_IN
        || !sameName(ldns_rr_owner(q), wireName(DnsName::normalize(question.name))))
        return Match::WrongQuestion;
    return Match::Ok;
}

QString PacketReader::matchName(Match match)
{
    switch (match) {
    case Match::Ok: return QStringLiteral("ok");
    case Match::WrongId: return QStringLiteral("wrong-id");
    case Match::NotResponse: return QStringLiteral("not-a-response");
    case Match::WrongOpcode: return QStringLiteral("wrong-opcode");
    case Match::WrongQuestion: return QStringLiteral("wrong-question");
    }
    return QStringLiteral("wrong-question");
}

QString PacketReader::read(const ldns_pkt *reply, const Question &question, Answer *answer, QSet<QString> *seen)
{
    answer->rcode = int(ldns_pkt_get_rcode(reply));
    answer->authenticData = ldns_pkt_ad(reply);
    const ldns_rr_list *rrs = ldns_pkt_answer(reply);
    QString name = DnsName::normalize(question.name);
    while (true) {
        const QString next = scan(rrs, name, question.type, answer);
        answer->outcome = outcomeForRcode(ldns_pkt_get_rcode(reply), !answer->records.isEmpty());
        if (next.isEmpty())
            return QString();
        // RFC 1034 3.6.2: a loop is a configuration error; RFC 2181 10.1 allows chains, but a
        // resolver must bound them. Both are "unknown", never "no record".
        if (seen->contains(next) || seen->size() > maxCnameHops) {
            answer->outcome = Outcome::Error;
            answer->detail = seen->contains(next) ? QStringLiteral("cname-loop") : QStringLiteral("cname-chain-too-long");
            return QString();
        }
        seen->insert(next);
        answer->cnameChain.append(next);
        name = next;
        // The target's records may follow in this packet; if not, the caller asks for them.
        const QByteArray wire = wireName(name);
        bool inPacket = false;
        for (size_t i = 0; i < ldns_rr_list_rr_count(rrs) && !inPacket; ++i)
            inPacket = sameName(ldns_rr_owner(ldns_rr_list_rr(rrs, i)), wire);
        if (!inPacket)
            return answer->outcome == Outcome::NoData ? name : QString();
    }
}

QString PacketReader::readWire(const QByteArray &wire, const Question &question, Answer *answer, QSet<QString> *seen)
{
    ldns_pkt *raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size())) != LDNS_STATUS_OK || !raw) {
        answer->outcome = Outcome::Error;
        answer->detail = QStringLiteral("malformed-answer");
        return QString();
    }
    const std::unique_ptr<ldns_pkt, PacketDeleter> packet(raw);
    const Match m = match(packet.get(), question);
    if (m != Match::Ok) {
        answer->outcome = Outcome::Error;
        answer->detail = matchName(m);
        return QString();
    }
    return read(packet.get(), question, answer, seen);
}

} // namespace Dns
