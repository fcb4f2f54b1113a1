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

#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

// Digits of s[from, to) as a number, -1 unless 1 to 9 ASCII digits (no overflow, exact in a double).
double digitsValue(QStringView s)
{
    if (s.isEmpty() || s.size() > 9)
        return -1;
    double v = 0;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

// [D+]HH:MM:SS read by hand: this runs for every result of a Sendmail log. -2 when the text is
// not of that simple form (more than 9 digits in a field, ...): the pattern below decides then.
double sendmailSecondsFast(QStringView delay)
{
    const qsizetype plus = delay.indexOf(QLatin1Char('+'));
    double days = 0;
    if (plus >= 0) {
        days = digitsValue(delay.left(plus));
        if (days < 0)
            return -2;
        delay = delay.mid(plus + 1);
    }
    if (delay.size() < 7 || delay.at(delay.size() - 3) != QLatin1Char(':') || delay.at(delay.size() - 6) != QLatin1Char(':'))
        return -2;
    const double hours = digitsValue(delay.left(delay.size() - 6));
    const double minutes = digitsValue(delay.mid(delay.size() - 5, 2));
    const double seconds = digitsValue(delay.right(2));
    if (hours < 0 || minutes < 0 || seconds < 0)
        return -2;
    return days * 86400 + hours * 3600 + minutes * 60 + seconds;
}

double sendmailSeconds(const QString &delay)
{
    const double fast = sendmailSecondsFast(delay);
    if (fast > -2)
        return fast;
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d+)\+)?(\d+):(\d\d):(\d\d)$)"));
    const QRegularExpressionMatch m = re.match(delay);
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toDouble() * 86400 + m.captured(2).toDouble() * 3600 + m.captured(3).toDouble() * 60
           + m.captured(4).toDouble();
}

// Whether every ", stat=" of the line is followed by "Sent": such a line (most of a log) is a
// success whatever the pattern below would capture, and costs no regular expression.
bool onlySent(const QString &line)
{
    bool any = false;
    for (qsizetype at = Codes::indexOfAscii(line, QLatin1String(", stat=")); at >= 0; at = Codes::indexOfAscii(line, QLatin1String(", stat="), at + 7)) {
        if (!QStringView(line).mid(at + 7).startsWith(QLatin1String("Sent")))
            return false;
        any = true;
    }
    return any;
}

} // namespace

QList<DeliveryResult> readSendmailLine(const QString &line)
{
    if (!Codes::containsAscii(line, QLatin1String(", stat=")) || !Codes::containsAscii(line, QLatin1String(" to=")) || onlySent(line))
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
