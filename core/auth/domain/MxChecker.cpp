// SPDX-License-Identifier: GPL-3.0-or-later
#include "MxChecker.h"

#include <algorithm>

#include "auth/common/DomainCheckQueries.h"
#include "auth/common/DomainName.h"

namespace Auth {

namespace {

QList<QHostAddress> addressesOf(const Dns::Answer &answer)
{
    QList<QHostAddress> list;
    for (const Dns::Record &r : answer.records)
        list.append(r.address);
    return list;
}

bool isIpLiteral(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return !QHostAddress(h).isNull();
}

bool isNullMx(const Dns::Record &r)
{
    return r.preference == 0 && (r.target.isEmpty() || r.target == QLatin1String("."));
}

Finding make(const char *id, Severity severity, const QString &message, const QString &evidence,
             const QString &fix = {}, const QList<std::optional<Dns::ZoneRecord>> &records = {})
{
    Finding f{QString::fromLatin1(id), severity, message, evidence, fix};
    for (const std::optional<Dns::ZoneRecord> &r : records) {
        if (!r) // one part could not be built exactly: offer none rather than half a fix
            return Finding{f.id, f.severity, f.message, f.evidence, f.fix};
        f.records.append(*r);
    }
    return f;
}

void addHostFindings(const MxCheck &c, const MxHost &h, const QString &evidence, Findings &out)
{
    if (h.ipLiteral) {
        out.append(make("mx.target-ip-literal", Severity::Error,
                        MxChecker::tr("The MX of %1 names the address %2 instead of a host name; "
                                      "senders look it up as a name and fail (RFC 5321 5.1).").arg(c.domain, h.host),
                        evidence,
                        MxChecker::tr("Give the mail server a name (mail.%1 here, or any name you choose) and point the MX at it:").arg(c.domain),
                        {Dns::ZoneRecord::mx(c.domain, h.preference, QStringLiteral("mail.") + c.domain),
                         Dns::ZoneRecord::address(QStringLiteral("mail.") + c.domain, QHostAddress(h.host))}));
        return;
    }
    if (!h.cnameTarget.isEmpty()) {
        out.append(make("mx.target-cname", Severity::Warning,
                        MxChecker::tr("The MX target %1 is an alias (CNAME) of %2; RFC 2181 10.3 forbids this "
                                      "and some senders refuse it.").arg(h.host, h.cnameTarget),
                        DomainCheckQueries::evidence(h.a),
                        MxChecker::tr("Point the MX at the alias's target instead (and remove the MX naming %1):").arg(h.host),
                        {Dns::ZoneRecord::mx(c.domain, h.preference, h.cnameTarget)}));
    }
    if (h.unknown) {
        out.append(make("mx.dns-error", Severity::Unknown,
                        MxChecker::tr("The addresses of the MX target %1 could not be looked up: the DNS did not answer.").arg(h.host),
                        DomainCheckQueries::evidence(h.a) + QStringLiteral("; ") + DomainCheckQueries::evidence(h.aaaa),
                        MxChecker::tr("Retry later.")));
    } else if (h.unresolvable) {
        out.append(make("mx.target-unresolvable", Severity::Error,
                        MxChecker::tr("The MX target %1 has no address (no A, no AAAA): mail to %2 cannot be delivered there.")
                            .arg(h.host, c.domain),
                        DomainCheckQueries::evidence(h.a) + QStringLiteral("; ") + DomainCheckQueries::evidence(h.aaaa),
                        MxChecker::tr("Publish an A (and AAAA) record for %1, or point the MX at a host that has one.").arg(h.host)));
    }
}

void addNoMxFindings(const MxCheck &c, const QString &evidence, Findings &out)
{
    // The mail server's name cannot be guessed, so the MX itself is described, not given; a
    // domain that receives nothing gets the exact null MX (RFC 7505 3).
    const QString fix = MxChecker::tr("If %1 receives mail, publish an MX record naming your mail server's host (it needs "
                                      "an A or AAAA record). If it receives none, publish a null MX so senders stop trying:").arg(c.domain);
    if (c.status == MxCheck::Status::Implicit) {
        out.append(make("mx.none", Severity::Warning,
                        MxChecker::tr("%1 has no MX record; senders fall back to its own address (RFC 5321 5.1), "
                                      "which is often not a mail server.").arg(c.domain),
                        evidence,
                        MxChecker::tr("If %1 receives mail, publish an MX record naming your mail server's host (it needs "
                                      "an A or AAAA record).").arg(c.domain)));
    } else if (c.status == MxCheck::Status::NoMail) {
        out.append(make("mx.none", Severity::Error,
                        MxChecker::tr("%1 has no MX record and no address: mail to it cannot be delivered.").arg(c.domain),
                        evidence, fix, {Dns::ZoneRecord::mx(c.domain, 0, QStringLiteral("."))}));
    } else {
        out.append(make("mx.none", Severity::Error,
                        MxChecker::tr("The domain %1 does not exist (NXDOMAIN).").arg(c.domain), evidence,
                        MxChecker::tr("Check the spelling of the domain.")));
    }
}

} // namespace

MxChecker::MxChecker(const DomainCheckQueries &queries) : m_queries(queries) {}

MxCheck MxChecker::check(const QString &domain) const
{
    MxCheck c;
    c.domain = normalizedDomain(domain);
    const QList<Dns::Answer> answers = m_queries.all({{c.domain, Dns::RrType::MX},
                                                      {c.domain, Dns::RrType::A},
                                                      {c.domain, Dns::RrType::AAAA}});
    c.mx = answers.at(0);
    c.a = answers.at(1);
    c.aaaa = answers.at(2);
    if (c.mx.isUnknown())
        return c; // Status::Unknown
    if (c.mx.outcome == Dns::Outcome::NxDomain) {
        c.status = MxCheck::Status::NxDomain;
        return c;
    }
    for (const Dns::Record &r : c.mx.records) {
        if (isNullMx(r))
            c.status = MxCheck::Status::NullMx;
        else
            c.hosts.append(MxHost{r.preference, normalizedDomain(r.target), isIpLiteral(r.target), {}, {}, false, false, {}, {}});
    }
    if (c.status == MxCheck::Status::NullMx) {
        c.nullMixed = !c.hosts.isEmpty();
        return c;
    }
    if (c.hosts.isEmpty()) {
        c.implicitAddresses = addressesOf(c.a) + addressesOf(c.aaaa);
        const bool unknown = c.a.isUnknown() || c.aaaa.isUnknown();
        c.status = !c.implicitAddresses.isEmpty() ? MxCheck::Status::Implicit
            : unknown ? MxCheck::Status::Unknown : MxCheck::Status::NoMail;
        return c;
    }
    c.status = MxCheck::Status::Records;
    std::stable_sort(c.hosts.begin(), c.hosts.end(),
                     [](const MxHost &x, const MxHost &y) { return x.preference < y.preference; });
    resolveHosts(c);
    return c;
}

void MxChecker::resolveHosts(MxCheck &c) const
{
    QList<DnsQuestion> questions;
    for (const MxHost &h : std::as_const(c.hosts)) {
        if (!h.ipLiteral)
            questions << DnsQuestion{h.host, Dns::RrType::A} << DnsQuestion{h.host, Dns::RrType::AAAA};
    }
    const QList<Dns::Answer> answers = m_queries.all(questions);
    int i = 0;
    for (MxHost &h : c.hosts) {
        if (h.ipLiteral)
            continue;
        h.a = answers.at(i++);
        h.aaaa = answers.at(i++);
        h.addresses = addressesOf(h.a) + addressesOf(h.aaaa);
        const QList<QString> &chain = h.a.cnameChain.isEmpty() ? h.aaaa.cnameChain : h.a.cnameChain;
        if (!chain.isEmpty())
            h.cnameTarget = chain.last();
        h.unknown = h.addresses.isEmpty() && (h.a.isUnknown() || h.aaaa.isUnknown());
        h.unresolvable = h.addresses.isEmpty() && !h.unknown;
    }
}

Findings MxChecker::findings(const MxCheck &c)
{
    Findings out;
    const QString evidence = DomainCheckQueries::evidence(c.mx);
    switch (c.status) {
    case MxCheck::Status::Unknown:
        out.append(make("mx.dns-error", Severity::Unknown,
                        tr("The MX records of %1 could not be looked up: the DNS did not answer. "
                           "This is not evidence that they are missing.").arg(c.domain),
                        evidence + QStringLiteral("; ") + DomainCheckQueries::evidence(c.a), tr("Retry later.")));
        break;
    case MxCheck::Status::NullMx:
        out.append(make("mx.null", c.nullMixed ? Severity::Error : Severity::Info,
                        c.nullMixed ? tr("%1 publishes a null MX (\"accepts no mail\", RFC 7505) next to other MX "
                                         "records, which RFC 7505 3 forbids.").arg(c.domain)
                                    : tr("%1 publishes a null MX: it accepts no mail at all (RFC 7505).").arg(c.domain),
                        evidence,
                        c.nullMixed ? tr("Remove either the \"MX 0 .\" record or the other MX records.") : QString()));
        break;
    case MxCheck::Status::Implicit:
    case MxCheck::Status::NoMail:
    case MxCheck::Status::NxDomain:
        addNoMxFindings(c, evidence + QStringLiteral("; ") + DomainCheckQueries::evidence(c.a), out);
        break;
    case MxCheck::Status::Records: {
        const int before = out.size();
        for (const MxHost &h : c.hosts)
            addHostFindings(c, h, evidence, out);
        if (out.size() == before)
            out.append(make("mx.ok", Severity::Ok,
                            c.hosts.size() == 1 ? tr("%1 has one MX record, and it resolves.").arg(c.domain)
                                                : tr("%1 has %n MX records, all resolvable.", nullptr, int(c.hosts.size())).arg(c.domain),
                            evidence));
        break;
    }
    }
    return out;
}

} // namespace Auth
