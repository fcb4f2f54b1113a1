// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QByteArray AnalysisJson::toJsonLine(const BounceAnalysis &a, const QString &file)
{
    return QJsonDocument(toJson(a, file)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Dsn
