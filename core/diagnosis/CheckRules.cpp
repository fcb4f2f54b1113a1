// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckRules.h"

#include <algorithm>

#include <QHostAddress>

#include "DkimRules.h"
#include "DmarcReadings.h"
#include "DnsFixes.h"
#include "RuleHelpers.h"
#include "SenderInfrastructure.h"
#include "TypoDomains.h"
#include "auth/dmarc/DmarcEvaluator.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"

namespace Diagnosis {

using H = RuleHelpers;

namespace {

const QString kSpf = QStringLiteral("cause.spf-not-authorized");
const QString kSpfBroken = QStringLiteral("cause.spf-broken");
const QString kDkim = QStringLiteral("cause.dkim-missing-or-failing");
const QString kDmarc = QStringLiteral("cause.dmarc-policy-reject");
const QString kPtr = QStringLiteral("cause.no-ptr");
const QString kDnsbl = QStringLiteral("cause.blocklisted");
const QString kNoMail = QStringLiteral("cause.recipient-domain-no-mail");
const QString kTypo = QStringLiteral("cause.recipient-domain-typo");
const QString kBackscatter = QStringLiteral("cause.backscatter");

void spfFailed(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, CauseSet &causes,
               const Evidence &e)
{
    const Auth::SpfCheckResult &s = *checks.spf;
    const RemoteVerdict *remote = facts.remote(QStringLiteral("spf"));
    const double alone = CheckRules::authRelated(facts, causes) ? 0.6 : 0.2;
    Cause &c = causes.add(kSpf, H::confirmed(causes, kSpf, remote, alone),
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "Today's SPF check for %1 at %2 gives %3."),
                               {checks.spfIp, s.domain, Auth::spfResultName(s.result)}));
    addEvidence(c, e);
    c.thenVsNow.append(H::compare("spf", remote, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 for %2"), {Auth::spfResultName(s.result), checks.spfIp}), true, false));
    // Never a Copy-ready record that authorizes an address nothing ties to the sender: it may be
    // a forger's or a provider's shared relay. Then the step asks the question instead.
    if (const std::optional<Evidence> tie = SenderInfrastructure::tie(facts, checks, psl)) {
        addEvidence(c, *tie);
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Authorize %1 in the SPF record of %2, keeping what is there:"), {checks.spfIp, s.domain}),
                             DnsFixes::mergedSpfRecord(s.domain, s.record, checks.spfIp)});
    } else {
        const bool v6 = checks.spfIp.contains(QLatin1Char(':'));
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Nothing in the bounce shows that %1 is one of your servers. If it is (ask your mail provider), add \"%2:%1\" to the SPF record of %3, or the include: your provider documents; if it is not, the message was forged and nothing needs to change."),
                                  {checks.spfIp, v6 ? QStringLiteral("ip6") : QStringLiteral("ip4"), s.domain}),
                             std::nullopt});
    }
}

} // namespace

bool CheckRules::authRelated(const BounceFacts &facts, const CauseSet &causes)
{
    for (const QString &id : {kSpf, kSpfBroken, kDkim, kDmarc, kPtr})
        if (causes.contains(id))
            return true;
    for (const RemoteVerdict &v : facts.remoteSaw)
        if (v.failed() && v.check != QLatin1String("dnsbl"))
            return true;
    for (const RecipientFacts &r : facts.recipients)
        if (r.status.startsWith(QLatin1String("5.7.")) || r.status.startsWith(QLatin1String("4.7.")))
            return true;
    return false;
}

