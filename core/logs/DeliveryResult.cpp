// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryResult.h"

#include <QHash>
#include <QJsonArray>

#include "codes/Explanation.h"
#include "codes/ReasonClassifier.h"
#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

// What classify() derives from its arguments alone (the spans are placed per line).
struct Classified
{
    Codes::ParsedLine parsed; // reasonEvidence offsets are in the diagnostic text
    QChar statusClass;
};

// A log repeats its diagnostic texts: every retry of a deferred message logs the same reply,
// every message to a dead domain the same DNS failure, every message to a host that times out
// the same "connect to ..." text. The classification (Codes::parseLine, Codes::decideReason:
// ~120,000 instructions for a typical reply) is a pure function of the text and the fallbacks,
// so it is kept for the last texts seen. Per thread (the desktop reads pastes on a pool thread),
// bounded (a log of a million distinct texts keeps memory flat), cleared whole when full: a
// few hundred texts recur in a real log, and a cleared cache refills from the next lines.
constexpr int MaxCachedTexts = 1024;

QString cacheKey(const QString &text, const QString &fallbackStatus, const QString &fallbackCommand, QChar classOfAction)
{
    QString key;
    key.reserve(text.size() + fallbackStatus.size() + fallbackCommand.size() + 4);
    key += text;
    key += QChar(0); // a separator no log text holds (readers cut lines at NUL-free syslog records)
    key += fallbackStatus;
    key += QChar(0);
    key += fallbackCommand;
    key += QChar(0);
    key += classOfAction;
    return key;
}

Classified classifyText(const QString &diagnosticText, const QString &fallbackStatus, const QString &fallbackCommand,
                        QChar classOfAction)
{
    Classified c;
    Codes::ParsedLine &parsed = c.parsed;
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
            const qsizetype at = Codes::indexOfCaseless(diagnosticText, matched);
            parsed.reasonEvidence.start = at;
            parsed.reasonEvidence.end = at >= 0 ? at + matched.size() : -1;
        }
    }
    c.statusClass = parsed.statusClass();
    if (c.statusClass.isNull())
        c.statusClass = classOfAction;
    parsed.hardBounce = Codes::isHardBounce(parsed.reason, c.statusClass);
    return c;
}

const Classified &cachedClassification(const QString &diagnosticText, const QString &fallbackStatus,
                                       const QString &fallbackCommand, QChar classOfAction)
{
    thread_local QHash<QString, Classified> cache;
    const QString key = cacheKey(diagnosticText, fallbackStatus, fallbackCommand, classOfAction);
    const auto found = cache.constFind(key);
    if (found != cache.cend())
        return *found;
    if (cache.size() >= MaxCachedTexts)
        cache.clear();
    return *cache.emplace(key, classifyText(diagnosticText, fallbackStatus, fallbackCommand, classOfAction)); // moved in
}

} // namespace

void DeliveryResult::addSpan(const QString &part, qsizetype start, qsizetype end)
{
    if (start < 0 || end <= start)
        return;
    if (spans.isEmpty())
        spans.reserve(6); // a log line has up to six parts: one allocation, not three growths
    spans.append({part, start, end});
}

void DeliveryResult::classify(const QString &diagnosticText, qsizetype diagnosticAt, const QString &fallbackStatus,
                              const QString &fallbackCommand, QChar classOfAction)
{
    diagnostic = diagnosticText;
    const Classified &c = cachedClassification(diagnosticText, fallbackStatus, fallbackCommand, classOfAction);
    parsed = c.parsed;
    statusClass = c.statusClass;
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
