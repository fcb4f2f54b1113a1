// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Dns {

// RR types BounceLens asks for (RFC 1035 3.2.2, RFC 3596, RFC 2782).
enum class RrType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    TLSA = 52,
};

// What happened to one query. These are different facts and must never be merged:
// NXDOMAIN means the name does not exist, NoData means it exists without that type,
// while Timeout / ServFail / Refused / Error mean "unknown, retry" (RFC 2308, RFC 8020).
enum class Outcome {
    Answer,   // NOERROR with at least one record of the asked type
    NoData,   // NOERROR, no record of that type
    NxDomain, // RCODE 3
    ServFail, // RCODE 2
    Refused,  // RCODE 5
    Timeout,  // no answer within timeout x retries
    Error,    // anything else: bad packet, FORMERR, NOTIMP, socket error
};

struct Record
{
    RrType type = RrType::A;
    QString owner;          // owner name, lower-case, no trailing dot
    quint32 ttl = 0;
    QHostAddress address;   // A, AAAA
    QString target;         // CNAME, PTR, NS, MX exchange, SRV target (no trailing dot)
    quint16 preference = 0; // MX preference
    QByteArray txt;         // TXT: the character-strings concatenated without separator (RFC 7208 3.3)
    QList<QByteArray> txtStrings; // TXT: the character-strings as published
};

// True when the DNS could not tell us anything (SERVFAIL, REFUSED, timeout, a broken reply):
// never report this as "no record".
inline bool isUnknownOutcome(Outcome outcome)
{
    return outcome == Outcome::ServFail || outcome == Outcome::Refused || outcome == Outcome::Timeout
        || outcome == Outcome::Error;
}

struct Answer
{
    QString name;           // the name asked for, lower-case, no trailing dot
    RrType type = RrType::A;
    Outcome outcome = Outcome::Error;
    int rcode = -1;         // DNS RCODE when a response arrived, -1 otherwise
    bool authenticData = false; // AD bit (RFC 4035 3.2.3)
    QList<Record> records;  // records of the asked type (CNAME chain already followed)
    QList<QString> cnameChain; // names followed to reach the answer
    QString server;         // "127.0.0.1:5300"
    QString detail;         // extra text for Error/Timeout
    // True when the server sent anything back, even bytes that could not be read or an answer
    // that did not match the query: such a server is there and lying or broken, not silent.
    bool responded = false;

    bool exists() const { return outcome == Outcome::Answer || outcome == Outcome::NoData; }
    // True when the DNS could not tell us anything: never report this as "no record".
    bool isUnknown() const { return isUnknownOutcome(outcome); }
};

// Synchronous lookup interface that every evaluator in auth/ is written against.
// Implementations: the ldns resolver (dns/LdnsResolver), a caching decorator, and test fakes.
// Thread-safety is the implementation's contract; evaluators call it from one thread.
class Resolver
{
public:
    virtual ~Resolver() = default;
    virtual Answer query(const QString &name, RrType type) = 0;
    // "127.0.0.1:5300" or a description of the fake, for reports.
    virtual QString serverDescription() const = 0;
};

QString outcomeName(Outcome outcome); // "answer", "nodata", "nxdomain", "servfail", "refused", "timeout", "error"
QString rrTypeName(RrType type);      // "A", "MX", ...

} // namespace Dns