void CheckRules::applySpf(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, CauseSet &causes)
{
    if (!checks.spf)
        return;
    const Auth::SpfCheckResult &s = *checks.spf;
    const RemoteVerdict *remote = facts.remote(QStringLiteral("spf"));
    const QString result = Auth::spfResultName(s.result);
    const Evidence e = H::checkEvidence(QStringLiteral("TXT ") + s.domain, checks.dnsServer, result, s.record,
                                     Text(QT_TRANSLATE_NOOP("Diagnosis", "SPF check_host(%1, %2) = %3 (%4)."),
                                          {checks.spfIp, s.domain, result, s.problem.isEmpty() ? s.matchedTerm : s.problem}));
    switch (s.result) {
    case Auth::SpfResult::Fail: case Auth::SpfResult::SoftFail: case Auth::SpfResult::Neutral: case Auth::SpfResult::None:
        spfFailed(facts, checks, psl, causes, e);
        break;
    case Auth::SpfResult::PermError: {
        // RFC 7208 2.6.7: a permerror is the domain's own error; receivers treat it as a failure.
        Cause &c = causes.add(kSpfBroken, authRelated(facts, causes) ? 0.85 : 0.4,
                              Text(QT_TRANSLATE_NOOP("Diagnosis", "The SPF record of %1 is broken today: %2."), {s.domain, s.problem}));
        addEvidence(c, e);
        c.thenVsNow.append(H::compare("spf", remote, Text::verbatim(result), true, false));
        causes.scale(kSpf, 0.7, Text(QT_TRANSLATE_NOOP("Diagnosis", "The SPF record is broken rather than missing the IP.")));
        break;
    }
    case Auth::SpfResult::TempError:
        causes.scale(kSpf, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "The DNS did not answer the SPF lookups: unknown, not proof.")));
        if (Cause *c = causes.find(kSpf)) {
            addEvidence(*c, e);
            c->thenVsNow.append(H::compare("spf", remote, Text::verbatim(result), false, true));
        }
        break;
    case Auth::SpfResult::Pass:
        if (Cause *c = causes.find(kSpf)) {
            causes.set(kSpf, std::min(c->confidence, 0.25),
                       Text(QT_TRANSLATE_NOOP("Diagnosis", "SPF passes today for %1 at %2."), {checks.spfIp, s.domain}));
            addEvidence(*c, e);
            c->thenVsNow.append(H::compare("spf", remote, Text::verbatim(result), false, false));
        }
        break;
    }
}

namespace {

// Whether today's DNS has a usable key at <selector>._domainkey.<domain> (so delegating to it
// is an exact record, not a guess).
bool mailerKeyKnown(const LiveCheckResults &checks, const QString &domain, const QString &selector)
{
    const QString query = selector + QStringLiteral("._domainkey.") + domain;
    for (const Auth::DkimVerification &v : checks.dkim)
        if (v.keyQuery.compare(query, Qt::CaseInsensitive) == 0 && v.key && !v.key->revoked)
            return true;
    if (checks.dkimKeys)
        for (const Auth::DkimKeyCheck &k : checks.dkimKeys->keys)
            if (k.query.compare(query, Qt::CaseInsensitive) == 0 && k.key && !k.key->revoked)
                return true;
    return false;
}

// The records that make a bulk mailer's messages align with From (RFC 7489 3.1): DKIM signed
// for the From domain through a delegated key, and a Return-Path under the From domain.
void addAlignmentRecords(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, Cause &c)
{
    for (qsizetype i = 0; i < facts.dkimDomains.size() && i < facts.dkimSelectors.size(); ++i) {
        const QString &signer = facts.dkimDomains.at(i);
        const QString &selector = facts.dkimSelectors.at(i);
        if (DmarcReadings::alignedWithFrom(facts, checks, signer, psl) || !mailerKeyKnown(checks, signer, selector))
            continue;
        if (const auto record = DnsFixes::dkimDelegation(facts.fromDomain, selector, signer)) {
            c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Ask %1 to sign your mail with d=%2. Services that support it have you delegate their key with a CNAME like this one (use the exact name and target their settings page shows):"),
                                      {signer, facts.fromDomain}),
                                 record});
            break;
        }
    }
    const QString mailFrom = facts.spfDomain();
    if (!mailFrom.isEmpty() && !DmarcReadings::alignedWithFrom(facts, checks, mailFrom, psl)) {
        if (const auto record = DnsFixes::returnPathDelegation(facts.fromDomain, mailFrom)) {
            c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Or set a custom Return-Path (bounce domain) under %1 in the mailer's settings; most services have you point it at theirs, e.g.:"),
                                      {facts.fromDomain}),
                                 record});
        }
    }
}

// One rule set's evaluation of the message and the record it rests on.
struct DmarcReading
{
    const Auth::DmarcEvaluation *evaluation = nullptr;
    QString policyDomain;
    Auth::DmarcPolicy policy = Auth::DmarcPolicy::Unset; // what the record's tag asks for
    const Dns::Answer *answer = nullptr;                 // the record's DNS answer, for evidence
};

int strictness(Auth::DmarcPolicy p)
{
    return p == Auth::DmarcPolicy::Reject ? 2 : p == Auth::DmarcPolicy::Quarantine ? 1 : 0;
}

