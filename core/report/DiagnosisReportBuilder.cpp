// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisReportBuilder.h"

#include "BadgeBuilder.h"
#include "MessageReportBuilder.h"
#include "diagnosis/DmarcReadings.h"

namespace Report {

namespace {

// The span of a parsed field: recipient fields first (the evidence names one), then the
// per-message fields. Returns the raw element id the HTML builder gives that field.
QString fieldAnchor(const ReportModel &model, const Diagnosis::Evidence &e)
{
    for (int r = 0; r < model.recipients.size(); ++r) {
        if (e.recipient >= 0 && e.recipient != r)
            continue;
        const QList<Field> &fields = model.recipients.at(r).fields;
        for (int f = 0; f < fields.size(); ++f) {
            const Field &field = fields.at(f);
            const bool sameSpan = e.span.isValid() && field.start == e.span.offset;
            const bool sameName = !e.field.isEmpty() && field.start >= 0 && field.name.compare(e.field, Qt::CaseInsensitive) == 0;
            if (sameSpan || (sameName && e.recipient == r))
                return QStringLiteral("raw-r%1-%2").arg(r).arg(f);
        }
    }
    for (int f = 0; f < model.messageFields.size(); ++f) {
        if (e.span.isValid() && model.messageFields.at(f).start == e.span.offset)
            return QStringLiteral("raw-m-%1").arg(f);
    }
    return QString();
}

// The live check panel a DNS answer belongs to, from its query ("TXT _dmarc.example.org").
QString dnsAnchor(const ReportModel &model, const Diagnosis::Evidence &e)
{
    const QString q = e.query.toLower();
    QString id;
    if (q.contains(QLatin1String("_dmarc.")))
        id = QStringLiteral("dmarc");
    else if (q.contains(QLatin1String("._domainkey.")))
        id = QStringLiteral("dkim");
    else if (q.startsWith(QLatin1String("mx ")))
        id = QStringLiteral("mx");
    else if (q.startsWith(QLatin1String("ptr ")) || q.contains(QLatin1String(".arpa")))
        id = QStringLiteral("ptr");
    else if (q.startsWith(QLatin1String("txt ")))
        id = QStringLiteral("spf");
    if (!id.isEmpty() && model.findCheck(id))
        return QStringLiteral("check-") + id;
    return model.dnsQueries.isEmpty() && model.checks.isEmpty() ? QString() : QStringLiteral("privacy");
}

} // namespace

QString DiagnosisReportBuilder::confidenceText(double confidence)
{
    const int percent = qRound(confidence * 100);
    if (confidence >= 0.75)
        return tr("high (%1 %)").arg(percent);
    if (confidence >= 0.45)
        return tr("medium (%1 %)").arg(percent);
    return tr("low (%1 %)").arg(percent);
}

QString DiagnosisReportBuilder::anchor(const ReportModel &model, const Diagnosis::Evidence &e)
{
    using Source = Diagnosis::Evidence::Source;
    switch (e.source) {
    case Source::DsnField:
    case Source::BounceText: {
        const QString field = fieldAnchor(model, e);
        if (!field.isEmpty())
            return field;
        if (e.recipient >= 0 && e.recipient < model.recipients.size())
            return QStringLiteral("recipient-%1").arg(e.recipient);
        return model.rawText.isEmpty() ? QString() : QStringLiteral("bounce");
    }
    case Source::Header:
        return model.original.present ? QStringLiteral("original") : QString();
    case Source::Dns:
        return dnsAnchor(model, e);
    case Source::Input:
        return QString();
    }
    return QString();
}

QString DiagnosisReportBuilder::evidenceText(const Diagnosis::Evidence &e)
{
    const QString text = e.text.translated();
    if (e.source == Diagnosis::Evidence::Source::Dns && !e.query.isEmpty())
        return tr("%1 (%2, asked %3: %4)").arg(text, e.query, e.server, e.outcome);
    return text;
}

Cause DiagnosisReportBuilder::cause(const ReportModel &model, const Diagnosis::Cause &c)
{
    Cause out;
    out.id = c.id;
    out.title = c.title(true);
    out.confidence = c.confidence;
    QStringList why;
    for (const Diagnosis::Text &w : c.why)
        why << w.translated();
    out.confidenceWhy = why.join(QLatin1Char(' '));
    out.whoActs = Diagnosis::whoActsName(c.whoActs);
    out.retryHelps = c.retryHelps;
    out.recipients = c.recipients;
    for (const Diagnosis::Evidence &e : c.evidence) {
        out.evidence << evidenceText(e);
        out.evidenceAnchors << anchor(model, e);
    }
    for (const Diagnosis::FixStep &f : c.fix) {
        out.fix << f.text.translated();
        out.fixRecord << (f.record ? int(out.dnsRecords.size()) : -1);
        if (f.record)
            out.dnsRecords << f.record->zoneLine();
    }
    for (const Diagnosis::ThenVsNow &t : c.thenVsNow)
        out.thenVsNow.append({t.check, t.then.translated(), t.now.translated(), Diagnosis::thenVsNowStateName(t.state)});
    return out;
}

void DiagnosisReportBuilder::applyVerdict(ReportModel &model, const Diagnosis::Cause &top)
{
    model.confidence = confidenceText(top.confidence);
    if (top.id == QLatin1String("cause.unknown"))
        return; // the code's own explanation stays the sentence
    model.whoActs = Diagnosis::whoActsName(top.whoActs);
    model.retryHelps = top.retryHelps;
    if (top.id == QLatin1String("cause.backscatter")) {
        model.verdict = tr("Your address was forged: this bounce is for a message you did not send. Nothing failed in your own delivery.");
        model.verdictState = State::Info;
        return;
    }
    if (top.id == QLatin1String("cause.fixed-since")) {
        model.verdict = tr("Looks fixed since the bounce: today's DNS no longer shows the failure the receiver reported. Resend.");
        model.verdictState = State::Warning;
        return;
    }
    const QString title = top.title(true);
    const QString recipient = model.recipients.isEmpty() ? QString() : model.recipients.first().address;
    if (recipient.isEmpty())
        model.verdict = tr("Most likely: %1.").arg(title);
    else if (model.permanence == QLatin1String("temporary"))
        model.verdict = tr("Most likely: %1. Delivery to %2 is delayed, not failed yet.").arg(title, recipient);
    else
        model.verdict = tr("Most likely: %1. Delivery to %2 failed for good.").arg(title, recipient);
    MessageReportBuilder::appendRecipientCount(model);
}

namespace {

State spfState(Auth::SpfResult r)
{
    switch (r) {
    case Auth::SpfResult::Pass: return State::Ok;
    case Auth::SpfResult::TempError: return State::Unknown;
    case Auth::SpfResult::Neutral: case Auth::SpfResult::None: return State::Warning;
    default: return State::Error;
    }
}

MessageCheck spfCheck(const Diagnosis::LiveCheckResults &c)
{
    return {QStringLiteral("spf"), spfState(c.spf->result), c.spf->domain,
            DiagnosisReportBuilder::tr("%1 for %2").arg(Auth::spfResultName(c.spf->result), c.spfIp)};
}

std::optional<MessageCheck> dkimCheck(const Diagnosis::DiagnosisResult &r)
{
    const Diagnosis::LiveCheckResults &c = r.checks;
    if (c.dkimVerified && !c.dkim.isEmpty()) {
        const Auth::DkimVerification &v = c.dkim.first();
        const bool aligned = v.signature.domain.compare(r.facts.fromDomain, Qt::CaseInsensitive) == 0
            || r.facts.fromDomain.endsWith(QLatin1Char('.') + v.signature.domain.toLower());
        const State s = v.result == Auth::DkimResult::Pass ? (aligned ? State::Ok : State::Warning)
                      : v.result == Auth::DkimResult::TempError ? State::Unknown : State::Error;
        return MessageCheck{QStringLiteral("dkim"), s, QString(),
                            aligned ? DiagnosisReportBuilder::tr("%1 (d=%2)").arg(Auth::dkimResultName(v.result), v.signature.domain)
                                    : DiagnosisReportBuilder::tr("%1 (d=%2, not the From domain)").arg(Auth::dkimResultName(v.result), v.signature.domain)};
    }
    if (r.facts.originalPresent && r.facts.dkimDomains.isEmpty())
        return MessageCheck{QStringLiteral("dkim"), State::Warning, QString(), DiagnosisReportBuilder::tr("not signed")};
    if (c.dkimKeys && !c.dkimKeys->keys.isEmpty()) {
        // Headers only: the signature cannot be verified, its key can be looked at today.
        const Auth::DkimKeyCheck &k = c.dkimKeys->keys.first();
        const bool usable = k.key && !k.key->revoked && k.key->problem == Auth::DkimKeyRecord::Problem::None;
        const State s = Dns::isUnknownOutcome(k.outcome) ? State::Unknown : usable ? State::Ok : State::Error;
        const QString text = s == State::Unknown ? DiagnosisReportBuilder::tr("key lookup got no usable answer (%1)").arg(k.query)
                           : usable ? DiagnosisReportBuilder::tr("signed (d=%1), key published at %2").arg(r.facts.dkimDomains.first(), k.query)
                                    : DiagnosisReportBuilder::tr("signed (d=%1), no usable key at %2 today").arg(r.facts.dkimDomains.first(), k.query);
        return MessageCheck{QStringLiteral("dkim"), s, QString(), text};
    }
    if (!r.facts.dkimDomains.isEmpty()) {
        const Diagnosis::RemoteVerdict *remote = r.facts.remote(QStringLiteral("dkim"));
        const QString seen = remote ? remote->result : DiagnosisReportBuilder::tr("signed");
        return MessageCheck{QStringLiteral("dkim"), remote && remote->failed() ? State::Error : State::Info, QString(),
                            DiagnosisReportBuilder::tr("%1 (d=%2, as the receiver saw it)").arg(seen, r.facts.dkimDomains.first())};
    }
    return std::nullopt;
}

State dmarcState(Auth::DmarcResult result)
{
    return result == Auth::DmarcResult::Pass ? State::Ok : result == Auth::DmarcResult::TempError ? State::Unknown : State::Error;
}

// This message's DMARC by RFC 7489 and, where receivers following RFC 9989 decide otherwise
// (the tree walk's organizational domain, np=, t=y), by both: the row is never a pass that one
// of the two rule sets fails, and it names which one does.
std::optional<MessageCheck> dmarcCheck(const Diagnosis::LiveCheckResults &c)
{
    const std::optional<Auth::DmarcEvaluation> &bis = c.dmarcRfc9989.evaluation;
    if (!c.dmarc && !bis)
        return std::nullopt;
    const Auth::DmarcEvaluation &e = c.dmarc ? *c.dmarc : *bis;
    State s = dmarcState(e.result);
    QString text = Auth::dmarcResultName(e.result);
    if (e.result == Auth::DmarcResult::Fail)
        text = DiagnosisReportBuilder::tr("fail (neither SPF nor DKIM passed aligned with From)");
    if (c.dmarc && bis && dmarcState(bis->result) == State::Error)
        s = State::Error;
    const QString both = Diagnosis::DmarcReadings::bothResults(c);
    if (!both.isEmpty())
        text = DiagnosisReportBuilder::tr("the DMARC rules differ for this message: %1").arg(both);
    return MessageCheck{QStringLiteral("dmarc"), s, QString(), text};
}

MessageCheck mxCheck(const Auth::MxCheck &mx)
{
    using S = Auth::MxCheck::Status;
    State s = State::Ok;
    QString text = DiagnosisReportBuilder::tr("receives mail");
    switch (mx.status) {
    case S::NxDomain: s = State::Error; text = DiagnosisReportBuilder::tr("does not exist (NXDOMAIN)"); break;
    case S::NullMx: s = State::Error; text = DiagnosisReportBuilder::tr("accepts no mail (null MX)"); break;
    case S::NoMail: s = State::Error; text = DiagnosisReportBuilder::tr("no MX and no address"); break;
    case S::Unknown: s = State::Unknown; text = DiagnosisReportBuilder::tr("no usable DNS answer (%1)").arg(Dns::outcomeName(mx.mx.outcome)); break;
    case S::Implicit: s = State::Warning; text = DiagnosisReportBuilder::tr("no MX, its own address receives"); break;
    case S::Records: break;
    }
    return {QStringLiteral("mx"), s, DiagnosisReportBuilder::tr("recipient %1").arg(mx.domain), text, mx.domain};
}

MessageCheck ptrCheck(const Auth::PtrCheck &p)
{
    using S = Auth::PtrCheck::Status;
    const State s = p.status == S::Confirmed ? State::Ok : p.status == S::Unknown ? State::Unknown : State::Error;
    const QString text = p.status == S::Confirmed ? DiagnosisReportBuilder::tr("forward-confirmed")
                       : p.status == S::None ? DiagnosisReportBuilder::tr("no PTR")
                       : p.status == S::Mismatch ? DiagnosisReportBuilder::tr("PTR does not resolve back")
                                                 : DiagnosisReportBuilder::tr("no usable DNS answer (%1)").arg(Dns::outcomeName(p.ptr.outcome));
    return {QStringLiteral("ptr"), s, p.ip.toString(), text};
}

MessageCheck dnsblCheck(const QList<Auth::DnsblResult> &results)
{
    QStringList listed;
    bool unknown = false;
    for (const Auth::DnsblResult &r : results) {
        if (r.state == Auth::DnsblResult::State::Listed)
            listed << r.zone.zone;
        unknown |= r.state == Auth::DnsblResult::State::Unknown || r.state == Auth::DnsblResult::State::Refused;
    }
    const QString subject = results.isEmpty() ? QString() : results.first().subject;
    if (!listed.isEmpty())
        return {QStringLiteral("dnsbl"), State::Error, subject, DiagnosisReportBuilder::tr("listed on %1").arg(listed.join(QStringLiteral(", ")))};
    return {QStringLiteral("dnsbl"), unknown ? State::Unknown : State::Ok, subject,
            unknown ? DiagnosisReportBuilder::tr("some lists did not answer") : DiagnosisReportBuilder::tr("not listed")};
}

} // namespace

QList<MessageCheck> DiagnosisReportBuilder::messageChecks(const Diagnosis::DiagnosisResult &result)
{
    const Diagnosis::LiveCheckResults &c = result.checks;
    QList<MessageCheck> out;
    if (c.spf)
        out << spfCheck(c);
    if (const auto dkim = dkimCheck(result))
        out << *dkim;
    if (const auto dmarc = dmarcCheck(c))
        out << *dmarc;
    if (c.recipientMx)
        out << mxCheck(*c.recipientMx);
    if (c.ptr)
        out << ptrCheck(*c.ptr);
    if (!c.dnsbl.isEmpty())
        out << dnsblCheck(c.dnsbl);
    return out;
}

QList<Badge> DiagnosisReportBuilder::messageBadges(const Diagnosis::DiagnosisResult &result)
{
    ReportModel model;
    model.domain = result.facts.fromDomain.isEmpty() ? result.facts.spfDomain() : result.facts.fromDomain;
    model.messageChecks = messageChecks(result);
    for (const Diagnosis::Cause &c : result.causes)
        model.causes.append(cause(model, c));
    return BadgeBuilder::build(model);
}

void DiagnosisReportBuilder::apply(ReportModel &model, const Diagnosis::DiagnosisResult &result)
{
    model.messageChecks = messageChecks(result);
    model.diagnosisRan = true;
    model.diagnosisPending = false;
    model.causes.clear();
    for (const Diagnosis::Cause &c : result.causes)
        model.causes.append(cause(model, c));
    model.skippedChecks.clear();
    for (const Diagnosis::SkippedCheck &s : result.checks.skipped)
        model.skippedChecks << tr("%1: %2").arg(s.check.toUpper(), s.why.translated());
    if (const Diagnosis::Cause *top = result.top())
        applyVerdict(model, *top);
    // Then vs now next to the live panel it concerns (docs/REPORT-DESIGN.md "Time honesty").
    for (const Cause &c : model.causes) {
        for (const ThenVsNow &t : c.thenVsNow) {
            Check *check = model.findCheck(t.check);
            if (check && check->bounceSaw.isEmpty() && !t.then.isEmpty())
                check->bounceSaw = tr("The receiving server saw: %1. Today: %2.").arg(t.then, t.now);
        }
    }
}

} // namespace Report
