// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsistencyPass.h"

#include <algorithm>

#include <QJsonObject>

#include "DmarcReadings.h"
#include "DnsFixes.h"
#include "auth/common/PublicSuffix.h"
#include "auth/spf/SpfRecord.h"

namespace Diagnosis {

namespace {

const QString kBackscatter = QStringLiteral("cause.backscatter");
const QString kFixedSince = QStringLiteral("cause.fixed-since");
const QString kUnknown = QStringLiteral("cause.unknown");

// Below this a cause is not named as the answer (Diagnoser's threshold for cause.unknown).
constexpr double kNamedThreshold = 0.3;

void rank(QList<Cause> &causes)
{
    std::stable_sort(causes.begin(), causes.end(), [](const Cause &a, const Cause &b) { return a.confidence > b.confidence; });
}

// What protects a domain from forgeries today: SPF ending in -all, DMARC p=reject or
// p=quarantine (RFC 7208 8.4, RFC 7489 6.3). Receivers that honour them refuse a forgery during
// the SMTP dialogue instead of accepting it and bouncing it to the forged sender.
void forgeryFixes(Cause &c, const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl)
{
    c.fix.clear();
    c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Do not resend and do not change your SPF for the address in this bounce: it is the forger's, not yours.")),
                         std::nullopt});
    const bool spfStrict = [&] {
        // The From domain's published record: from check_host when it was asked for that domain,
        // else from the sender check's SPF lint.
        QString record = checks.spf && checks.spf->domain == facts.fromDomain ? checks.spf->record : QString();
        if (record.isEmpty() && checks.sender) {
            if (const Auth::SectionResult *spf = checks.sender->section(Auth::CheckSection::Spf))
                record = spf->json.toObject().value(QLatin1String("record")).toString();
        }
        const Auth::SpfRecord r = Auth::SpfRecord::parse(record);
        for (const Auth::SpfTerm &t : r.terms)
            if (t.kind == Auth::SpfTerm::Kind::All)
                return t.qualifier == QLatin1Char('-');
        return false;
    }();
    const Auth::DmarcDiscovery *dmarc = checks.sender ? &checks.sender->dmarc : nullptr;
    const bool dmarcFound = dmarc && dmarc->status == Auth::DmarcDiscovery::Status::Found;
    const Auth::DmarcPolicy policy = dmarcFound ? dmarc->appliedPolicy() : Auth::DmarcPolicy::Unset;
    const bool dmarcEnforced = policy == Auth::DmarcPolicy::Reject || policy == Auth::DmarcPolicy::Quarantine;
    // Where the check engine found the two RFCs apart (DmarcDiscovery::rfcDifferences), the tag
    // that lets forgeries through although p asks for quarantine or reject: under RFC 7489
    // (6.6.4) a pct below 100 leaves the unselected rest one level lower, which for
    // p=quarantine is none; under RFC 9989 (4.7) t=y lowers the policy one level, which for
    // p=quarantine is none. Receivers follow either RFC today, so both must enforce.
    const QString partialTag = [&]() -> QString {
        if (!dmarcEnforced)
            return {};
        if (dmarc->rfcDifferences.contains(QLatin1String("pct")) && policy == Auth::DmarcPolicy::Quarantine)
            return QStringLiteral("pct=%1").arg(dmarc->record.pct);
        const Auth::DmarcPolicy bis = dmarc->rfc9989.effectivePolicy;
        if (dmarc->rfcDifferences.contains(QLatin1String("testing")) && bis != Auth::DmarcPolicy::Reject
            && bis != Auth::DmarcPolicy::Quarantine)
            return QStringLiteral("t=y");
        return {};
    }();
    if (!partialTag.isEmpty()) {
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "The DMARC record of %1 asks for p=%2, but its %3 lets receivers deliver part of the forgeries anyway (RFC 7489 6.6.4 for pct, RFC 9989 4.7 for t=y). Remove %3 once the aggregate reports show that all your real mail passes."),
                                  {dmarc->policyDomain, Auth::dmarcPolicyName(policy), partialTag}),
                             std::nullopt});
    }
    if (spfStrict && dmarcEnforced && partialTag.isEmpty()) {
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 already publishes SPF with -all and DMARC p=%2: there is nothing to change in DNS. Receivers that honour them refuse such forgeries; the few that accept first and bounce later send these notices."),
                                  {facts.fromDomain, Auth::dmarcPolicyName(policy)}),
                             std::nullopt});
    } else {
        // Not over a record RFC 9989 readers find at a parent (a private suffix's, such as
        // blogspot.com's); a Public Suffix Domain's policy is not the domain's own.
        const bool parentRecord = dmarc && dmarc->rfc9989.status == Auth::DmarcBisDiscovery::Status::Found
            && dmarc->rfc9989.source != Auth::DmarcBisDiscovery::Source::PublicSuffixDomain;
        if (!dmarcFound && dmarc && dmarc->status == Auth::DmarcDiscovery::Status::None && !parentRecord) {
            c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Publish a DMARC record, monitoring first; once its reports show that all your real mail passes, raise it to p=reject so receivers refuse forgeries:")),
                                 DnsFixes::starterDmarcRecord(DmarcReadings::recordDomain(facts, checks, psl))});
        } else if (dmarcFound && !dmarcEnforced) {
            c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Raise the DMARC policy of %1 from p=%2 to p=quarantine, then p=reject, once its aggregate reports show that all your real mail passes."),
                                      {dmarc->policyDomain, Auth::dmarcPolicyName(policy)}),
                                 std::nullopt});
        }
        if (!spfStrict)
            c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "End the SPF record of %1 with -all once it lists every server that sends your mail (RFC 7208 8.4)."), {facts.fromDomain}),
                                 std::nullopt});
    }
    c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Filter such bounces: a notice about a message that does not carry your own DKIM signature was not sent by you.")),
                         std::nullopt});
}