// RFC 7489's reading first, then RFC 9989's (LiveChecks evaluated both).
QList<DmarcReading> dmarcReadings(const LiveCheckResults &checks)
{
    QList<DmarcReading> out;
    const Auth::DmarcDiscovery &d = checks.sender->dmarc;
    if (checks.dmarc && d.status == Auth::DmarcDiscovery::Status::Found)
        out.append({&*checks.dmarc, d.policyDomain, d.appliedPolicy(), d.answers.isEmpty() ? nullptr : &d.answers.last()});
    const Auth::DmarcBisDiscovery &b = d.rfc9989;
    if (checks.dmarcRfc9989.evaluation) {
        const Auth::DmarcWalkStep *step = b.walk.step(b.policyDomain);
        out.append({&*checks.dmarcRfc9989.evaluation, b.policyDomain, b.appliedPolicy, step ? &step->answer : nullptr});
    }
    return out;
}

// The failing reading with the strictest disposition (RFC 7489's on a tie): the one that explains
// a refusal. With `enforcedOnly`, p=none (nothing to apply) does not count.
const DmarcReading *strictestFailing(const QList<DmarcReading> &list, bool enforcedOnly)
{
    const DmarcReading *best = nullptr;
    for (const DmarcReading &r : list) {
        const int level = strictness(r.evaluation->disposition);
        if (r.evaluation->result != Auth::DmarcResult::Fail || (enforcedOnly && level == 0))
            continue;
        if (!best || level > strictness(best->evaluation->disposition))
            best = &r;
    }
    return best;
}

// "Receivers following RFC 9989 ... ; receivers still on RFC 7489 ...", when the rule sets differ.
void addDifference(Cause &c, const LiveCheckResults &checks)
{
    const Text sentence = DmarcReadings::differenceSentence(checks);
    if (sentence.isEmpty())
        return;
    // Its own evidence: the records it rests on are the policy evidence's and the walks' (JSON).
    Evidence e;
    e.source = Evidence::Source::Dns;
    e.server = checks.dnsServer;
    e.text = sentence;
    addEvidence(c, e);
}

// RFC 7489 finds no record for From. Says so unless RFC 9989 finds one, and proposes the
// starter record unless RFC 9989 finds the domain's own (at a parent, for a private suffix).
// True when there is nothing more to evaluate.
bool noRfc7489Record(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, CauseSet &causes)
{
    const bool rfc9989Applies = checks.dmarcRfc9989.evaluation.has_value();
    if (!rfc9989Applies)
        causes.scale(kDmarc, 0.5, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 publishes no DMARC record today."), {facts.fromDomain}));
    // A Public Suffix Domain's policy (RFC 9989 psd=y) is not the domain's own record, and
    // RFC 7489 readers do not see it: the starter record is still worth publishing.
    const bool ownRecord = rfc9989Applies
        && checks.sender->dmarc.rfc9989.source != Auth::DmarcBisDiscovery::Source::PublicSuffixDomain;
    if (!ownRecord && CheckRules::authRelated(facts, causes) && !facts.fromDomain.isEmpty()) {
        const QString top = causes.contains(kSpf) ? kSpf : (causes.contains(kDkim) ? kDkim : QString());
        if (Cause *c = top.isEmpty() ? nullptr : causes.find(top))
            c->fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Publish a DMARC record, monitoring first (Gmail and Yahoo require one from bulk senders):")),
                                  DnsFixes::starterDmarcRecord(DmarcReadings::recordDomain(facts, checks, psl))});
    }
    return !rfc9989Applies;
}

