// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageReportBuilder.h"

#include "diagnosis/SendingIp.h"

#include <QFileInfo>

#include "codes/LineParser.h"
#include "report/CodeAnatomyBuilder.h"
#include "report/LineReportBuilder.h"

namespace Report {

namespace {

Field field(const QString &name, const QString &value, const Dsn::TextSpan &span = {})
{
    return {name, value, span.offset, span.isValid() ? span.length : 0};
}

} // namespace

Recipient MessageReportBuilder::recipient(const Dsn::RecipientResult &r)
{
    Recipient out;
    out.address = r.address;
    out.action = r.action;
    out.status = r.status;
    out.reason = r.reason;
    out.diagnostic = r.diagnosticCode;
    out.remoteMta = r.remoteMta;
    out.command = r.command;
    out.lastAttempt = r.lastAttempt;
    out.hardBounce = r.hardBounce;
    for (const Dsn::DsnField &f : r.fields)
        out.fields.append(field(f.name, f.value, f.span));
    // What the analyzer concluded, below the fields as written (no span: derived facts).
    if (!r.reason.isEmpty())
        // %1 is the reason vocabulary's term (docs/REASONS.md), the same in every language.
        out.fields.append(field(tr("Reason (derived)"), (r.hardBounce ? tr("%1 — hard bounce") : tr("%1 — soft bounce")).arg(r.reason)));
    if (!r.command.isEmpty())
        out.fields.append(field(tr("Failed at SMTP command"), r.command));
    if (r.fields.isEmpty() && r.span.isValid())
        out.fields.prepend(field(tr("Bounce text"), r.diagnosticCode, r.span));
    QString line = r.diagnosticCode;
    if (line.isEmpty())
        line = QString(r.replyCode + QLatin1Char(' ') + r.status).trimmed();
    if (!line.isEmpty()) {
        Codes::ParsedLine parsed = Codes::parseLine(line);
        if (!parsed.recognized && !r.status.isEmpty())
            parsed = Codes::parseLine(r.status + QLatin1Char(' ') + line);
        // The analyzer decided the reason with the whole bounce in view (the SMTP stage, the
        // notice's structure): its reason and evidence, not the line parser's second opinion
        // of the bare line, are what the report shows, so one recipient has one reason, and
        // the typical causes and what to do follow that reason too (a filter's "user unknown"
        // after DATA must not say "remove the address").
        const bool analyzerDecided = !r.reason.isEmpty() && !r.reasonEvidence.kind.isEmpty();
        if (analyzerDecided)
            parsed.reason = Codes::reasonFromName(r.reason);
        out.code = CodeAnatomyBuilder::build(parsed);
        if (analyzerDecided) {
            out.code->reason = r.reason;
            out.code->hardBounce = r.hardBounce;
            CodeAnatomyBuilder::setReasonEvidence(*out.code, r.reasonEvidence, r.diagnosticCode);
        }
    }
    return out;
}

Original MessageReportBuilder::original(const Dsn::OriginalMessage &o)
{
    Original out;
    out.present = o.present;
    if (!o.present)
        return out;
    auto add = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out.headers.append(field(name, value));
    };
    add(QStringLiteral("From"), o.from);
    add(QStringLiteral("To"), o.to.join(QStringLiteral(", ")));
    add(QStringLiteral("Subject"), o.subject);
    add(QStringLiteral("Date"), o.date);
    add(QStringLiteral("Message-ID"), o.messageId);
    add(QStringLiteral("Return-Path"), o.returnPath);
    // "<bounces+123@mailer.example>" -> the address; "<>" (a bounce's null sender) -> empty.
    out.returnPath = o.returnPath.section(QLatin1Char('<'), -1).section(QLatin1Char('>'), 0, 0).trimmed();
    for (const Dsn::DkimSignature &d : o.dkim)
        add(QStringLiteral("DKIM-Signature"), QStringLiteral("d=%1; s=%2").arg(d.domain, d.selector));
    for (const QString &ar : o.authenticationResults)
        add(QStringLiteral("Authentication-Results"), ar);
    out.sendingIp = o.sendingIp;
    // Header order is newest first; the hop table reads in travel order.
    for (auto it = o.received.crbegin(); it != o.received.crend(); ++it) {
        Hop hop;
        hop.from = it->from;
        hop.by = it->by;
        hop.ip = it->ip;
        if (it->epoch >= 0)
            hop.time = QDateTime::fromSecsSinceEpoch(it->epoch, Qt::UTC);
        hop.delaySeconds = it->delaySeconds;
        out.hops.append(hop);
    }
    return out;
}