void setAsideForgerCauses(QList<Cause> &causes, Cause &forgery)
{
    int removed = 0;
    for (qsizetype i = causes.size() - 1; i >= 0; --i) {
        if (ConsistencyPass::aboutSendingServer(causes.at(i).id)) {
            causes.removeAt(i);
            ++removed;
        }
    }
    if (removed > 0)
        forgery.why.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 findings about the forger's server (its SPF, reverse DNS, blocklistings, signature) were set aside: they are not yours to fix."),
                                {QString::number(removed)}));
}

void applyBackscatter(QList<Cause> &causes, const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl)
{
    if (causes.isEmpty() || causes.first().id != kBackscatter)
        return;
    Cause forgery = causes.takeFirst();
    setAsideForgerCauses(causes, forgery);
    forgery.whoActs = WhoActs::Nobody;
    forgery.retryHelps = false;
    forgeryFixes(forgery, facts, checks, psl);
    causes.prepend(forgery);
}

// The failures the remote reported that today's DNS no longer shows.
QList<const ThenVsNow *> fixedRows(const QList<Cause> &causes)
{
    QList<const ThenVsNow *> out;
    for (const Cause &c : causes)
        for (const ThenVsNow &t : c.thenVsNow)
            if (t.state == ThenVsNow::State::FixedSince)
                out.append(&t);
    return out;
}

bool stillBrokenNamed(const QList<Cause> &causes)
{
    for (const Cause &c : causes) {
        if (c.id == kUnknown || c.confidence < kNamedThreshold)
            continue;
        for (const ThenVsNow &t : c.thenVsNow)
            if (t.state == ThenVsNow::State::StillBroken)
                return true;
        if (c.thenVsNow.isEmpty())
            return true; // a cause named from the message alone (user unknown, too large, ...)
    }
    return false;
}

void applyFixedSince(QList<Cause> &causes)
{
    const QList<const ThenVsNow *> rows = fixedRows(causes);
    if (rows.isEmpty() || stillBrokenNamed(causes))
        return;
    Cause fixed;
    fixed.id = kFixedSince;
    fixed.whoActs = WhoActs::Sender;
    fixed.retryHelps = true;
    fixed.confidence = 0.7;
    fixed.why.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "The receiving server reported a failure that today's DNS no longer shows.")));
    for (const ThenVsNow *t : rows) {
        fixed.thenVsNow.append(*t);
        Evidence e;
        e.source = Evidence::Source::Dns;
        e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "%1: the receiving server saw \"%2\"; today: %3."), std::vector<Text>{Text::verbatim(t->check.toUpper()), t->then, t->now});
        fixed.evidence.append(e);
    }
    fixed.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Resend the message: the record that failed then is right today. If it bounces again the same way, the receiver may still cache the old record (wait for its TTL) or check from another place.")),
                             std::nullopt});
    // "Could not be determined" is not the answer when the failure was seen and is gone.
    causes.erase(std::remove_if(causes.begin(), causes.end(), [](const Cause &c) { return c.id == kUnknown; }), causes.end());
    causes.prepend(fixed);
}

} // namespace

bool ConsistencyPass::aboutSendingServer(const QString &causeId)
{
    return causeId == QLatin1String("cause.spf-not-authorized") || causeId == QLatin1String("cause.no-ptr")
        || causeId == QLatin1String("cause.blocklisted") || causeId == QLatin1String("cause.dkim-missing-or-failing")
        || causeId == QLatin1String("cause.dmarc-policy-reject") || causeId == QLatin1String("cause.reputation-or-rate-limit");
}

void ConsistencyPass::apply(QList<Cause> &ranked, const BounceFacts &facts, const LiveCheckResults &checks,
                            const Auth::PublicSuffix &psl)
{
    rank(ranked);
    applyBackscatter(ranked, facts, checks, psl);
    if (ranked.isEmpty() || ranked.first().id != kBackscatter)
        applyFixedSince(ranked);
}

} // namespace Diagnosis