// Neither rule set fails the message with a policy to apply. A pass is claimed only when no
// reading fails (the other may have no record); else the failing one's p=none says why.
void notRejecting(const LiveCheckResults &checks, const QList<DmarcReading> &readings, const RemoteVerdict *remote,
                  const QString &both, CauseSet &causes)
{
    const DmarcReading *weak = strictestFailing(readings, false);
    const DmarcReading *shown = weak ? weak : (readings.isEmpty() ? nullptr : &readings.first());
    const bool anyPass = std::any_of(readings.cbegin(), readings.cend(),
                                     [](const DmarcReading &r) { return r.evaluation->result == Auth::DmarcResult::Pass; });
    if (anyPass && !weak) {
        if (Cause *c = causes.find(kDmarc)) {
            causes.set(kDmarc, std::min(c->confidence, 0.25), Text(QT_TRANSLATE_NOOP("Diagnosis", "This message would pass DMARC with today's DNS.")));
            const QString now = both.isEmpty() ? QStringLiteral("pass (p=") + Auth::dmarcPolicyName(shown->policy) + QLatin1Char(')') : both;
            c->thenVsNow.append(RuleHelpers::compare("dmarc", remote, Text::verbatim(now), false, false));
            addDifference(*c, checks);
        }
    } else if (shown) {
        causes.scale(kDmarc, 0.5, Text(QT_TRANSLATE_NOOP("Diagnosis", "Today's DMARC policy of %1 is p=%2: it would not reject."),
                                       {shown->policyDomain, Auth::dmarcPolicyName(shown->policy)}));
        if (Cause *c = causes.find(kDmarc))
            addDifference(*c, checks);
    }
}

} // namespace

void CheckRules::applyDmarc(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                            CauseSet &causes)
{
    if (!checks.sender)
        return;
    const Auth::DmarcDiscovery &d = checks.sender->dmarc;
    const RemoteVerdict *remote = facts.remote(QStringLiteral("dmarc"));
    const Dns::Answer *answer = d.answers.isEmpty() ? nullptr : &d.answers.last();
    if (d.status == Auth::DmarcDiscovery::Status::TempError) {
        causes.scale(kDmarc, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "The DNS did not answer the DMARC lookup: unknown, not proof.")));
        if (Cause *c = causes.find(kDmarc); c && answer) {
            addEvidence(*c, H::dnsEvidence(*answer, Text(QT_TRANSLATE_NOOP("Diagnosis", "DMARC lookup failed."))));
            c->thenVsNow.append(H::compare("dmarc", remote, Text(QT_TRANSLATE_NOOP("Diagnosis", "unknown")), false, true));
        }
        return;
    }
    if (d.status != Auth::DmarcDiscovery::Status::Found && noRfc7489Record(facts, checks, psl, causes))
        return;
    const QList<DmarcReading> readings = dmarcReadings(checks);
    const DmarcReading *failing = strictestFailing(readings, true);
    const QString both = DmarcReadings::bothResults(checks);
    if (!failing) {
        notRejecting(checks, readings, remote, both, causes);
        return;
    }
    // Without a hint of authentication trouble in the message (e.g. a local "domain not found"),
    // a DMARC failure computed without SPF or DKIM results would only be noise.
    if (!authRelated(facts, causes))
        return;
    const Auth::DmarcEvaluation &ev = *failing->evaluation;
    const QString policy = Auth::dmarcPolicyName(failing->policy);
    const QString now = both.isEmpty() ? Auth::dmarcResultName(ev.result) + QStringLiteral(" (p=") + policy + QLatin1Char(')') : both;
    Cause &c = causes.add(kDmarc, H::confirmed(causes, kDmarc, remote, 0.7),
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "With today's DNS this message fails DMARC and %1 asks receivers to %2 it."),
                               {failing->policyDomain, Auth::dmarcPolicyName(ev.disposition)}));
    if (failing->answer)
        addEvidence(c, H::dnsEvidence(*failing->answer, Text(QT_TRANSLATE_NOOP("Diagnosis", "DMARC policy of %1: p=%2."), {failing->policyDomain, policy})));
    addDifference(c, checks);
    for (const QString &dkimDomain : facts.dkimDomains) {
        if (!DmarcReadings::alignedWithFrom(facts, checks, dkimDomain, psl)) {
            Evidence e = facts.fromEvidence;
            e.field = QStringLiteral("DKIM-Signature");
            e.value = QStringLiteral("d=") + dkimDomain;
            e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM signature's d=%1 does not align with the From domain %2 (%3)."),
                          {dkimDomain, facts.fromDomain, DmarcReadings::alignmentRule(facts, checks, dkimDomain, "RFC 7489 3.1.1")});
            addEvidence(c, e);
        }
    }
    if (!ev.spfAligned && !facts.spfDomain().isEmpty() && !DmarcReadings::alignedWithFrom(facts, checks, facts.spfDomain(), psl)) {
        Evidence e = facts.fromEvidence;
        e.field = QStringLiteral("Return-Path");
        e.value = facts.spfDomain();
        e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The SPF domain %1 does not align with the From domain %2 (%3)."),
                      {facts.spfDomain(), facts.fromDomain, DmarcReadings::alignmentRule(facts, checks, facts.spfDomain(), "RFC 7489 3.1.2")});
        addEvidence(c, e);
    }
    c.thenVsNow.append(H::compare("dmarc", remote, Text::verbatim(now), true, false));
    c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Make DKIM sign with d=%1 (or a subdomain), or send with a Return-Path in %1 whose SPF authorizes the sending IP; either aligned pass satisfies DMARC (RFC 7489 4.2)."),
                              {facts.fromDomain}), std::nullopt});
    addAlignmentRecords(facts, checks, psl, c);
}

