// SPDX-License-Identifier: GPL-3.0-or-later
#include "Explanation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "KnowledgeBase.h"
#include "ProviderCatalog.h"
#include "ReasonAdvice.h"
#include "StatusReasons.h"

namespace Codes {

namespace {

constexpr int kMaxItems = 4;

void appendUnique(QStringList &to, const QStringList &from)
{
    for (const QString &s : from) {
        if (to.size() >= kMaxItems)
            return;
        if (!to.contains(s))
            to << s;
    }
}

QString joinTitle(const char *title, const char *meaning, bool translated)
{
    if (!title)
        return QString();
    return QCoreApplication::translate("Codes", "%1: %2")
        .arg(codeString(title, translated), codeString(meaning, translated));
}

// The text told a more specific story than the code (e.g. 5.7.1 + "blocked using Spamhaus").
bool reasonAddsToCode(const ParsedLine &line)
{
    return line.reason != Reason::Undefined && line.reason != Reason::OnHold
           && reasonForStatus(line.status) != line.reason;
}

void gatherAdvice(const ParsedLine &line, const ReplyCodeInfo *reply, const EnhancedCodeInfo *enh,
                  bool translated, Explanation &e)
{
    unsigned checks = 0;
    const ProviderEntry *entry = line.providerEntry;
    if (entry) {
        appendUnique(e.causes, codeStrings(entry->text.causes, translated));
        appendUnique(e.fix, codeStrings(entry->text.fix, translated));
        checks |= entry->checks;
    }
    const ReasonAdvice &advice = reasonAdvice(line.reason);
    if (reasonAddsToCode(line) && !entry) {
        appendUnique(e.causes, codeStrings(advice.text.causes, translated));
        appendUnique(e.fix, codeStrings(advice.text.fix, translated));
    }
    checks |= advice.checks;
    if (enh) {
        appendUnique(e.causes, codeStrings(enh->text.causes, translated));
        appendUnique(e.fix, codeStrings(enh->text.fix, translated));
        checks |= enh->checks;
    }
    if (reply && e.causes.isEmpty())
        appendUnique(e.causes, codeStrings(reply->text.causes, translated));
    if (reply && e.fix.isEmpty())
        appendUnique(e.fix, codeStrings(reply->text.fix, translated));
    if (reply)
        checks |= reply->checks;
    e.checks = checkNames(checks);
}

} // namespace

Explanation explain(const ParsedLine &line, bool translated)
{
    Explanation e;
    if (!line.recognized)
        return e;
    const QChar cls = line.statusClass();
    e.classKey = KnowledgeBase::classKey(cls);
    e.classTitle = codeString(KnowledgeBase::classTitle(cls), translated);
    e.subjectKey = KnowledgeBase::subjectKey(line.status);
    e.subjectTitle = codeString(KnowledgeBase::subjectTitle(line.status), translated);

    const ReplyCodeInfo *reply = KnowledgeBase::replyCode(line.replyCode);
    const EnhancedCodeInfo *enh = KnowledgeBase::enhancedCode(line.status);
    if (reply)
        e.replyMeaning = joinTitle(reply->text.title, reply->text.meaning, translated);
    if (enh) {
        e.statusMeaning = joinTitle(enh->text.title, enh->text.meaning, translated);
        e.statusReference = QString::fromLatin1(enh->reference);
    }
    const CodeText *best = line.providerEntry ? &line.providerEntry->text : enh ? &enh->text : reply ? &reply->text : nullptr;
    if (best) {
        e.title = codeString(best->title, translated);
        e.meaning = codeString(best->meaning, translated);
    }
    if (line.reason != Reason::Undefined)
        e.reasonDescription = translated ? reasonDescription(line.reason) : QString();
    gatherAdvice(line, reply, enh, translated, e);

    if (translated) {
        for (const ParsedLine::Note &n : line.noteSources) {
            QString s = QCoreApplication::translate("Codes", n.source);
            for (const QString &a : n.args)
                s = s.arg(a);
            e.notes << s;
        }
    } else {
        e.notes = line.notes;
    }
    return e;
}

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject toJson(const ParsedLine &line)
{
    const Explanation e = explain(line, false);
    QJsonObject entities{{QStringLiteral("ips"), QJsonArray::fromStringList(line.entities.ips)},
                         {QStringLiteral("domains"), QJsonArray::fromStringList(line.entities.domains)},
                         {QStringLiteral("addresses"), QJsonArray::fromStringList(line.entities.addresses)}};
    QJsonObject o;
    o.insert(QStringLiteral("input"), line.input);
    o.insert(QStringLiteral("recognized"), line.recognized);
    o.insert(QStringLiteral("replycode"), orNull(line.replyCode));
    o.insert(QStringLiteral("status"), orNull(line.status));
    o.insert(QStringLiteral("class"), orNull(e.classKey));
    o.insert(QStringLiteral("subject"), orNull(e.subjectKey));
    o.insert(QStringLiteral("provider"), orNull(line.provider));
    o.insert(QStringLiteral("provider_tag"), orNull(line.providerTag));
    o.insert(QStringLiteral("command"), orNull(line.command));
    o.insert(QStringLiteral("reason"), line.recognized ? QJsonValue(reasonName(line.reason)) : QJsonValue(QJsonValue::Null));
    if (line.recognized) {
        const ReasonEvidence &ev = line.reasonEvidence;
        QJsonObject evidence{{QStringLiteral("kind"), ev.kind},
                             {QStringLiteral("rule"), ev.rule},
                             {QStringLiteral("source"), ev.source},
                             {QStringLiteral("confidence"), qRound(ev.confidence * 100)}}; // percent
        if (ev.start >= 0) {
            evidence.insert(QStringLiteral("start"), qint64(ev.start));
            evidence.insert(QStringLiteral("end"), qint64(ev.end));
            evidence.insert(QStringLiteral("matched"), line.input.mid(ev.start, ev.end - ev.start));
        }
        o.insert(QStringLiteral("reason_evidence"), evidence);
    } else {
        o.insert(QStringLiteral("reason_evidence"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("hardbounce"), line.hardBounce);
    o.insert(QStringLiteral("meaning"), orNull(e.meaning));
    o.insert(QStringLiteral("causes"), QJsonArray::fromStringList(e.causes));
    o.insert(QStringLiteral("fix"), QJsonArray::fromStringList(e.fix));
    o.insert(QStringLiteral("checks"), QJsonArray::fromStringList(e.checks));
    o.insert(QStringLiteral("entities"), entities);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(e.notes));
    return o;
}

} // namespace Codes
