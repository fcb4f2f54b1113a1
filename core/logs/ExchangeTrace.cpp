// SPDX-License-Identifier: GPL-3.0-or-later
// Microsoft 365 message trace: the "Reason" of a FAIL/DEFER event in a message trace detail
// (Exchange admin center, Get-MessageTraceDetail) and extended report rows read
//   Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
//   lookup};{MSG=};{FQDN=};{IP=};{LRT=}]
// LED is the last error description, FQDN/IP the remote host tried, LRT the last retry time
// (learn.microsoft.com "Message trace in the modern Exchange admin center"). Exchange NDRs carry
// "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'" in their
// diagnostic section (learn.microsoft.com "Email non-delivery reports and SMTP errors").
#include "ExchangeTrace.h"

#include <QRegularExpression>

#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

// A trace row lists the sender before the recipient (message trace columns: date, sender,
// recipient, ..., status, detail); the last address outside the reply is the recipient.
void findRecipient(DeliveryResult &r, const QString &line, qsizetype skipFrom, qsizetype skipTo)
{
    static const QRegularExpression address(QStringLiteral(R"([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    QRegularExpressionMatchIterator it = address.globalMatch(line);
    QRegularExpressionMatch last;
    while (it.hasNext()) {
        const QRegularExpressionMatch a = it.next();
        if (a.capturedStart() < skipFrom || a.capturedStart() >= skipTo)
            last = a;
    }
    if (!last.hasMatch())
        return;
    r.recipient = last.captured();
    r.addSpan(QStringLiteral("recipient"), last.capturedStart(), last.capturedEnd());
}

} // namespace

std::optional<DeliveryResult> readExchangeLine(const QString &line)
{
    static const QRegularExpression led(QStringLiteral(
        R"(\{LED=(.*?)\};\{MSG=(.*?)\};\{FQDN=(.*?)\};\{IP=(.*?)\};\{LRT=(.*?)\})"));
    static const QRegularExpression returned(QStringLiteral(R"(Remote Server returned '([^']+)')"));
    DeliveryResult r;
    r.source = QStringLiteral("exchange");
    r.input = line;
    QRegularExpressionMatch m;
    if (Codes::containsAscii(line, QLatin1String("{LED=")) && (m = led.match(line)).hasMatch()) {
        if (m.captured(1).trimmed().isEmpty())
            return std::nullopt;
        r.remoteHost = m.captured(3);
        r.remoteIp = m.captured(4);
        if (!r.remoteHost.isEmpty())
            r.addSpan(QStringLiteral("remote_host"), m.capturedStart(3), m.capturedEnd(3));
        findRecipient(r, line, m.capturedStart(), m.capturedEnd());
        const QString text = m.captured(1);
        r.classify(text, m.capturedStart(1), {}, {}, QChar());
        if (r.statusClass.isNull())
            return std::nullopt; // an LED with no code at all is no failure we can explain
    } else if (Codes::containsAscii(line, QLatin1String("Remote Server returned")) && (m = returned.match(line)).hasMatch()) {
        findRecipient(r, line, m.capturedStart(), m.capturedEnd());
        r.classify(m.captured(1), m.capturedStart(1), {}, {}, QChar());
        if (r.statusClass.isNull())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    r.action = r.statusClass == QLatin1Char('4') ? QStringLiteral("deferred") : QStringLiteral("failed");
    return r;
}

} // namespace Logs
