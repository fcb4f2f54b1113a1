// SPDX-License-Identifier: GPL-3.0-or-later
#include "PtrChecker.h"

#include "auth/common/DomainCheckQueries.h"
#include "dns/DnsName.h"

namespace Auth {

namespace {

// An IPv4-mapped IPv6 address is looked up as IPv4 (as DnsName::reverseName does).
QHostAddress plain(const QHostAddress &ip)
{
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : ip;
}

Finding make(const char *id, Severity severity, const QString &message, const QString &evidence,
             const QString &fix = {}, const std::optional<Dns::ZoneRecord> &record = std::nullopt)
{
    Finding f{QString::fromLatin1(id), severity, message, evidence, fix};
    if (record)
        f.records.append(*record);
    return f;
}

} // namespace

PtrChecker::PtrChecker(const DomainCheckQueries &queries) : m_queries(queries) {}

PtrCheck PtrChecker::check(const QHostAddress &address) const
{
    PtrCheck c;
    c.ip = plain(address);
    c.reverseName = Dns::DnsName::reverseName(c.ip);
    c.ptr = m_queries.one(c.reverseName, Dns::RrType::PTR);
    if (c.ptr.isUnknown())
        return c;
    const Dns::RrType forwardType = c.ip.protocol() == QAbstractSocket::IPv4Protocol ? Dns::RrType::A : Dns::RrType::AAAA;
    QList<DnsQuestion> questions;
    for (const Dns::Record &r : c.ptr.records) {
        if (questions.size() >= maxNames)
            break;
        const QString name = Dns::DnsName::normalize(r.target);
        c.names.append(PtrName{name, false, false, {}});
        questions.append({name, forwardType});
    }
    if (c.names.isEmpty()) {
        c.status = PtrCheck::Status::None;
        return c;
    }
    const QList<Dns::Answer> answers = m_queries.all(questions);
    bool anyUnknown = false;
    bool anyConfirmed = false;
    for (int i = 0; i < c.names.size(); ++i) {
        PtrName &n = c.names[i];
        n.forward = answers.at(i);
        n.unknown = n.forward.isUnknown();
        for (const Dns::Record &r : n.forward.records)
            n.confirmed = n.confirmed || plain(r.address) == c.ip;
        anyUnknown = anyUnknown || n.unknown;
        anyConfirmed = anyConfirmed || n.confirmed;
    }
    c.status = anyConfirmed ? PtrCheck::Status::Confirmed
        : anyUnknown ? PtrCheck::Status::Unknown : PtrCheck::Status::Mismatch;
    return c;
}

Findings PtrChecker::findings(const PtrCheck &c)
{
    Findings out;
    const QString ip = c.ip.toString();
    QString evidence = DomainCheckQueries::evidence(c.ptr);
    for (const PtrName &n : c.names)
        evidence += QStringLiteral("; ") + DomainCheckQueries::evidence(n.forward);
    const QString ptrName = c.names.isEmpty() ? QString() : c.names.first().name;
    switch (c.status) {
    case PtrCheck::Status::Unknown:
        out.append(make("ptr.dns-error", Severity::Unknown,
                        c.ptr.outcome == Dns::Outcome::Answer
                            ? tr("The reverse DNS of %1 could not be checked: the forward lookup of its PTR name got no usable answer.").arg(ip)
                            : c.ptr.outcome == Dns::Outcome::Refused
                            ? tr("The reverse DNS of %1 could not be checked: the DNS server refused the query (REFUSED).").arg(ip)
                            : c.ptr.outcome == Dns::Outcome::ServFail
                            ? tr("The reverse DNS of %1 could not be checked: the DNS server failed (SERVFAIL).").arg(ip)
                            : tr("The reverse DNS of %1 could not be checked: the DNS did not answer (%2).").arg(ip, Dns::outcomeName(c.ptr.outcome)),
                        evidence, tr("Retry later.")));
        break;
    case PtrCheck::Status::None:
        out.append(make("ptr.none", Severity::Error,
                        tr("%1 has no reverse DNS (PTR) name; many receivers reject mail from such addresses.").arg(ip),
                        evidence,
                        tr("Ask the owner of the address block (your hosting provider) for a PTR record at %1 naming "
                           "your mail server's host name, and make that name resolve to %2 (A/AAAA).")
                            .arg(c.reverseName, ip)));
        break;
    case PtrCheck::Status::Mismatch:
        out.append(make("ptr.mismatch", Severity::Error,
                        tr("The reverse name of %1 does not resolve back to it (no forward-confirmed reverse DNS).").arg(ip),
                        evidence,
                        tr("Make the PTR name %1 resolve to %2 with this record in its zone, or have the PTR changed "
                           "to a name that already does:").arg(ptrName, ip),
                        Dns::ZoneRecord::address(ptrName, c.ip)));
        break;
    case PtrCheck::Status::Confirmed:
        out.append(make("ptr.ok", Severity::Ok, tr("%1 has forward-confirmed reverse DNS.").arg(ip), evidence));
        break;
    }
    return out;
}

} // namespace Auth
