// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 9989 (DMARCbis) policy discovery (4.10.1) and where it differs from RFC 7489.
#include "DmarcChecker.h"

#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"

namespace Auth {

namespace {

using Bis = DmarcBisDiscovery;

// 4.7 (t): "if the policy is quarantine and t=y, none is applied; reject and t=y, quarantine".
DmarcPolicy lowerForTesting(DmarcPolicy policy)
{
    return policy == DmarcPolicy::Reject ? DmarcPolicy::Quarantine : policy == DmarcPolicy::Quarantine ? DmarcPolicy::None : policy;
}

// 3.2.13 and Appendix A.4: a name exists unless the DNS says NXDOMAIN (RFC 8020: then nothing
// below it exists either). A, AAAA and MX are asked; an answer or NODATA to any means it exists.
Bis::Existence existence(const QList<Dns::Answer> &answers)
{
    bool allNx = !answers.isEmpty();
    for (const Dns::Answer &a : answers) {
        if (a.outcome == Dns::Outcome::Answer || a.outcome == Dns::Outcome::NoData)
            return Bis::Existence::Exists;
        allNx = allNx && a.outcome == Dns::Outcome::NxDomain;
    }
    return allNx ? Bis::Existence::NonExistent : Bis::Existence::Unknown;
}

// The step whose record applies when the author domain has none (4.10.1): the Organizational
// Domain's, else the PSD's (a record with psd=y), else none.
const DmarcWalkStep *parentRecord(const DmarcTreeWalkResult &walk, Bis::Source *source)
{
    const DmarcWalkStep *org = walk.step(walk.organizationalDomain);
    if (org && org->hasRecord() && org->domain != walk.start) {
        *source = Bis::Source::OrganizationalDomain;
        return org;
    }
    for (const DmarcWalkStep &s : walk.steps) {
        if (s.domain != walk.start && s.psd() == QLatin1String("y")) {
            *source = Bis::Source::PublicSuffixDomain;
            return &s;
        }
    }
    return nullptr;
}

bool noDmarc(DmarcDiscovery::Status s)
{
    return s == DmarcDiscovery::Status::None || s == DmarcDiscovery::Status::Multiple;
}

// The policy an RFC 7489 reader applies to failing mail, pct aside: none without processing.
DmarcPolicy policy7489(const DmarcDiscovery &d)
{
    return d.status == DmarcDiscovery::Status::Found && d.record.usable() ? d.appliedPolicy() : DmarcPolicy::Unset;
}

} // namespace

QString dmarcBisSourceName(DmarcBisDiscovery::Source source)
{
    switch (source) {
    case Bis::Source::Author: return QStringLiteral("author");
    case Bis::Source::OrganizationalDomain: return QStringLiteral("organizational-domain");
    case Bis::Source::PublicSuffixDomain: return QStringLiteral("psd");
    case Bis::Source::None: break;
    }
    return QStringLiteral("none");
}

QString dmarcExistenceName(DmarcBisDiscovery::Existence e)
{
    switch (e) {
    case Bis::Existence::Exists: return QStringLiteral("exists");
    case Bis::Existence::NonExistent: return QStringLiteral("nonexistent");
    case Bis::Existence::Unknown: return QStringLiteral("unknown");
    case Bis::Existence::NotChecked: break;
    }
    return QStringLiteral("not-checked");
}

void DmarcChecker::discoverRfc9989(DmarcDiscovery &d, const QList<Dns::Answer> &walkAnswers) const
{
    Bis &b = d.rfc9989;
    b.walk = DmarcTreeWalk::fromAnswers(d.fromDomain, walkAnswers);
    b.orgDomain = b.walk.organizationalDomain;
    b.orgRule = b.walk.orgRule;
    for (const DmarcWalkStep &s : std::as_const(b.walk.steps)) {
        if (s.records.size() > 1)
            b.multipleAt.append(QStringLiteral("_dmarc.") + s.domain);
    }
    // 4.10.1: the author domain's own record first; else, after the walk, the Organizational
    // Domain's, else the Public Suffix Domain's.
    const DmarcWalkStep *step = nullptr;
    if (!b.walk.steps.isEmpty() && b.walk.steps.first().hasRecord()) {
        step = &b.walk.steps.first();
        b.source = Bis::Source::Author;
    } else if (b.walk.tempError) {
        b.status = Bis::Status::TempError; // a record there could apply: unknown, not "none"
        return;
    } else {
        step = parentRecord(b.walk, &b.source);
    }
    if (!step) {
        b.status = Bis::Status::None;
        return;
    }
    b.status = Bis::Status::Found;
    b.policyDomain = step->domain;
    b.recordAt = QStringLiteral("_dmarc.") + step->domain;
    b.recordText = step->records.first();
    b.record = DmarcRecord::parse(b.recordText, step->domain, &m_psl);
    const bool subdomain = b.source != Bis::Source::Author;
    // np decides only for a subdomain whose record has a valid np=: only then ask whether it exists.
    if (subdomain && b.record.nonexistentPolicy != DmarcPolicy::Unset
        && b.record.rfc9989Processing == DmarcProcessing::Normal) {
        b.existenceAnswers = m_queries.all({{d.fromDomain, Dns::RrType::A},
                                            {d.fromDomain, Dns::RrType::AAAA},
                                            {d.fromDomain, Dns::RrType::MX}});
        b.authorExistence = existence(b.existenceAnswers);
    }
    const bool nonexistent = b.authorExistence == Bis::Existence::NonExistent;
    b.appliedPolicy = b.record.rfc9989Policy(subdomain, nonexistent);
    b.policyTag = b.record.rfc9989PolicyTag(subdomain, nonexistent);
    b.effectivePolicy = b.record.testing ? lowerForTesting(b.appliedPolicy) : b.appliedPolicy;
}

QStringList DmarcChecker::rfcDifferences(const DmarcDiscovery &d)
{
    const Bis &b = d.rfc9989;
    QStringList out;
    if (b.status == Bis::Status::TempError || d.status == DmarcDiscovery::Status::TempError)
        return out; // an unknown is not a difference; the findings say which side could not tell
    const bool found7489 = d.status == DmarcDiscovery::Status::Found;
    const bool foundBis = b.status == Bis::Status::Found;
    if (found7489 != foundBis && !(noDmarc(d.status) && !foundBis))
        out.append(QStringLiteral("status"));
    if (found7489 && foundBis && d.recordAt != b.recordAt)
        out.append(QStringLiteral("record"));
    const DmarcPolicy bisPolicy = foundBis ? b.appliedPolicy : DmarcPolicy::Unset;
    if ((found7489 || foundBis) && policy7489(d) != bisPolicy)
        out.append(QStringLiteral("applied_policy"));
    const QString org7489 = d.orgDomain.isEmpty() ? d.fromDomain : d.orgDomain;
    if (!b.orgDomain.isEmpty() && org7489 != b.orgDomain)
        out.append(QStringLiteral("org_domain"));
    if (foundBis && b.record.testing && b.effectivePolicy != b.appliedPolicy)
        out.append(QStringLiteral("testing"));
    if (found7489 && d.record.usable() && d.record.pct < 100 && d.appliedPolicy() != DmarcPolicy::None)
        out.append(QStringLiteral("pct"));
    return out;
}

} // namespace Auth
