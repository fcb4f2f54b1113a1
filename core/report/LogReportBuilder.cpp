// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogReportBuilder.h"

#include "logs/HeaderBlock.h"
#include "logs/PastedInput.h"
#include "report/LineReportBuilder.h"
#include "report/MessageReportBuilder.h"

namespace Report {

namespace {

QString partName(const QString &part)
{
    if (part == QLatin1String("recipient"))
        return LogReportBuilder::tr("Recipient");
    if (part == QLatin1String("status"))
        return LogReportBuilder::tr("Status");
    if (part == QLatin1String("reply"))
        return LogReportBuilder::tr("Reply or MTA text");
    if (part == QLatin1String("remote_host"))
        return LogReportBuilder::tr("Remote host");
    if (part == QLatin1String("delay"))
        return LogReportBuilder::tr("Delay");
    return LogReportBuilder::tr("Reason evidence");
}

QString remote(const Logs::DeliveryResult &r)
{
    if (r.remoteIp.isEmpty())
        return r.remoteHost;
    return r.remoteHost.isEmpty() ? r.remoteIp : QStringLiteral("%1 [%2]").arg(r.remoteHost, r.remoteIp);
}

Recipient recipientOf(const Logs::DeliveryResult &r)
{
    Recipient rc;
    rc.address = r.recipient;
    rc.action = r.action;
    rc.status = r.parsed.status;
    rc.reason = Codes::reasonName(r.parsed.reason);
    rc.diagnostic = r.diagnostic;
    rc.remoteMta = remote(r);
    rc.command = r.parsed.command;
    rc.hardBounce = r.parsed.hardBounce;
    // Parts with a place in the line first (they are marked in it), then the derived values.
    for (const Logs::Span &s : r.spans)
        rc.fields.append({partName(s.part), r.input.mid(s.start, s.end - s.start), int(s.start), int(s.end - s.start)});
    rc.fields.append({LogReportBuilder::tr("Source"), r.source, -1, 0});
    rc.fields.append({LogReportBuilder::tr("Action"), r.action, -1, 0});
    if (!r.parsed.replyCode.isEmpty())
        rc.fields.append({LogReportBuilder::tr("Reply code"), r.parsed.replyCode, -1, 0});
    rc.fields.append({LogReportBuilder::tr("Reason"), rc.reason, -1, 0});
    if (!r.parsed.command.isEmpty())
        rc.fields.append({LogReportBuilder::tr("SMTP command"), r.parsed.command, -1, 0});
    return rc;
}

} // namespace

ReportModel LogReportBuilder::buildHeaders(const Dsn::BounceAnalysis &analysis)
{
    ReportModel model = MessageReportBuilder::build(analysis, tr("Pasted message header"));
    const QString subject = analysis.original.subject;
    model.title = subject.isEmpty() ? tr("Message header") : tr("Message header: %1").arg(subject);
    model.messageKind = QStringLiteral("headers");
    // Nothing bounced: no recipients, no bounce text; the header is shown as the returned original.
    model.rawText.clear();
    model.recipients.clear();
    model.messageFields.clear();
    model.code.reset();
    model.verdictState = State::Info;
    const Logs::HeaderCheckTarget t = Logs::checkTargetOf(analysis);
    if (t.domain.isEmpty())
        model.verdict = tr("The header of a message, read as the returned original. Its From field names no domain to check.");
    else if (t.ip.isEmpty())
        model.verdict = tr("The header of a message, read as the returned original: the live checks are about its sender "
                           "domain %1 (no Received hop names a public sending IP).").arg(t.domain);
    else
        model.verdict = tr("The header of a message, read as the returned original: the live checks are about its sender "
                           "domain %1 and the sending IP %2.").arg(t.domain, t.ip);
    model.permanence.clear();
    model.retryHelps.reset();
    model.whoActs.clear();
    return model;
}

QList<Logs::DeliveryResult> LogReportBuilder::read(const QString &text, Logs::LogSummary *summary)
{
    QList<Logs::DeliveryResult> results;
    const QStringList inputs = Logs::looksLikeJson(text) ? QStringList{text} : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &input : inputs) {
        const Logs::PastedInput p = Logs::readPastedInput(input.trimmed());
        summary->lines += p.lines;
        for (const Logs::DeliveryResult &r : p.results) {
            summary->add(r);
            if (results.size() < MaxResults)
                results.append(r);
        }
    }
    return results;
}

ReportModel LogReportBuilder::build(const QList<Logs::DeliveryResult> &results, int index, const Logs::LogSummary &summary)
{
    const Logs::DeliveryResult &r = results.at(index);
    ReportModel model = LineReportBuilder::build(r.parsed);
    if (model.code)
        LineReportBuilder::setVerdict(model, *model.code, r.parsed.reason, r.recipient);
    model.title = tr("Log result %1 of %2: %3").arg(index + 1).arg(summary.results).arg(r.recipient.isEmpty() ? r.action : r.recipient);
    model.source = tr("%1 — %2").arg(r.recipient.isEmpty() ? r.action : r.recipient, Codes::reasonName(r.parsed.reason));
    model.messageKind = r.action;
    model.mta = r.source;
    model.rawText = r.input;
    model.recipients = {recipientOf(r)};
    model.messageFields.append({tr("Lines or events read"), QString::number(summary.lines), -1, 0});
    model.messageFields.append({tr("Delivery failures or deferrals"), QString::number(summary.results), -1, 0});
    // The overview table (LogOverviewHtml): one row per result, this one marked.
    for (const Logs::DeliveryResult &other : results) {
        const QString status = other.parsed.status.isEmpty() ? other.parsed.replyCode : other.parsed.status;
        model.resultRows.append({other.recipient.isEmpty() ? other.action : other.recipient, status.isEmpty() ? other.action : status,
                                 Codes::reasonName(other.parsed.reason), remote(other)});
    }
    model.currentResult = index;
    if (summary.results > results.size())
        model.problems << tr("%1 more results are counted but not listed.").arg(summary.results - results.size());
    return model;
}

} // namespace Report