void CheckRules::applyPtr(const BounceFacts &facts, const LiveCheckResults &checks, CauseSet &causes)
{
    if (!checks.ptr)
        return;
    const Auth::PtrCheck &p = *checks.ptr;
    const RemoteVerdict *remote = facts.remote(QStringLiteral("ptr"));
    const QString ip = p.ip.toString();
    const Evidence e = H::dnsEvidence(p.ptr, Text(QT_TRANSLATE_NOOP("Diagnosis", "Reverse DNS of %1."), {ip}));
    if (p.status == Auth::PtrCheck::Status::Unknown) {
        causes.scale(kPtr, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "The DNS did not answer the PTR lookup: unknown, not proof.")));
        if (Cause *c = causes.find(kPtr)) {
            addEvidence(*c, e);
            c->thenVsNow.append(H::compare("ptr", remote, Text(QT_TRANSLATE_NOOP("Diagnosis", "unknown")), false, true));
        }
        return;
    }
    if (p.status == Auth::PtrCheck::Status::Confirmed) {
        if (Cause *c = causes.find(kPtr)) {
            causes.set(kPtr, std::min(c->confidence, 0.2), Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 has a forward-confirmed PTR today."), {ip}));
            addEvidence(*c, e);
            c->thenVsNow.append(H::compare("ptr", remote, Text::verbatim(QStringLiteral("pass")), false, false));
        }
        return;
    }
    const bool none = p.status == Auth::PtrCheck::Status::None;
    const double alone = authRelated(facts, causes) || LiveChecks::talksOfBlocking(facts) ? 0.3 : 0.15;
    Cause &c = causes.add(kPtr, H::confirmed(causes, kPtr, remote, alone),
                          none ? Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 has no PTR record today."), {ip})
                               : Text(QT_TRANSLATE_NOOP("Diagnosis", "The PTR name of %1 does not resolve back to it (no FCrDNS)."), {ip}));
    addEvidence(c, e);
    c.thenVsNow.append(H::compare("ptr", remote, none ? Text(QT_TRANSLATE_NOOP("Diagnosis", "no PTR"))
                                                          : Text(QT_TRANSLATE_NOOP("Diagnosis", "PTR not forward-confirmed")), true, false));
    // The PTR is exact only with a name the sending host really uses (its HELO/rDNS in the
    // Received chain): a guessed "mail.<domain>" may not exist and would not forward-confirm.
    const QString host = Dns::ZoneRecord::validName(facts.sendingHost);
    // Exact only when that name points at the IP today, or has no address yet: never a fix
    // that moves a name another server answers to.
    bool hostPointsElsewhere = !checks.sendingHostAddress || checks.sendingHostAddress->isUnknown();
    if (checks.sendingHostAddress && checks.sendingHostAddress->outcome == Dns::Outcome::Answer) {
        hostPointsElsewhere = true;
        for (const Dns::Record &r : checks.sendingHostAddress->records)
            hostPointsElsewhere &= r.address != QHostAddress(ip);
    }
    if (!host.isEmpty() && host.contains(QLatin1Char('.')) && QHostAddress(host).isNull() && !hostPointsElsewhere) {
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Ask the owner of %1 (your hosting provider or ISP) to publish this PTR, and make %2 resolve to %1:"), {ip, host}),
                             DnsFixes::ptrRequest(ip, host)});
    } else {
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Ask the owner of %1 (your hosting provider or ISP) for a PTR record naming your mail server's host name (the name it gives in HELO), and make that name resolve to %1."), {ip}),
                             std::nullopt});
    }
}

