// SPDX-License-Identifier: GPL-3.0-or-later
// Field names as documented by each service:
//  - Amazon SES, "Amazon SNS notification contents" / "Event publishing: Bounce object"
//    (docs.aws.amazon.com/ses/latest/dg/notification-contents.html): notificationType or
//    eventType "Bounce"; bounce.bounceType Permanent|Transient|Undetermined, bounceSubType,
//    bouncedRecipients[].{emailAddress, action, status, diagnosticCode}, remoteMtaIp, reportingMTA;
//    delivered through SNS as {"Type":"Notification","Message":"<the JSON as a string>"}.
//  - SendGrid Event Webhook (www.twilio.com/docs/sendgrid/for-developers/tracking-events/event):
//    an array of {email, event: bounce|dropped|deferred|blocked, reason, response, status, type}.
//  - Mailgun events (documentation.mailgun.com "Events" / webhooks): {"event-data": {event:
//    "failed", severity: permanent|temporary, recipient, reason, delivery-status: {code, message,
//    description, enhanced-code, mx-host}}}; the events API returns {"items": [...]}.
//  - Postmark bounce webhook (postmarkapp.com/developer/webhooks/bounce-webhook): {RecordType:
//    "Bounce", Type, TypeCode, Email, Details, Description}.
#include "EspEvents.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Logs {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

DeliveryResult base(const QJsonObject &event, const char *source, const QString &action, const QString &recipient)
{
    DeliveryResult r;
    r.source = QLatin1String(source);
    r.action = action;
    r.input = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    r.recipient = recipient;
    const qsizetype at = r.input.indexOf(recipient);
    if (!recipient.isEmpty())
        r.addSpan(QStringLiteral("recipient"), at, at >= 0 ? at + recipient.size() : -1);
    return r;
}

void classify(DeliveryResult &r, const QString &text, const QString &status, QChar cls)
{
    const qsizetype at = text.isEmpty() ? -1 : r.input.indexOf(text);
    r.classify(text, at, status, {}, cls);
}

QList<DeliveryResult> readSes(const QJsonObject &o)
{
    const QJsonObject bounce = o.value(QLatin1String("bounce")).toObject();
    const QString type = str(bounce, "bounceType");
    const QString subType = str(bounce, "bounceSubType");
    const QChar cls = type == QLatin1String("Transient") ? QLatin1Char('4') : QLatin1Char('5');
    QList<DeliveryResult> out;
    for (const QJsonValue &v : bounce.value(QLatin1String("bouncedRecipients")).toArray()) {
        const QJsonObject rcpt = v.toObject();
        DeliveryResult r = base(o, "ses", type.isEmpty() ? QStringLiteral("bounce") : type.toLower(), str(rcpt, "emailAddress"));
        r.remoteIp = str(bounce, "remoteMtaIp");
        const QString diagnostic = str(rcpt, "diagnosticCode");
        // Without a diagnostic the sub-type is all SES says ("Suppressed", "MailboxFull", ...).
        classify(r, diagnostic.isEmpty() ? subType : diagnostic, str(rcpt, "status"), cls);
        if (diagnostic.isEmpty() && (subType == QLatin1String("Suppressed") || subType == QLatin1String("OnAccountSuppressionList"))) {
            r.parsed.reason = Codes::Reason::Suppressed;
            r.parsed.reasonEvidence = {QStringLiteral("provider"), subType,
                                       QStringLiteral("docs.aws.amazon.com/ses/latest/dg/notification-contents.html"), -1, -1, 0.95};
        }
        out.append(r);
    }
    return out;
}

