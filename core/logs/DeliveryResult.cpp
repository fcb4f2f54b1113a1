// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryResult.h"

#include <QJsonArray>

#include "codes/Explanation.h"
#include "codes/ReasonClassifier.h"

namespace Logs {

void DeliveryResult::addSpan(const QString &part, qsizetype start, qsizetype end)
{
    if (start >= 0 && end > start)
        spans.append({part, start, end});
}

void DeliveryResult::classify(const QString &diagnosticText, qsizetype diagnosticAt, const QString &fallbackStatus,
                              const QString &fallbackCommand, QChar classOfAction)
{
    diagnostic = diagnosticText;
    parsed = Codes::parseLine(diagnosticText);
    const bool hadCodes = parsed.recognized;
    // An MTA's own text (Postfix "Host or domain name not found", Exim "Unrouteable address")
    // carries no reply code; the log line's dsn= and action still make it a delivery result.
    const bool addStatus = parsed.status.isEmpty() && !fallbackStatus.isEmpty();
    const bool addCommand = parsed.command.isEmpty() && !fallbackCommand.isEmpty();
    if (addStatus)
        parsed.status = fallbackStatus;
    if (addCommand)
        parsed.command = fallbackCommand;
    if (parsed.text.isEmpty())
        parsed.text = diagnosticText.trimmed();
    parsed.recognized = true;
    // parseLine decided already when the text had codes and nothing was added to it.
    if (!hadCodes || addStatus || addCommand) {
        const Codes::ReasonDecision d =
            Codes::decideReason({parsed.text, parsed.replyCode, parsed.status, parsed.provider, parsed.command, {}});
        parsed.reason = d.reason;
        parsed.reasonEvidence = d.evidence;
        if (d.evidence.start >= 0) { // the span is in parsed.text: find the words in the diagnostic
            const QString matched = parsed.text.mid(d.evidence.start, d.evidence.end - d.evidence.start);
            const qsizetype at = diagnosticText.indexOf(matched, 0, Qt::CaseInsensitive);
            parsed.reasonEvidence.start = at;
            parsed.reasonEvidence.end = at >= 0 ? at + matched.size() : -1;
        }
    }
    statusClass = parsed.statusClass();
    if (statusClass.isNull())
        statusClass = classOfAction;
    parsed.hardBounce = Codes::isHardBounce(parsed.reason, statusClass);
    if (diagnosticAt >= 0) {
        addSpan(QStringLiteral("reply"), diagnosticAt, diagnosticAt + diagnosticText.size());
        if (parsed.reasonEvidence.start >= 0)
            addSpan(QStringLiteral("reason"), diagnosticAt + parsed.reasonEvidence.start,
                    diagnosticAt + parsed.reasonEvidence.end);
    }
}

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject DeliveryResult::toJson() const
{
    QJsonObject o = Codes::toJson(parsed);
    o.insert(QStringLiteral("input"), input);
    o.insert(QStringLiteral("diagnostic"), orNull(diagnostic));
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("recipient"), orNull(recipient));
    o.insert(QStringLiteral("remote_host"), orNull(remoteHost));
    o.insert(QStringLiteral("remote_ip"), orNull(remoteIp));
    o.insert(QStringLiteral("delay"), orNull(delay));
    o.insert(QStringLiteral("delay_seconds"), delaySeconds >= 0 ? QJsonValue(delaySeconds) : QJsonValue(QJsonValue::Null));
    if (!deferCode.isEmpty())
        o.insert(QStringLiteral("defer_code"), deferCode);
    // explain's "class" comes from the codes; a log line without any still says failed or deferred.
    if (o.value(QStringLiteral("class")).isNull() && !statusClass.isNull())
        o.insert(QStringLiteral("class"), statusClass == QLatin1Char('5') ? QStringLiteral("permanent") : QStringLiteral("transient"));
    // reason_evidence offsets of explain are in the diagnostic; "spans" are in input.
    QJsonArray spansJson;
    for (const Span &s : spans)
        spansJson.append(QJsonObject{{QStringLiteral("part"), s.part}, {QStringLiteral("start"), qint64(s.start)},
                                     {QStringLiteral("end"), qint64(s.end)}});
    o.insert(QStringLiteral("spans"), spansJson);
    return o;
}

} // namespace Logs