void CheckRules::applyDnsbl(const BounceFacts &facts, const LiveCheckResults &checks, CauseSet &causes)
{
    if (checks.dnsbl.isEmpty())
        return;
    const RemoteVerdict *remote = facts.remote(QStringLiteral("dnsbl"));
    QList<const Auth::DnsblResult *> listed;
    bool anyUnknown = false;
    for (const Auth::DnsblResult &r : checks.dnsbl) {
        if (r.state == Auth::DnsblResult::State::Listed)
            listed.append(&r);
        anyUnknown |= r.state == Auth::DnsblResult::State::Unknown || r.state == Auth::DnsblResult::State::Refused;
    }
    if (listed.isEmpty()) {
        if (anyUnknown)
            causes.scale(kDnsbl, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "Some blocklists did not answer: unknown, not proof.")));
        else
            causes.scale(kDnsbl, 0.5, Text(QT_TRANSLATE_NOOP("Diagnosis", "The sending IP is on none of the lists asked today.")));
        if (Cause *c = causes.find(kDnsbl))
            c->thenVsNow.append(H::compare("dnsbl", remote, anyUnknown ? Text(QT_TRANSLATE_NOOP("Diagnosis", "unknown")) : Text(QT_TRANSLATE_NOOP("Diagnosis", "not listed")), false, anyUnknown));
        return;
    }
    Cause &c = causes.add(kDnsbl, H::confirmed(causes, kDnsbl, remote, 0.5),
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is listed today on %2."), {listed.first()->subject, listed.first()->zone.zone}));
    for (const Auth::DnsblResult *r : listed) {
        addEvidence(c, H::dnsEvidence(r->answer, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 lists %2: %3 %4"),
                                                   {r->zone.zone, r->subject, r->meanings.join(QStringLiteral(", ")), r->reason})));
        c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Find why %1 was listed (compromised account, open relay, infected host), fix it, then request removal from %2."),
                                  {r->subject, r->zone.zone}), std::nullopt});
    }
    c.thenVsNow.append(H::compare("dnsbl", remote, Text(QT_TRANSLATE_NOOP("Diagnosis", "listed on %1"), {listed.first()->zone.zone}), true, false));
}

namespace {

bool mxSaysNoMail(const Auth::MxCheck &mx)
{
    using S = Auth::MxCheck::Status;
    return mx.status == S::NxDomain || mx.status == S::NullMx || mx.status == S::NoMail;
}

void addTypo(const RecipientFacts &r, const QString &intended, double confidence, const Text &why, CauseSet &causes,
             const Evidence *mxEvidence)
{
    Cause &c = causes.add(kTypo, confidence, why);
    if (!r.address.isEmpty() && !c.recipients.contains(r.address))
        c.recipients.append(r.address);
    Evidence e = r.source;
    const int edits = TypoDomains::distance(r.domain, intended);
    if (edits == 1)
        e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The recipient %1 is at %2, one typing slip from %3."), {r.address, r.domain, intended});
    else
        e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The recipient %1 is at %2, %3 edits from %4."),
                      {r.address, r.domain, QString::number(edits), intended});
    addEvidence(c, e);
    if (mxEvidence)
        addEvidence(c, *mxEvidence);
    const QString corrected = r.address.section(QLatin1Char('@'), 0, -2) + QLatin1Char('@') + intended;
    c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Check the address with the recipient and resend to %1 if that is what was meant."), {corrected}), std::nullopt});
}

double backscatterScore(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                        QList<Text> &hints)
{
    double score = 0;
    const QString org = psl.organizationalDomain(facts.fromDomain);
    // The decisive sign needs today's DNS: the From domain's own SPF refuses the sending IP.
    if (checks.spf && (checks.spf->result == Auth::SpfResult::Fail || checks.spf->result == Auth::SpfResult::SoftFail)
        && checks.spf->domain == facts.fromDomain) {
        score += 1.0;
        hints.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "The SPF record of %1 does not authorize the IP %2 that sent it."), {facts.fromDomain, facts.sendingIp}));
    }
    // A Message-ID from neither the From domain nor any host the message passed through: a
    // sending infrastructure that is not yours (an ESP's own Message-ID shows in its Received hops).
    bool idSeen = false;
    const QString idOrg = psl.organizationalDomain(facts.messageIdDomain);
    for (const QString &h : facts.receivedHosts)
        idSeen |= psl.organizationalDomain(h) == idOrg;
    if (!facts.messageIdDomain.isEmpty() && idOrg != org && !idSeen) {
        score += 0.75;
        hints.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "The Message-ID domain %1 is neither the From domain %2 nor a host in the Received chain."), {facts.messageIdDomain, facts.fromDomain}));
    }
    bool ownSignature = false;
    for (const QString &d : facts.dkimDomains)
        ownSignature |= DmarcReadings::alignedWithFrom(facts, checks, d, psl);
    if (!ownSignature) {
        score += 0.5;
        hints.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "No DKIM signature of %1."), {facts.fromDomain}));
    }
    bool ownHop = false;
    for (const QString &h : facts.receivedHosts)
        ownHop |= psl.organizationalDomain(h) == org;
    if (!facts.receivedHosts.isEmpty() && !ownHop) {
        score += 0.5;
        hints.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "No Received hop of the returned message names a host of %1."), {org}));
    }
    return score;
}

} // namespace