void MessageReportBuilder::setVerdict(ReportModel &model, const Dsn::BounceAnalysis &analysis)
{
    switch (analysis.kind) {
    case Dsn::Kind::Bounce:
    case Dsn::Kind::Delay:
        break;
    case Dsn::Kind::Delivered:
        model.verdictState = State::Ok;
        model.verdict = tr("This is a delivery notification: the message arrived.");
        return;
    case Dsn::Kind::Feedback:
        model.verdictState = State::Warning;
        model.verdict = tr("This is a spam complaint (feedback report), not a bounce: a recipient marked your message as spam.");
        return;
    case Dsn::Kind::AutoReply:
        model.verdictState = State::Info;
        model.verdict = tr("This is an automatic reply (for example an out-of-office note), not a bounce.");
        return;
    case Dsn::Kind::Challenge:
        // Nothing failed: a challenge-response filter holds the message until the sender answers.
        model.verdictState = State::Warning;
        model.verdict = tr("This is a challenge, not a bounce: the recipient uses a challenge–response filter that holds "
                           "your message until you answer. Reply to the challenge or ask the recipient to allowlist you.");
        return;
    case Dsn::Kind::NotBounce:
        model.verdictState = State::Info;
        model.verdict = tr("This message does not look like a bounce: no failed recipient was found.");
        return;
    }
    if (model.recipients.isEmpty()) {
        model.verdictState = State::Warning;
        model.verdict = tr("This looks like a bounce, but no recipient could be read from it.");
        return;
    }
    const Recipient &first = model.recipients.first();
    const Codes::Reason reason = Codes::reasonFromName(first.reason);
    CodeAnatomy code = first.code.value_or(CodeAnatomy());
    if (!code.permanent && !code.transient) {
        code.permanent = analysis.kind == Dsn::Kind::Bounce;
        code.transient = analysis.kind == Dsn::Kind::Delay;
    }
    LineReportBuilder::setVerdict(model, code, reason, first.address);
    appendRecipientCount(model);
    model.code = first.code; // the first failure's anatomy sits right under the verdict
}

void MessageReportBuilder::appendRecipientCount(ReportModel &model)
{
    if (model.recipients.size() > 1)
        model.verdict += QLatin1Char(' ') + tr("(%n recipients in this bounce.)", nullptr, int(model.recipients.size()));
}

ReportModel MessageReportBuilder::build(const Dsn::BounceAnalysis &analysis, const QString &source)
{
    ReportModel model;
    model.kind = ReportModel::Kind::Message;
    model.title = analysis.subject.isEmpty() ? tr("Message without subject") : analysis.subject;
    model.source = source;
    model.messageKind = Dsn::kindName(analysis.kind);
    model.mta = analysis.mta;
    model.rawText = analysis.bounceText;
    for (const Dsn::DsnField &f : analysis.messageFields)
        model.messageFields.append(field(f.name, f.value, f.span));
    for (const Dsn::RecipientResult &r : analysis.recipients)
        model.recipients.append(recipient(r));
    model.original = original(analysis.original);
    // The address every check of this bounce is about: one rule (Diagnosis::SendingIp) for the
    // panels, the diagnosis and the CLI, shown with why it was chosen.
    const Diagnosis::SendingIpChoice ip = Diagnosis::SendingIp::choose(analysis);
    model.original.sendingIp = ip.ip;
    model.original.sendingIpWhy = ip.why.isEmpty() ? QString() : ip.why.translated();
    model.problems = analysis.problems;
    setVerdict(model, analysis);
    return model;
}

} // namespace Report
