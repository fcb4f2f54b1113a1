// SPDX-License-Identifier: GPL-3.0-or-later
#include "DmarcChecker.h"

#include <QCoreApplication>

#include "auth/common/DomainCheckQueries.h"
#include "auth/common/DomainName.h"
#include "auth/common/PublicSuffix.h"

namespace Auth {

namespace {

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
    d.fromDomain = normalizedDomain(fromDomain);
    d.orgDomain = m_psl.registrableDomain(d.fromDomain);
    // One batch for both rule sets: the RFC 9989 tree walk (at most 8 names, 4.10) starts with
    // the two names RFC 7489 asks (the author domain, then its PSL organizational domain, 6.6.3),
    // so those are asked once. The org domain is always among the walk's names (its last 7
    // labels); it is appended only should a list ever name a longer one.
    const QStringList walkNames = DmarcTreeWalk::targets(d.fromDomain);
    QList<DnsQuestion> questions;
    for (const QString &name : walkNames)
        questions.append({QStringLiteral("_dmarc.") + name, Dns::RrType::TXT});
    const bool hasParent = !d.orgDomain.isEmpty() && d.orgDomain != d.fromDomain;
    qsizetype orgIndex = walkNames.indexOf(d.orgDomain);
    if (hasParent && orgIndex < 0) {
        orgIndex = questions.size();
        questions.append({QStringLiteral("_dmarc.") + d.orgDomain, Dns::RrType::TXT});
    }
    const QList<Dns::Answer> answers = m_queries.all(questions);
    discoverRfc9989(d, answers.mid(0, walkNames.size()));
    // RFC 7489 asks only the author domain and the organizational domain, never names between.
    const bool done = answers.isEmpty() || takeAnswer(d, answers.at(0), d.fromDomain, m_psl) || !hasParent;
    if (!done && takeAnswer(d, answers.at(orgIndex), d.orgDomain, m_psl) && d.status == DmarcDiscovery::Status::Found) {
        d.inherited = true;
        d.useSubdomainPolicy = true;
    }
    d.rfcDifferences = rfcDifferences(d);
    return d;
}

QHash<QString, DmarcTreeWalkResult> DmarcChecker::organizationalDomains(const QStringList &domains) const
{
    // Every walk's names in one batch (RFC 9989 4.10.2 may need a walk per identifier); names
    // shared by several walks (the parents) are asked once.
    QStringList starts;
    QStringList names;
    for (const QString &domain : domains) {
        const QString d = normalizedDomain(domain);
        if (d.isEmpty() || starts.contains(d))
            continue;
        starts.append(d);
        for (const QString &n : DmarcTreeWalk::targets(d)) {
            if (!names.contains(n))
                names.append(n);
        }
    }
    QList<DnsQuestion> questions;
    for (const QString &n : std::as_const(names))
        questions.append({QStringLiteral("_dmarc.") + n, Dns::RrType::TXT});
    const QList<Dns::Answer> answers = m_queries.all(questions);
    QHash<QString, DmarcTreeWalkResult> out;
    for (const QString &start : std::as_const(starts)) {
        QList<Dns::Answer> own;
        for (const QString &n : DmarcTreeWalk::targets(start))
            own.append(answers.value(names.indexOf(n)));
        DmarcTreeWalkResult walk = DmarcTreeWalk::fromAnswers(start, own);
        walk.queries = int(own.size());
        out.insert(start, walk);
    }
    return out;
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

} // namespace Auth
