// SPDX-License-Identifier: GPL-3.0-or-later
// Sendmail delivery logging, per the "Sendmail Installation and Operation Guide" (doc/op/op.me,
// section "Log Level": the "to=" line lists to=, ctladdr=, delay=, xdelay=, mailer=, pri=,
// relay=, dsn=, stat=) and sendmail/deliver.c logdelivery():
//   Mar  1 10:00:00 mail sm-mta[1234]: 421A0B1C002345: to=<bob@example.com>, delay=00:00:01,
//       xdelay=00:00:01, mailer=esmtp, pri=120480, relay=mx.example.com. [192.0.2.1], dsn=5.1.1,
//       stat=User unknown
//   ... to=<bob@example.com>, delay=04:00:00, ..., relay=mx.example.com., dsn=4.0.0,
//       stat=Deferred: Connection refused by mx.example.com.
// delay= is [D+]HH:MM:SS; relay= is "name. [ip]" or "[ip]"; to= may list several addresses.
#include "SendmailLog.h"

#include <QRegularExpression>

namespace Logs {

namespace {

double sendmailSeconds(const QString &delay)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d+)\+)?(\d+):(\d\d):(\d\d)$)"));
    const QRegularExpressionMatch m = re.match(delay);
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toDouble() * 86400 + m.captured(2).toDouble() * 3600 + m.captured(3).toDouble() * 60
           + m.captured(4).toDouble();
}

} // namespace

QList<DeliveryResult> readSendmailLine(const QString &line)
{
    if (!line.contains(QLatin1String(", stat=")) || !line.contains(QLatin1String(" to=")))
        return {};
    static const QRegularExpression re(QStringLiteral(R"(\bto=(.+?), (?:ctladdr=.*?, )?delay=([\d+:]+), .*?, stat=(.*?)\s*$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    const QString stat = m.captured(3);
    if (stat.startsWith(QLatin1String("Sent")))
        return {};
    static const QRegularExpression relayRe(QStringLiteral(R"(, relay=([^\s,\[]*?)\.? ?(?:\[([^\]]+)\])?(?: \(may be forged\))?, )"));
    static const QRegularExpression dsnRe(QStringLiteral(R"(, dsn=(\d\.\d{1,3}\.\d{1,3}), )"));
    DeliveryResult r;
    r.source = QStringLiteral("sendmail");
    r.input = line;
    const bool deferred = stat.startsWith(QLatin1String("Deferred"));
    r.action = deferred ? QStringLiteral("deferred") : QStringLiteral("bounced");
    r.delay = m.captured(2);
    r.delaySeconds = sendmailSeconds(r.delay);
    r.addSpan(QStringLiteral("delay"), m.capturedStart(2), m.capturedEnd(2));
    const QRegularExpressionMatch relay = relayRe.match(line);
    if (relay.hasMatch()) {
        r.remoteHost = relay.captured(1);
        r.remoteIp = relay.captured(2);
        r.addSpan(QStringLiteral("remote_host"), relay.capturedStart(1), relay.capturedEnd(0) - 2);
    }
    const QRegularExpressionMatch dsn = dsnRe.match(line);
    r.addSpan(QStringLiteral("status"), dsn.capturedStart(1), dsn.capturedEnd(1));
    QString text = stat;
    qsizetype textAt = m.capturedStart(3);
    if (deferred && text.startsWith(QLatin1String("Deferred: "))) {
        text = text.mid(10);
        textAt += 10;
    }
    r.classify(text, textAt, dsn.captured(1), {}, deferred ? QLatin1Char('4') : QLatin1Char('5'));
    QList<DeliveryResult> results;
    // to=<a@x>,<b@y> or to=a@x,b@y: one result per recipient, same diagnosis.
    qsizetype at = m.capturedStart(1);
    for (const QString &part : m.captured(1).split(QLatin1Char(','))) {
        DeliveryResult one = r;
        QString address = part.trimmed();
        const qsizetype offset = part.indexOf(address);
        if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
            address = address.mid(1, address.size() - 2);
        one.recipient = address;
        const qsizetype start = line.indexOf(address, at + offset);
        one.addSpan(QStringLiteral("recipient"), start, start + address.size());
        results.append(one);
        at += part.size() + 1;
    }
    return results;
}

} // namespace Logs
