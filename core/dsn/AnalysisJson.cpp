// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "util/JsonWriter.h"

namespace Dsn {
namespace {

QJsonObject recipientJson(const RecipientResult &r)
{
    QJsonObject o{
        {QStringLiteral("recipient"), r.address},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("replycode"), r.replyCode},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("hardbounce"), r.hardBounce},
        {QStringLiteral("diagnostic_code"), r.diagnosticCode},
        {QStringLiteral("remote_mta"), r.remoteMta},
        {QStringLiteral("command"), r.command},
        {QStringLiteral("last_attempt"), r.lastAttempt},
    };
    if (!r.feedbackType.isEmpty())
        o.insert(QStringLiteral("feedbacktype"), r.feedbackType);
    return o;
}

QJsonObject originalJson(const OriginalMessage &m)
{
    QJsonArray dkim, received, auth;
    for (const DkimSignature &d : m.dkim)
        dkim.append(QJsonObject{{QStringLiteral("d"), d.domain}, {QStringLiteral("s"), d.selector}});
    for (const ReceivedHop &h : m.received) {
        QJsonObject o{{QStringLiteral("from"), h.from}, {QStringLiteral("by"), h.by},
                      {QStringLiteral("ip"), h.ip}, {QStringLiteral("time"), h.time}};
        if (h.delaySeconds >= 0)
            o.insert(QStringLiteral("delay_s"), double(h.delaySeconds));
        received.append(o);
    }
    for (const QString &s : m.authenticationResults)
        auth.append(s);
    return QJsonObject{
        {QStringLiteral("from"), m.from},
        {QStringLiteral("to"), QJsonArray::fromStringList(m.to)},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("date"), m.date},
        {QStringLiteral("sending_ip"), m.sendingIp},
        {QStringLiteral("dkim"), dkim},
        {QStringLiteral("authentication_results"), auth},
        {QStringLiteral("received"), received},
    };
}

} // namespace

QJsonObject AnalysisJson::toJson(const BounceAnalysis &a, const QString &file)
{
    QJsonArray recipients;
    for (const RecipientResult &r : a.recipients)
        recipients.append(recipientJson(r));
    QJsonObject o{
        {QStringLiteral("file"), file},
        {QStringLiteral("kind"), kindName(a.kind)},
        {QStringLiteral("mta"), a.mta},
        {QStringLiteral("reporting_mta"), a.reportingMta},
        {QStringLiteral("arrival_date"), a.arrivalDate},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("problems"), QJsonArray::fromStringList(a.problems)},
    };
    if (a.original.present)
        o.insert(QStringLiteral("original"), originalJson(a.original));
    return o;
}

// The same members as toJson() (TestBounceAnalyzer compares both over the corpus), written
// directly and in the order of the documented format rather than QJsonObject's sorted order.
QByteArray AnalysisJson::toJsonLine(const BounceAnalysis &a, const QString &file)
{
    using L = QLatin1StringView;
    Util::JsonWriter w;
    w.beginObject();
    w.member(L("file"), file);
    w.member(L("kind"), kindName(a.kind));
    w.member(L("mta"), a.mta);
    w.member(L("reporting_mta"), a.reportingMta);
    w.member(L("arrival_date"), a.arrivalDate);
    w.key(L("recipients"));
    w.beginArray();
    for (const RecipientResult &r : a.recipients) {
        w.beginObject();
        w.member(L("recipient"), r.address);
        w.member(L("action"), r.action);
        w.member(L("status"), r.status);
        w.member(L("replycode"), r.replyCode);
        w.member(L("reason"), r.reason);
        w.member(L("hardbounce"), r.hardBounce);
        w.member(L("diagnostic_code"), r.diagnosticCode);
        w.member(L("remote_mta"), r.remoteMta);
        w.member(L("command"), r.command);
        w.member(L("last_attempt"), r.lastAttempt);
        if (!r.feedbackType.isEmpty())
            w.member(L("feedbacktype"), r.feedbackType);
        w.endObject();
    }
    w.endArray();
    if (a.original.present) {
        const OriginalMessage &m = a.original;
        w.key(L("original"));
        w.beginObject();
        w.member(L("from"), m.from);
        w.member(L("to"), m.to);
        w.member(L("subject"), m.subject);
        w.member(L("message_id"), m.messageId);
        w.member(L("date"), m.date);
        w.member(L("sending_ip"), m.sendingIp);
        w.key(L("dkim"));
        w.beginArray();
        for (const DkimSignature &d : m.dkim) {
            w.beginObject();
            w.member(L("d"), d.domain);
            w.member(L("s"), d.selector);
            w.endObject();
        }
        w.endArray();
        w.member(L("authentication_results"), m.authenticationResults);
        w.key(L("received"));
        w.beginArray();
        for (const ReceivedHop &h : m.received) {
            w.beginObject();
            w.member(L("from"), h.from);
            w.member(L("by"), h.by);
            w.member(L("ip"), h.ip);
            w.member(L("time"), h.time);
            if (h.delaySeconds >= 0)
                w.member(L("delay_s"), qint64(h.delaySeconds));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.member(L("problems"), a.problems);
    w.endObject();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

} // namespace Dsn