void CheckRules::applyRecipientDomain(const BounceFacts &facts, const LiveCheckResults &checks, CauseSet &causes)
{
    const RecipientFacts *r = facts.primary();
    if (!r || r->domain.isEmpty())
        return;
    const QString intended = TypoDomains::suggest(r->domain);
    if (!checks.recipientMx) {
        if (!intended.isEmpty())
            addTypo(*r, intended, 0.6, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is one slip away from %2 (its MX was not checked)."), {r->domain, intended}), causes, nullptr);
        return;
    }
    const Auth::MxCheck &mx = *checks.recipientMx;
    const Evidence e = H::dnsEvidence(mx.mx, Text(QT_TRANSLATE_NOOP("Diagnosis", "MX of %1: %2."), {r->domain, Dns::outcomeName(mx.mx.outcome)}));
    if (mx.status == Auth::MxCheck::Status::Unknown) {
        causes.scale(kNoMail, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "The DNS did not answer the MX lookup: unknown, not proof.")));
        if (!intended.isEmpty())
            addTypo(*r, intended, 0.5, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is one slip away from %2; whether it receives mail is unknown (DNS failure)."), {r->domain, intended}), causes, &e);
        return;
    }
    if (mxSaysNoMail(mx)) {
        // RFC 7505 (null MX), RFC 5321 5.1 (no MX and no address): nothing can be delivered there.
        Cause &c = causes.add(kNoMail, causes.contains(kNoMail) ? 0.92 : 0.85,
                              Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 receives no mail today (%2)."), {r->domain, Dns::outcomeName(mx.mx.outcome)}));
        addEvidence(c, e);
        if (!intended.isEmpty())
            addTypo(*r, intended, 0.95, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is one slip away from %2 and receives no mail."), {r->domain, intended}), causes, &e);
        return;
    }
    if (Cause *c = causes.find(kNoMail)) {
        causes.set(kNoMail, std::min(c->confidence, 0.3), Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 has mail servers today."), {r->domain}));
        addEvidence(*c, e);
    }
    if (!intended.isEmpty())
        addTypo(*r, intended, 0.35, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is close to %2 but has its own mail servers (a real domain, or a typo-squatter)."), {r->domain, intended}), causes, &e);
}

void CheckRules::applyBackscatter(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                                  CauseSet &causes)
{
    // Backscatter: a bounce of a forged message (RFC 3834 5, RFC 5321 6.1 on bounce targets).
    if (!facts.originalPresent || facts.fromDomain.isEmpty() || facts.isLine)
        return;
    QList<Text> hints;
    const double score = backscatterScore(facts, checks, psl, hints);
    if (score < 2.0)
        return;
    const double confidence = std::min(0.95, 0.6 + 0.15 * (score - 2.0) * 2);
    for (Cause &other : causes.causes()) {
        other.confidence *= 0.5;
        other.why.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "The bounce is likely for a message you did not send.")));
    }
    Cause &c = causes.add(kBackscatter, confidence, Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 signs that the returned message was forged in your name."), {QString::number(hints.size())}));
    for (const Text &s : hints) {
        Evidence e = facts.fromEvidence;
        e.text = s;
        c.evidence.append(e);
    }
}

void CheckRules::apply(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                       CauseSet &causes)
{
    applyRecipientDomain(facts, checks, causes);
    applySpf(facts, checks, psl, causes);
    DkimRules::apply(facts, checks, psl, causes);
    applyDmarc(facts, checks, psl, causes);
    applyPtr(facts, checks, causes);
    applyDnsbl(facts, checks, causes);
    applyBackscatter(facts, checks, psl, causes);
}

} // namespace Diagnosis
