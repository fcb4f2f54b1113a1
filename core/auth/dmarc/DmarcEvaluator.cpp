// SPDX-License-Identifier: GPL-3.0-or-later
#include "DmarcEvaluator.h"

#include "auth/common/DomainName.h"
#include "auth/common/PublicSuffix.h"

namespace Auth {

namespace {

// RFC 7489 6.3 (pct): a message outside the sample gets the next lower policy.
DmarcPolicy nextLower(DmarcPolicy policy)
{
    return policy == DmarcPolicy::Reject ? DmarcPolicy::Quarantine : DmarcPolicy::None;
}

int strictness(DmarcPolicy policy)
{
    return policy == DmarcPolicy::Reject ? 2 : policy == DmarcPolicy::Quarantine ? 1 : 0;
}

} // namespace

QString dmarcResultName(DmarcResult result)
{
    switch (result) {
    case DmarcResult::Pass: return QStringLiteral("pass");
    case DmarcResult::Fail: return QStringLiteral("fail");
    case DmarcResult::None: return QStringLiteral("none");
    case DmarcResult::TempError: return QStringLiteral("temperror");
    }
    return QStringLiteral("none");
}

bool DmarcEvaluator::aligned(const QString &fromDomain, const QString &authDomain, bool strict,
                             const PublicSuffix &psl)
{
    const QString from = normalizedDomain(fromDomain);
    const QString auth = normalizedDomain(authDomain);
    if (from.isEmpty() || auth.isEmpty())
        return false;
    if (from == auth)
        return true;
    // Relaxed: organizational domains equal. A public suffix has no organizational domain above
    // it, so only an identical name aligns with it (registrableDomain() is empty then).
    const QString orgFrom = psl.registrableDomain(from);
    return !strict && !orgFrom.isEmpty() && orgFrom == psl.registrableDomain(auth);
}

DmarcEvaluation DmarcEvaluator::evaluate(const DmarcEvaluationInput &in, const PublicSuffix &psl)
{
    DmarcEvaluation ev;
    if (!in.record.usable())
        return ev; // no record or 6.6.3 step 6 "no DMARC processing": result none
    const DmarcRecord &r = in.record;
    // Only "pass" counts (RFC 7489 4.2); a temperror of SPF is not a pass.
    ev.spfAligned = in.spf.result.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0
        && aligned(in.fromDomain, in.spf.domain, r.strictSpf, psl);
    for (const DmarcAuthResult &sig : in.dkim) {
        if (sig.result.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0
            && aligned(in.fromDomain, sig.domain, r.strictDkim, psl))
            ev.dkimAligned = true;
    }
    if (ev.spfAligned || ev.dkimAligned) {
        ev.result = DmarcResult::Pass;
        return ev;
    }
    ev.result = DmarcResult::Fail;
    const DmarcPolicy policy = in.useSubdomainPolicy ? r.subdomainPolicy : r.policy;
    const bool sampled = r.pct >= 100 || (r.pct > 0 && in.sampled);
    ev.disposition = sampled ? policy : nextLower(policy);
    return ev;
}

DmarcAlignment DmarcEvaluator::alignedRfc9989(const QString &fromDomain, const QString &authDomain, bool strict,
                                              const DmarcOrgDomains &orgs)
{
    const QString from = normalizedDomain(fromDomain);
    const QString auth = normalizedDomain(authDomain);
    if (from.isEmpty() || auth.isEmpty())
        return DmarcAlignment::NotAligned;
    if (from == auth)
        return DmarcAlignment::Aligned; // 4.10.2: identical names need no walk
    if (strict)
        return DmarcAlignment::NotAligned;
    const QString orgFrom = orgs.value(from);
    const QString orgAuth = orgs.value(auth);
    if (orgFrom.isEmpty() || orgAuth.isEmpty())
        return DmarcAlignment::Unknown;
    return orgFrom == orgAuth ? DmarcAlignment::Aligned : DmarcAlignment::NotAligned;
}

DmarcEvaluation DmarcEvaluator::evaluateRfc9989(const DmarcEvaluationInput &in, const DmarcOrgDomains &orgs)
{
    DmarcEvaluation ev;
    const DmarcRecord &r = in.record;
    if (!r.usableRfc9989())
        return ev; // 4.10.1: no record, or no valid p and no valid rua: no DMARC processing
    bool unknown = false;
    const auto passesAligned = [&](const DmarcAuthResult &id, bool strict) {
        if (id.result.compare(QLatin1String("pass"), Qt::CaseInsensitive) != 0)
            return false; // 5.3.5: only a pass can align
        const DmarcAlignment a = alignedRfc9989(in.fromDomain, id.domain, strict, orgs);
        unknown = unknown || a == DmarcAlignment::Unknown;
        return a == DmarcAlignment::Aligned;
    };
    ev.spfAligned = passesAligned(in.spf, r.strictSpf);
    for (const DmarcAuthResult &sig : in.dkim)
        ev.dkimAligned = passesAligned(sig, r.strictDkim) || ev.dkimAligned;
    if (ev.spfAligned || ev.dkimAligned) {
        ev.result = DmarcResult::Pass;
        return ev;
    }
    if (unknown) {
        ev.result = DmarcResult::TempError; // 5.3.6: neither pass nor fail, no policy applied
        return ev;
    }
    ev.result = DmarcResult::Fail;
    const DmarcPolicy policy = r.rfc9989Policy(in.useSubdomainPolicy, in.authorNonexistent);
    ev.disposition = r.testing ? nextLower(policy) : policy; // t=y: reject -> quarantine -> none
    return ev;
}

DmarcEvaluation DmarcEvaluator::evaluateAll(const QList<DmarcEvaluationInput> &inputs, const PublicSuffix &psl)
{
    DmarcEvaluation combined;
    bool anyPass = false;
    for (const DmarcEvaluationInput &in : inputs) {
        const DmarcEvaluation ev = evaluate(in, psl);
        if (ev.result == DmarcResult::Fail) {
            if (combined.result != DmarcResult::Fail || strictness(ev.disposition) > strictness(combined.disposition))
                combined.disposition = ev.disposition;
            combined.result = DmarcResult::Fail;
        }
        anyPass = anyPass || ev.result == DmarcResult::Pass;
        combined.spfAligned = combined.spfAligned || ev.spfAligned;
        combined.dkimAligned = combined.dkimAligned || ev.dkimAligned;
    }
    if (combined.result != DmarcResult::Fail && anyPass)
        combined.result = DmarcResult::Pass;
    return combined;
}

} // namespace Auth