QList<DeliveryResult> readSendGrid(const QJsonObject &o, const QString &event)
{
    DeliveryResult r = base(o, "sendgrid", event, str(o, "email"));
    QString text = str(o, "reason");
    if (text.isEmpty())
        text = str(o, "response");
    classify(r, text, str(o, "status"), event == QLatin1String("deferred") ? QLatin1Char('4') : QLatin1Char('5'));
    // A dropped message was never sent: SendGrid suppressed it (its docs: "Bounced Address",
    // "Unsubscribed Address", "Spam Reporting Address", "Invalid").
    if (event == QLatin1String("dropped")) {
        r.parsed.reason = Codes::Reason::Suppressed;
        r.parsed.reasonEvidence = {QStringLiteral("provider"), QStringLiteral("event=dropped"),
                                   QStringLiteral("twilio.com/docs/sendgrid/for-developers/tracking-events/event"), -1, -1, 0.95};
        r.parsed.hardBounce = false;
    }
    return {r};
}

QList<DeliveryResult> readMailgun(const QJsonObject &o)
{
    const QJsonObject ds = o.value(QLatin1String("delivery-status")).toObject();
    const QString severity = str(o, "severity");
    DeliveryResult r = base(o, "mailgun", severity.isEmpty() ? QStringLiteral("failed") : severity, str(o, "recipient"));
    r.remoteHost = str(ds, "mx-host");
    QString text = str(ds, "message");
    if (text.isEmpty())
        text = str(ds, "description");
    const QString code = str(ds, "code");
    // Mailgun gives the reply code apart from the message: put it back in front, as the server said it.
    if (!code.isEmpty() && code != QLatin1String("0") && !text.startsWith(code))
        text = code + QLatin1Char(' ') + text;
    classify(r, text, str(ds, "enhanced-code"), severity == QLatin1String("temporary") ? QLatin1Char('4') : QLatin1Char('5'));
    return {r};
}

QList<DeliveryResult> readPostmark(const QJsonObject &o)
{
    const QString type = str(o, "Type");
    DeliveryResult r = base(o, "postmark", type, str(o, "Email"));
    QString text = str(o, "Details");
    if (text.isEmpty())
        text = str(o, "Description");
    const bool soft = type.contains(QLatin1String("Soft")) || type == QLatin1String("Transient");
    classify(r, text, {}, soft ? QLatin1Char('4') : QLatin1Char('5'));
    return {r};
}

} // namespace

QList<DeliveryResult> readEspEvent(const QJsonObject &in)
{
    QJsonObject o = in;
    if (o.value(QLatin1String("Type")).toString() == QLatin1String("Notification") && o.value(QLatin1String("Message")).isString())
        o = QJsonDocument::fromJson(o.value(QLatin1String("Message")).toString().toUtf8()).object(); // SNS envelope
    if (o.contains(QLatin1String("event-data")))
        o = o.value(QLatin1String("event-data")).toObject(); // Mailgun webhook
    const QString sesType = o.contains(QLatin1String("notificationType")) ? str(o, "notificationType") : str(o, "eventType");
    if (sesType == QLatin1String("Bounce"))
        return readSes(o);
    const QString event = str(o, "event");
    if (o.contains(QLatin1String("email")) && (event == QLatin1String("bounce") || event == QLatin1String("dropped")
                                               || event == QLatin1String("deferred") || event == QLatin1String("blocked")))
        return readSendGrid(o, event);
    if (event == QLatin1String("failed") && o.contains(QLatin1String("recipient")))
        return readMailgun(o);
    if (str(o, "RecordType") == QLatin1String("Bounce") || (o.contains(QLatin1String("TypeCode")) && o.contains(QLatin1String("Email"))))
        return readPostmark(o);
    return {};
}

namespace {

void readValue(const QJsonValue &v, EspRead &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            readValue(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("items")).isArray()) { // Mailgun events API page
            readValue(o.value(QLatin1String("items")), out);
            return;
        }
        ++out.events;
        out.results += readEspEvent(o);
    }
}

} // namespace

EspRead readEspJson(const QByteArray &text)
{
    EspRead out;
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError) {
        out.json = true;
        readValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), out);
        return out;
    }
    // JSON lines: every non-empty line one object.
    for (const QByteArray &line : trimmed.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument one = QJsonDocument::fromJson(line.trimmed(), &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        readValue(one.isArray() ? QJsonValue(one.array()) : QJsonValue(one.object()), out);
    }
    out.json = true;
    return out;
}

} // namespace Logs
