// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisReportBuilder.h"

#include "MessageReportBuilder.h"

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
        out.thenVsNow.append({t.check, t.then, t.now, Diagnosis::thenVsNowStateName(t.state)});
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

void DiagnosisReportBuilder::apply(ReportModel &model, const Diagnosis::DiagnosisResult &result)
{
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
    // Then vs now next to the live panel it concerns (REPORT-DESIGN.md "Time honesty").
    for (const Cause &c : model.causes) {
        for (const ThenVsNow &t : c.thenVsNow) {
            Check *check = model.findCheck(t.check);
            if (check && check->bounceSaw.isEmpty() && !t.then.isEmpty())
                check->bounceSaw = tr("The receiving server saw: %1. Today: %2.").arg(t.then, t.now);
        }
    }
}

} // namespace Report
