// SPDX-License-Identifier: GPL-3.0-or-later
// The findings of a DMARC discovery. The verdict follows RFC 9989 (DMARCbis) when its discovery
// completed, else RFC 7489; every verdict finding says which and what RFC 7489 readers conclude.
#include "DmarcChecker.h"

#include "auth/common/DomainCheckQueries.h"

namespace Auth {

namespace {

using Bis = DmarcBisDiscovery;

// The discovery one rule set concluded, in the shape the findings are written from.
struct Verdict
{
    DmarcDiscovery::Status status = DmarcDiscovery::Status::None;
    QString recordAt;
    QString policyDomain;
    QStringList records;
    DmarcRecord record;
    bool inherited = false;
    QString policyTag = QStringLiteral("sp"); // the tag an inherited policy came from
    bool fromPsd = false;
    bool nonexistent = false;
    DmarcPolicy applied = DmarcPolicy::Unset;
    QStringList errors;
    bool broken = false;  // no valid p (or sp/np): p=none or no processing
    bool usable = false;
    QString queried;      // evidence: the _dmarc answers
    QString rules;        // "Rules: ..." sentence appended to the verdict findings
};

QString answersEvidence(const QList<Dns::Answer> &answers)
{
    QStringList parts;
    for (const Dns::Answer &a : answers)
        parts.append(DomainCheckQueries::evidence(a));
    return parts.join(QStringLiteral("; "));
}

QString summary7489(const DmarcDiscovery &d)
{
    switch (d.status) {
    case DmarcDiscovery::Status::Found:
        if (!d.record.usable())
            return DmarcChecker::tr("the record at %1 is unusable, so no DMARC").arg(d.recordAt);
        if (d.record.pct < 100 && d.appliedPolicy() != DmarcPolicy::None)
            return DmarcChecker::tr("policy \"%1\" from %2 for %3 % of failing mail").arg(dmarcPolicyName(d.appliedPolicy()), d.recordAt).arg(d.record.pct);
        return DmarcChecker::tr("policy \"%1\" from %2").arg(dmarcPolicyName(d.appliedPolicy()), d.recordAt);
    case DmarcDiscovery::Status::None: return DmarcChecker::tr("no DMARC record applies");
    case DmarcDiscovery::Status::Multiple: return DmarcChecker::tr("%1 has several DMARC records, so no DMARC").arg(d.recordAt);
    case DmarcDiscovery::Status::TempError: return DmarcChecker::tr("unknown, the DNS did not answer");
    }
    return {};
}

QString rulesSentence(const DmarcDiscovery &d, bool bisVerdict)
{
    if (!bisVerdict) // the walk met a DNS error, RFC 7489 did not
        return DmarcChecker::tr("Rules: RFC 7489; RFC 9989 (DMARCbis) readers: unknown, the DNS tree walk got no answer "
                                "at %1.").arg(d.rfc9989.walk.errorAnswer.name);
    if (d.status == DmarcDiscovery::Status::TempError && d.rfc9989.status == Bis::Status::TempError)
        return DmarcChecker::tr("Rules: RFC 9989 (DMARCbis) and RFC 7489 alike.");
    if (d.rfcDifferences.isEmpty() && d.status != DmarcDiscovery::Status::TempError)
        return DmarcChecker::tr("Rules: RFC 9989 (DMARCbis); RFC 7489 readers reach the same verdict.");
    return DmarcChecker::tr("Rules: RFC 9989 (DMARCbis); RFC 7489 readers: %1.").arg(summary7489(d));
}

Verdict verdict7489(const DmarcDiscovery &d)
{
    Verdict v;
    v.status = d.status;
    v.recordAt = d.recordAt;
    v.policyDomain = d.policyDomain;
    v.records = d.records;
    v.record = d.record;
    v.inherited = d.inherited;
    v.applied = d.appliedPolicy();
    v.errors = d.record.errors;
    v.broken = d.record.processing != DmarcProcessing::Normal;
    v.usable = d.record.usable();
    v.queried = answersEvidence(d.answers);
    return v;
}

Verdict verdictRfc9989(const DmarcDiscovery &d)
{
    const Bis &b = d.rfc9989;
    Verdict v;
    v.status = b.status == Bis::Status::Found ? DmarcDiscovery::Status::Found
        : b.status == Bis::Status::TempError ? DmarcDiscovery::Status::TempError
        : !b.multipleAt.isEmpty() ? DmarcDiscovery::Status::Multiple : DmarcDiscovery::Status::None;
    v.recordAt = b.status == Bis::Status::Found ? b.recordAt : b.multipleAt.value(0);
    v.policyDomain = b.policyDomain;
    if (b.status == Bis::Status::Found) {
        v.records = QStringList{b.recordText};
    } else if (const DmarcWalkStep *s = b.walk.step(v.recordAt.mid(7))) {
        v.records = s->records;
    }
    v.record = b.record;
    v.inherited = b.inherited();
    v.policyTag = b.policyTag;
    v.fromPsd = b.source == Bis::Source::PublicSuffixDomain;
    v.nonexistent = b.authorExistence == Bis::Existence::NonExistent;
    v.applied = b.appliedPolicy;
    // Both rule sets' errors: an RFC 7489 reader still trips over a bad pct=, an RFC 9989
    // reader over a bad np=.
    v.errors = b.record.errors;
    for (const QString &e : b.record.rfc9989Errors)
        v.errors.append(e);
    v.broken = b.record.processing != DmarcProcessing::Normal || b.record.rfc9989Processing != DmarcProcessing::Normal;
    v.usable = b.record.usableRfc9989();
    QList<Dns::Answer> asked;
    for (const DmarcWalkStep &s : b.walk.steps)
        asked.append(s.answer);
    if (b.walk.tempError)
        asked.append(b.walk.errorAnswer);
    v.queried = answersEvidence(asked);
    return v;
}

Finding make(const QString &id, Severity severity, const QString &message, const QString &evidence,
             const QString &fix = {}, const std::optional<Dns::ZoneRecord> &record = std::nullopt)
{
    Finding f{id, severity, message, evidence, fix};
    if (record)
        f.records.append(*record);
    return f;
}

QString withRules(const QString &message, const Verdict &v)
{
    return v.rules.isEmpty() ? message : message + QLatin1Char(' ') + v.rules;
}

QString recordEvidence(const Verdict &v)
{
    QStringList quoted;
    for (const QString &r : v.records)
        quoted.append(QLatin1Char('"') + r + QLatin1Char('"'));
    return QStringLiteral("TXT ") + v.recordAt + QStringLiteral(": ") + quoted.join(QStringLiteral(", "));
}

QString inheritedMessage(const DmarcDiscovery &d, const Verdict &v)
{
    const QString policy = dmarcPolicyName(v.applied);
    if (v.fromPsd)
        return DmarcChecker::tr("%1 has no DMARC record of its own nor at its organizational domain; the record of the "
                                "public suffix domain %2 (psd=y) applies (its %3= policy: %4).")
            .arg(d.fromDomain, v.policyDomain, v.policyTag, policy);
    if (v.nonexistent)
        return DmarcChecker::tr("%1 does not exist (NXDOMAIN); the np= policy of the organizational domain %2 applies: %3.")
            .arg(d.fromDomain, v.policyDomain, policy);
    return DmarcChecker::tr("%1 has no DMARC record of its own; the record of the organizational domain %2 "
                            "applies (its %3= policy: %4).")
        .arg(d.fromDomain, v.policyDomain, v.policyTag, policy);
}

void addRecordFindings(const DmarcDiscovery &d, const Verdict &v, Findings &out)
{
    const QString evidence = recordEvidence(v);
    if (!v.errors.isEmpty()) {
        out.append(make(QStringLiteral("dmarc.syntax"), v.broken ? Severity::Error : Severity::Warning,
                        withRules(DmarcChecker::tr("The DMARC record has errors (%1); receivers ignore the broken parts.")
                                      .arg(v.errors.join(QStringLiteral(", "))), v),
                        evidence,
                        DmarcChecker::tr("Replace it with one valid record; this one keeps the policy that could be read "
                                         "(create the mailbox dmarc-reports@%1 or put your report address in rua=):").arg(v.policyDomain),
                        DmarcChecker::starterRecord(v.policyDomain, v.record.policy)));
    }
    if (v.inherited)
        out.append(make(QStringLiteral("dmarc.inherited"), Severity::Info, withRules(inheritedMessage(d, v), v), evidence));
    if (v.usable && v.applied == DmarcPolicy::None) {
        out.append(make(QStringLiteral("dmarc.policy-none"), Severity::Warning,
                        withRules(DmarcChecker::tr("The DMARC policy is \"none\": receivers only monitor, failing mail is not "
                                                   "rejected or quarantined, and some large receivers treat the domain as unprotected."), v),
                        evidence,
                        DmarcChecker::tr("After reading the aggregate reports, publish p=quarantine, then p=reject.")));
    } else if (v.usable && v.errors.isEmpty()) {
        out.append(make(QStringLiteral("dmarc.ok"), Severity::Ok,
                        withRules(DmarcChecker::tr("DMARC policy \"%1\" is published.").arg(dmarcPolicyName(v.applied)), v), evidence));
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

void addVerdictFindings(const DmarcDiscovery &d, const Verdict &v, Findings &out)
{
    const QString org = d.orgDomain.isEmpty() ? d.fromDomain : d.orgDomain;
    switch (v.status) {
    case DmarcDiscovery::Status::TempError:
        out.append(make(QStringLiteral("dmarc.dns-error"), Severity::Unknown,
                        withRules(DmarcChecker::tr("The DMARC record of %1 could not be looked up: the DNS did not answer. "
                                                   "This is not evidence that the record is missing.").arg(d.fromDomain), v),
                        v.queried, DmarcChecker::tr("Retry later or ask another DNS server.")));
        break;
    case DmarcDiscovery::Status::None:
        out.append(make(QStringLiteral("dmarc.none"), Severity::Error,
                        withRules(DmarcChecker::tr("%1 publishes no DMARC record; large receivers require one from bulk senders "
                                                   "and anyone can send mail in its name unchecked.").arg(d.fromDomain), v),
                        v.queried,
                        DmarcChecker::tr("Publish a DMARC record, monitoring first (p=none), and read the aggregate reports "
                                         "(create the mailbox dmarc-reports@%1 or put your report address in rua=):").arg(org),
                        DmarcChecker::starterRecord(org)));
        break;
    case DmarcDiscovery::Status::Multiple:
        out.append(make(QStringLiteral("dmarc.multiple-records"), Severity::Error,
                        withRules(DmarcChecker::tr("%1 has %2 DMARC records; receivers discard them all (RFC 7489 6.6.3, RFC 9989 4.10).")
                                      .arg(v.recordAt).arg(v.records.size()), v),
                        recordEvidence(v), DmarcChecker::tr("Keep exactly one TXT record starting with v=DMARC1 at %1.").arg(v.recordAt)));
        break;
    case DmarcDiscovery::Status::Found:
        addRecordFindings(d, v, out);
        break;
    }
}

// pct, rf, ri (removed), unknown tags and t=y of the record that applies (RFC 9989 4.7, C.5).
void addTagFindings(const DmarcRecord &r, const QString &evidence, Findings &out)
{
    static const char *const removed[] = {"pct", "rf", "ri"};
    for (const char *tag : removed) {
        const QString code = QLatin1String(tag) + QStringLiteral("_historic");
        if (!r.rfc9989Warnings.contains(code))
            continue;
        const QString name = QLatin1String(tag);
        out.append(make(QStringLiteral("dmarc.removed-tag"), Severity::Info,
                        DmarcChecker::tr("The tag %1= is removed in RFC 9989 — receivers may ignore it.").arg(name), evidence,
                        name == QLatin1String("pct")
                            ? DmarcChecker::tr("Remove pct=; to test a stricter policy, publish t=y instead (RFC 9989 Appendix A.6).")
                            : DmarcChecker::tr("Remove %1= when no receiver you care about still reads RFC 7489.").arg(name)));
    }
    if (!r.unknownTags.isEmpty()) {
        out.append(make(QStringLiteral("dmarc.unknown-tag"), Severity::Warning,
                        DmarcChecker::tr("The DMARC record has tags that neither RFC 9989 nor RFC 7489 defines (%1); receivers "
                                         "ignore them (RFC 9989 4.7).").arg(r.unknownTags.join(QStringLiteral(", "))),
                        evidence, DmarcChecker::tr("Check the spelling of these tags or remove them.")));
    }
}

void addTestingFinding(const DmarcBisDiscovery &b, const QString &evidence, Findings &out)
{
    if (!b.record.testing || b.effectivePolicy == b.appliedPolicy)
        return;
    out.append(make(QStringLiteral("dmarc.testing"), Severity::Warning,
                    DmarcChecker::tr("t=y: the domain is testing its DMARC policy, so RFC 9989 receivers apply \"%1\" instead of "
                                     "\"%2\" (one level lower, RFC 9989 4.7); RFC 7489 readers ignore t= and apply \"%2\".")
                        .arg(dmarcPolicyName(b.effectivePolicy), dmarcPolicyName(b.appliedPolicy)),
                    evidence, DmarcChecker::tr("Remove t=y once the aggregate reports show all your mail passing DMARC.")));
}

QString differenceSentence(const DmarcDiscovery &d, const QString &code)
{
    const DmarcBisDiscovery &b = d.rfc9989;
    const QString org7489 = d.orgDomain.isEmpty() ? d.fromDomain : d.orgDomain;
    if (code == QLatin1String("org_domain"))
        return DmarcChecker::tr("The organizational domain of %1 is %2 by the DNS tree walk (RFC 9989 4.10.2, rule %3) but "
                                "%4 by the Public Suffix List (RFC 7489 3.2); relaxed alignment compares these.")
            .arg(d.fromDomain, b.orgDomain, dmarcOrgRuleName(b.orgRule), org7489);
    if (code == QLatin1String("testing"))
        return DmarcChecker::tr("t=y lowers the policy for RFC 9989 receivers only.");
    if (code == QLatin1String("pct"))
        return DmarcChecker::tr("pct=%1 makes RFC 7489 readers apply the policy to only part of the failing mail; RFC 9989 "
                                "receivers ignore pct.").arg(d.record.pct);
    const QString bisSide = b.status == DmarcBisDiscovery::Status::Found
        ? DmarcChecker::tr("policy \"%1\" from %2").arg(dmarcPolicyName(b.appliedPolicy), b.recordAt)
        : DmarcChecker::tr("no DMARC record applies");
    return DmarcChecker::tr("RFC 9989 (DMARCbis) readers: %1; RFC 7489 readers: %2.").arg(bisSide, summary7489(d));
}

void addDifferenceFinding(const DmarcDiscovery &d, Findings &out)
{
    if (d.rfcDifferences.isEmpty())
        return;
    QStringList sentences;
    bool handlingDiffers = false;
    for (const QString &code : d.rfcDifferences) {
        handlingDiffers = handlingDiffers || code != QLatin1String("org_domain");
        // status, record and applied_policy are one comparison of both verdicts
        const bool verdictCode = code == QLatin1String("status") || code == QLatin1String("record") || code == QLatin1String("applied_policy");
        const QString sentence = differenceSentence(d, code);
        if (!(verdictCode && sentences.contains(sentence)))
            sentences.append(sentence);
    }
    QStringList asked;
    for (const DmarcWalkStep &s : d.rfc9989.walk.steps)
        asked.append(DomainCheckQueries::evidence(s.answer));
    out.append(make(QStringLiteral("dmarc.rfc7489-differs"), handlingDiffers ? Severity::Warning : Severity::Info,
                    DmarcChecker::tr("Receivers following RFC 9989 (DMARCbis) and RFC 7489 treat %1 differently: %2")
                        .arg(d.fromDomain, sentences.join(QLatin1Char(' '))),
                    asked.join(QStringLiteral("; ")),
                    DmarcChecker::tr("Publish a DMARC record at _dmarc.%1 itself and prefer strict alignment (adkim=s; aspf=s): "
                                     "then both kinds of receivers reach the same answer (RFC 9989 Appendix C.3).").arg(d.fromDomain)));
}

} // namespace

Findings DmarcChecker::findings(const DmarcDiscovery &d)
{
    Findings out;
    // RFC 9989 decides when its discovery completed; when its longer walk met a DNS error the
    // RFC 7489 verdict (which may not need that answer) is given and the gap named.
    const bool bisVerdict = d.rfc9989.status != Bis::Status::TempError || d.status == DmarcDiscovery::Status::TempError;
    Verdict v = bisVerdict ? verdictRfc9989(d) : verdict7489(d);
    v.rules = rulesSentence(d, bisVerdict);
    addVerdictFindings(d, v, out);
    if (v.status == DmarcDiscovery::Status::Found) {
        if (bisVerdict && !d.rfc9989.multipleAt.isEmpty())
            addVerdictFindings(d, [&] { Verdict m = v; m.status = DmarcDiscovery::Status::Multiple;
                                        m.recordAt = d.rfc9989.multipleAt.first();
                                        m.records = d.rfc9989.walk.step(m.recordAt.mid(7))->records; return m; }(), out);
        addAuthorizationFindings(d, out);
        addTagFindings(v.record, recordEvidence(v), out);
        if (bisVerdict)
            addTestingFinding(d.rfc9989, recordEvidence(v), out);
    }
    if (bisVerdict)
        addDifferenceFinding(d, out);
    return out;
}

} // namespace Auth
