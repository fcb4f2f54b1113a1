// SPDX-License-Identifier: GPL-3.0-or-later
#include "DmarcChecker.h"

#include <QCoreApplication>

#include "DomainCheckQueries.h"
#include "PublicSuffix.h"

namespace Auth {

namespace {

QString normalise(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

QStringList dmarcTexts(const Dns::Answer &answer)
{
    QStringList texts;
    for (const QString &t : DomainCheckQueries::txtTexts(answer)) {
        if (DmarcRecord::looksLikeDmarc(t)) // 6.6.3 step 2: other TXT records are discarded
            texts.append(t);
    }
    return texts;
}

// Applies one _dmarc answer; returns true when discovery ends here.
bool takeAnswer(DmarcDiscovery &d, const Dns::Answer &answer, const QString &domain, const PublicSuffix &psl)
{
    d.answers.append(answer);
    if (answer.isUnknown()) {
        d.status = DmarcDiscovery::Status::TempError;
        return true;
    }
    const QStringList texts = dmarcTexts(answer);
    if (texts.isEmpty())
        return false;
    d.recordAt = answer.name;
    d.policyDomain = domain;
    d.records = texts;
    if (texts.size() > 1) {
        d.status = DmarcDiscovery::Status::Multiple; // 6.6.3 step 5: terminate, no fallback
        return true;
    }
    d.status = DmarcDiscovery::Status::Found;
    d.record = DmarcRecord::parse(texts.first(), domain, &psl);
    return true;
}

Finding make(const QString &id, Severity severity, const QString &message, const QString &evidence,
             const QString &fix = {}, const std::optional<Dns::ZoneRecord> &record = std::nullopt)
{
    Finding f{id, severity, message, evidence, fix};
    if (record)
        f.records.append(*record);
    return f;
}

QString recordEvidence(const DmarcDiscovery &d)
{
    QStringList quoted;
    for (const QString &r : d.records)
        quoted.append(QLatin1Char('"') + r + QLatin1Char('"'));
    return QStringLiteral("TXT ") + d.recordAt + QStringLiteral(": ") + quoted.join(QStringLiteral(", "));
}

void addRecordFindings(const DmarcDiscovery &d, Findings &out)
{
    const DmarcRecord &r = d.record;
    const QString evidence = recordEvidence(d);
    if (!r.errors.isEmpty()) {
        const bool broken = r.processing != DmarcProcessing::Normal;
        out.append(make(QStringLiteral("dmarc.syntax"), broken ? Severity::Error : Severity::Warning,
                        DmarcChecker::tr("The DMARC record has errors (%1); receivers ignore the broken parts.")
                            .arg(r.errors.join(QStringLiteral(", "))),
                        evidence,
                        DmarcChecker::tr("Replace it with one valid record; this one keeps the policy that could be read "
                                         "(create the mailbox dmarc-reports@%1 or put your report address in rua=):").arg(d.policyDomain),
                        DmarcChecker::starterRecord(d.policyDomain, r.policy)));
    }
    if (d.inherited) {
        out.append(make(QStringLiteral("dmarc.inherited"), Severity::Info,
                        DmarcChecker::tr("%1 has no DMARC record of its own; the record of the organizational domain %2 "
                           "applies (its sp= policy: %3).")
                            .arg(d.fromDomain, d.policyDomain, dmarcPolicyName(d.appliedPolicy())),
                        evidence));
    }
    if (r.usable() && d.appliedPolicy() == DmarcPolicy::None) {
        out.append(make(QStringLiteral("dmarc.policy-none"), Severity::Warning,
                        DmarcChecker::tr("The DMARC policy is \"none\": receivers only monitor, failing mail is not "
                           "rejected or quarantined, and some large receivers treat the domain as unprotected."),
                        evidence,
                        DmarcChecker::tr("After reading the aggregate reports, publish p=quarantine, then p=reject.")));
    } else if (r.usable() && r.errors.isEmpty()) {
        out.append(make(QStringLiteral("dmarc.ok"), Severity::Ok,
                        DmarcChecker::tr("DMARC policy \"%1\" is published.").arg(dmarcPolicyName(d.appliedPolicy())), evidence));
    }
}

void addAuthorizationFindings(const DmarcDiscovery &d, Findings &out)
{
    for (const DmarcReportAuthorization &a : d.reportAuthorizations) {
        const QString evidence = DomainCheckQueries::evidence(a.answer);
        if (a.state == DmarcReportAuthorization::State::Unauthorized) {
            out.append(make(QStringLiteral("dmarc.rua-unauthorized"), Severity::Warning,
                            DmarcChecker::tr("Reports for %1 go to %2, which does not authorize them; receivers drop "
                               "this destination (RFC 7489 7.1).").arg(d.policyDomain, a.destination),
                            evidence,
                            DmarcChecker::tr("The owner of %1 publishes this record to accept the reports (RFC 7489 7.1):").arg(a.destination),
                            Dns::ZoneRecord::txt(a.queryName, QStringLiteral("v=DMARC1"))));
        } else if (a.state == DmarcReportAuthorization::State::Unknown) {
            out.append(make(QStringLiteral("dmarc.dns-error"), Severity::Unknown,
                            DmarcChecker::tr("Could not check whether %1 accepts DMARC reports for %2: the DNS did not answer.")
                                .arg(a.destination, d.policyDomain),
                            evidence, DmarcChecker::tr("Retry later.")));
        }
    }
}

} // namespace

DmarcChecker::DmarcChecker(const DomainCheckQueries &queries, const PublicSuffix &psl)
    : m_queries(queries), m_psl(psl)
{
}

std::optional<Dns::ZoneRecord> DmarcChecker::starterRecord(const QString &domain, DmarcPolicy keep)
{
    const QString name = Dns::ZoneRecord::validName(domain);
    if (name.isEmpty() || name.contains(QLatin1Char('_')))
        return std::nullopt;
    const QString policy = keep == DmarcPolicy::Unset ? QStringLiteral("none") : dmarcPolicyName(keep);
    return Dns::ZoneRecord::txt(QStringLiteral("_dmarc.") + name,
                                QStringLiteral("v=DMARC1; p=%1; rua=mailto:dmarc-reports@%2").arg(policy, name));
}

DmarcDiscovery DmarcChecker::discover(const QString &fromDomain) const
{
    DmarcDiscovery d;
    d.fromDomain = normalise(fromDomain);
    d.orgDomain = m_psl.registrableDomain(d.fromDomain);
    // RFC 7489 asks only the author domain and the organizational domain, never names between.
    // The second is asked at once: it is needed whenever the first has no record.
    QList<DnsQuestion> questions{{QStringLiteral("_dmarc.") + d.fromDomain, Dns::RrType::TXT}};
    const bool hasParent = !d.orgDomain.isEmpty() && d.orgDomain != d.fromDomain;
    if (hasParent)
        questions.append({QStringLiteral("_dmarc.") + d.orgDomain, Dns::RrType::TXT});
    const QList<Dns::Answer> answers = m_queries.all(questions);
    if (takeAnswer(d, answers.at(0), d.fromDomain, m_psl) || !hasParent)
        return d;
    if (takeAnswer(d, answers.at(1), d.orgDomain, m_psl) && d.status == DmarcDiscovery::Status::Found) {
        d.inherited = true;
        d.useSubdomainPolicy = true;
    }
    return d;
}

void DmarcChecker::checkReportAuthorizations(DmarcDiscovery &d) const
{
    if (d.status != DmarcDiscovery::Status::Found || !d.record.usable())
        return;
    QList<DnsQuestion> questions;
    for (const QString &host : d.record.externalReportDomains(d.policyDomain, &m_psl)) {
        // 7.1: <domain the policy was retrieved for>._report._dmarc.<destination host>
        questions.append({d.policyDomain + QStringLiteral("._report._dmarc.") + host, Dns::RrType::TXT});
    }
    const QList<Dns::Answer> answers = m_queries.all(questions);
    for (int i = 0; i < answers.size(); ++i) {
        DmarcReportAuthorization a;
        a.queryName = questions.at(i).name;
        a.destination = a.queryName.mid(a.queryName.indexOf(QLatin1String("._report._dmarc.")) + 16);
        a.answer = answers.at(i);
        if (a.answer.isUnknown())
            a.state = DmarcReportAuthorization::State::Unknown;
        else
            a.state = dmarcTexts(a.answer).isEmpty() ? DmarcReportAuthorization::State::Unauthorized
                                                     : DmarcReportAuthorization::State::Authorized;
        d.reportAuthorizations.append(a);
    }
}

DmarcDiscovery DmarcChecker::check(const QString &fromDomain) const
{
    DmarcDiscovery d = discover(fromDomain);
    checkReportAuthorizations(d);
    return d;
}

Findings DmarcChecker::findings(const DmarcDiscovery &d)
{
    Findings out;
    const QString queried = [&d] {
        QStringList parts;
        for (const Dns::Answer &a : d.answers)
            parts.append(DomainCheckQueries::evidence(a));
        return parts.join(QStringLiteral("; "));
    }();
    switch (d.status) {
    case DmarcDiscovery::Status::TempError:
        out.append(make(QStringLiteral("dmarc.dns-error"), Severity::Unknown,
                        DmarcChecker::tr("The DMARC record of %1 could not be looked up: the DNS did not answer. "
                           "This is not evidence that the record is missing.").arg(d.fromDomain),
                        queried, DmarcChecker::tr("Retry later or ask another DNS server.")));
        break;
    case DmarcDiscovery::Status::None:
        out.append(make(QStringLiteral("dmarc.none"), Severity::Error,
                        DmarcChecker::tr("%1 publishes no DMARC record; large receivers require one from bulk senders "
                           "and anyone can send mail in its name unchecked.").arg(d.fromDomain),
                        queried,
                        DmarcChecker::tr("Publish a DMARC record, monitoring first (p=none), and read the aggregate reports "
                                         "(create the mailbox dmarc-reports@%1 or put your report address in rua=):")
                            .arg(d.orgDomain.isEmpty() ? d.fromDomain : d.orgDomain),
                        starterRecord(d.orgDomain.isEmpty() ? d.fromDomain : d.orgDomain)));
        break;
    case DmarcDiscovery::Status::Multiple:
        out.append(make(QStringLiteral("dmarc.multiple-records"), Severity::Error,
                        DmarcChecker::tr("%1 has %2 DMARC records; receivers then apply no DMARC at all (RFC 7489 6.6.3).")
                            .arg(d.recordAt).arg(d.records.size()),
                        recordEvidence(d), DmarcChecker::tr("Keep exactly one TXT record starting with v=DMARC1 at %1.").arg(d.recordAt)));
        break;
    case DmarcDiscovery::Status::Found:
        addRecordFindings(d, out);
        addAuthorizationFindings(d, out);
        break;
    }
    return out;
}

} // namespace Auth
