// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

#include "Resolver.h"

struct ldns_struct_pkt;

namespace Dns {

// Turns one DNS response into facts about one question, and decides first whether the response
// answers that question at all. Pure: no socket, no state; the fuzz target drives it with bytes.
class PacketReader
{
public:
    // What was asked: the name as it went on the wire (ASCII, lower-case, no trailing dot),
    // the type, and the transaction ID of the query.
    struct Question
    {
        QString name;
        RrType type = RrType::A;
        quint16 id = 0;
    };

    // RFC 5452 9.1 and RFC 1035 7.3: a response is accepted only when its ID, its QR flag, its
    // opcode and its question section (exactly one question: same name, ignoring case, same
    // type, class IN) all match the query. Anything else may be spoofed or misdirected.
    enum class Match { Ok, WrongId, NotResponse, WrongOpcode, WrongQuestion };
    static Match match(const ldns_struct_pkt *reply, const Question &question);
    static QString matchName(Match match); // "wrong-id", ... (stable, English)

    // Reads a matching response: records of question.type owned by question.name are appended
    // to answer->records, CNAMEs inside the packet are followed (RFC 1034 3.6.2), and rcode,
    // outcome and AD bit are set. Returns the name still to ask when the chain leaves the packet
    // (a CNAME whose target the server did not give), empty when done. `seen` holds the names
    // of the chain so far: a loop, or more than LdnsResolver::maxCnameHops links, ends in
    // Outcome::Error with detail "cname-loop" or "cname-chain-too-long" (unknown, never "none").
    static QString read(const ldns_struct_pkt *reply, const Question &question, Answer *answer,
                        QSet<QString> *seen);

    // The whole path for wire bytes: parse, match, read. A packet ldns cannot parse gives
    // Outcome::Error with detail "malformed-answer"; a mismatch gives detail matchName().
    static QString readWire(const QByteArray &wire, const Question &question, Answer *answer,
                            QSet<QString> *seen);

    static constexpr int maxCnameHops = 8;
};

} // namespace Dns
