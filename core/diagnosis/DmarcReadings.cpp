// SPDX-License-Identifier: GPL-3.0-or-later
// DMARC by RFC 9989 (DMARCbis) next to RFC 7489 in the diagnosis. Section numbers of RFC 9989 are
// those of draft-ietf-dmarc-dmarcbis-41, the text that became it (see README "RFC 9989").
#include "DmarcReadings.h"

#include "BounceFacts.h"
#include "LiveChecks.h"
#include "auth/common/PublicSuffix.h"
#include "dns/DnsName.h"

namespace Diagnosis {

namespace {

using Auth::DmarcResult;

// The effective result of one reading: no evaluation is "none" (no record applies) unless the
// discovery could not tell.
DmarcResult resultOf(const std::optional<Auth::DmarcEvaluation> &e, bool tempError)
{
    return e ? e->result : tempError ? DmarcResult::TempError : DmarcResult::None;
}

QString aligned(const Auth::DmarcEvaluation &e)
{
    QStringList ids;
    if (e.spfAligned)
        ids.append(QStringLiteral("spf"));
    if (e.dkimAligned)
        ids.append(QStringLiteral("dkim"));
    return ids.join(QStringLiteral(", "));
}

// What an RFC 9989 receiver finds, as protocol tokens: "dmarc=fail, sp=reject, t=y: quarantine".
QString rfc9989Verdict(const LiveCheckResults &checks)
{
    const Auth::DmarcBisDiscovery &b = checks.sender->dmarc.rfc9989;
    const std::optional<Auth::DmarcEvaluation> &e = checks.dmarcRfc9989.evaluation;
    const DmarcResult r = resultOf(e, b.status == Auth::DmarcBisDiscovery::Status::TempError);
    QString out = QStringLiteral("dmarc=") + Auth::dmarcResultName(r);
    if (r == DmarcResult::Pass)
        out += QStringLiteral(", aligned: ") + aligned(*e);
    if (r == DmarcResult::Fail) {
        out += QStringLiteral(", ") + b.policyTag + QLatin1Char('=') + Auth::dmarcPolicyName(b.appliedPolicy);
        if (b.record.testing && e->disposition != b.appliedPolicy)
            out += QStringLiteral(", t=y: ") + Auth::dmarcPolicyName(e->disposition); // 4.7
    }
    return out;
}

// What an RFC 7489 receiver finds: "dmarc=fail, p=reject, pct=50".
QString rfc7489Verdict(const LiveCheckResults &checks)
{
    const Auth::DmarcDiscovery &d = checks.sender->dmarc;
    const DmarcResult r = resultOf(checks.dmarc, d.status == Auth::DmarcDiscovery::Status::TempError);
    QString out = QStringLiteral("dmarc=") + Auth::dmarcResultName(r);
    if (r == DmarcResult::Pass)
        out += QStringLiteral(", aligned: ") + aligned(*checks.dmarc);
    if (r == DmarcResult::Fail) {
        out += QStringLiteral(", ") + (d.useSubdomainPolicy ? QStringLiteral("sp=") : QStringLiteral("p="))
            + Auth::dmarcPolicyName(d.appliedPolicy());
        if (d.record.pct < 100)
            out += QStringLiteral(", pct=") + QString::number(d.record.pct); // 6.6.4 sampling
    }
    return out;
}

} // namespace

QStringList DmarcReadings::differences(const Auth::DmarcDiscovery &d, const std::optional<Auth::DmarcEvaluation> &rfc7489,
                                       const DmarcRfc9989Reading &rfc9989)
{
    const DmarcResult r7489 = resultOf(rfc7489, d.status == Auth::DmarcDiscovery::Status::TempError);
    const DmarcResult r9989 = resultOf(rfc9989.evaluation, d.rfc9989.status == Auth::DmarcBisDiscovery::Status::TempError);
    if (r7489 == DmarcResult::TempError || r9989 == DmarcResult::TempError)
        return {}; // an unknown is not a difference (as DmarcChecker::rfcDifferences)
    QStringList out;
    const bool anyFails = r7489 == DmarcResult::Fail || r9989 == DmarcResult::Fail;
    for (const QString &code : d.rfcDifferences) {
        // The policy a record asks for matters only to a message that fails.
        const bool policyOnly = code == QLatin1String("applied_policy") || code == QLatin1String("testing")
            || code == QLatin1String("pct");
        if (anyFails || !policyOnly)
            out.append(code);
    }
    bool orgDiffers = false;
    for (auto it = rfc9989.orgDomains.cbegin(); it != rfc9989.orgDomains.cend(); ++it) {
        const QString psl = rfc9989.pslOrgDomains.value(it.key());
        orgDiffers |= !it.value().isEmpty() && it.value() != (psl.isEmpty() ? it.key() : psl);
    }
    if (orgDiffers && !out.contains(QLatin1String("org_domain")))
        out.append(QStringLiteral("org_domain"));
    const Auth::DmarcEvaluation none;
    const Auth::DmarcEvaluation &a = rfc7489 ? *rfc7489 : none;
    const Auth::DmarcEvaluation &b = rfc9989.evaluation ? *rfc9989.evaluation : none;
    if (r7489 != r9989)
        out.append(QStringLiteral("result"));
    if (r7489 == DmarcResult::Fail && r9989 == DmarcResult::Fail && a.disposition != b.disposition)
        out.append(QStringLiteral("disposition"));
    if (a.spfAligned != b.spfAligned)
        out.append(QStringLiteral("spf_aligned"));
    if (a.dkimAligned != b.dkimAligned)
        out.append(QStringLiteral("dkim_aligned"));
    return out;
}

namespace {

// Whether the DNS tree walk answered for both names, so that RFC 9989 decides their alignment.
bool walkDecides(const BounceFacts &facts, const LiveCheckResults &checks, const QString &domain)
{
    const Auth::DmarcOrgDomains &orgs = checks.dmarcRfc9989.orgDomains;
    return !orgs.value(Dns::DnsName::normalize(facts.fromDomain)).isEmpty()
        && !orgs.value(Dns::DnsName::normalize(domain)).isEmpty();
}

} // namespace

QString DmarcReadings::alignmentRule(const BounceFacts &facts, const LiveCheckResults &checks, const QString &domain,
                                     const char *rfc7489Section)
{
    return walkDecides(facts, checks, domain) ? QStringLiteral("RFC 9989 4.10.2") : QString::fromLatin1(rfc7489Section);
}

bool DmarcReadings::alignedWithFrom(const BounceFacts &facts, const LiveCheckResults &checks, const QString &domain,
                                    const Auth::PublicSuffix &psl)
{
    if (facts.fromDomain.isEmpty())
        return false;
    const Auth::DmarcOrgDomains &orgs = checks.dmarcRfc9989.orgDomains;
    const QString from = Dns::DnsName::normalize(facts.fromDomain);
    const QString other = Dns::DnsName::normalize(domain);
    if (walkDecides(facts, checks, domain))
        return Auth::DmarcEvaluator::alignedRfc9989(from, other, false, orgs) == Auth::DmarcAlignment::Aligned;
    return Auth::DmarcEvaluator::aligned(facts.fromDomain, domain, false, psl);
}

QString DmarcReadings::recordDomain(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl)
{
    if (checks.sender && Dns::DnsName::normalize(checks.sender->dmarc.fromDomain) == Dns::DnsName::normalize(facts.fromDomain)) {
        const Auth::DmarcBisDiscovery &b = checks.sender->dmarc.rfc9989;
        const bool decided = b.orgRule == Auth::DmarcOrgRule::PsdN || b.orgRule == Auth::DmarcOrgRule::BelowPsdY
            || b.orgRule == Auth::DmarcOrgRule::FewestLabels;
        if (decided && !b.orgDomain.isEmpty())
            return b.orgDomain;
    }
    return psl.organizationalDomain(facts.fromDomain);
}

Text DmarcReadings::differenceSentence(const LiveCheckResults &checks)
{
    if (!checks.sender || !checks.dmarcRfc9989.differs())
        return Text();
    const Auth::DmarcDiscovery &d = checks.sender->dmarc;
    const QString org9989 = checks.dmarcRfc9989.orgDomains.value(d.fromDomain);
    const QString org7489 = d.orgDomain.isEmpty() ? d.fromDomain : d.orgDomain;
    const QString verdict9989 = rfc9989Verdict(checks);
    const QString verdict7489 = rfc7489Verdict(checks);
    if (verdict9989 == verdict7489)
        return Text(); // e.g. only an identifier's org domain differs: both readings decide alike
    return Text(QT_TRANSLATE_NOOP("Diagnosis", "Receivers following RFC 9989 (organizational domain %1 by the DNS tree walk) find %2; receivers still on RFC 7489 (organizational domain %3 by the Public Suffix List) find %4."),
                {org9989.isEmpty() ? QStringLiteral("?") : org9989, verdict9989, org7489, verdict7489});
}

QString DmarcReadings::bothResults(const LiveCheckResults &checks)
{
    const QStringList &diff = checks.dmarcRfc9989.differences;
    if (!checks.sender || !(diff.contains(QLatin1String("result")) || diff.contains(QLatin1String("disposition"))))
        return QString();
    return QStringLiteral("RFC 9989: ") + rfc9989Verdict(checks) + QStringLiteral("; RFC 7489: ") + rfc7489Verdict(checks);
}

} // namespace Diagnosis
