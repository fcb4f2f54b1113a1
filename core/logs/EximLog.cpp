// SPDX-License-Identifier: GPL-3.0-or-later
// Exim main log, per the Exim specification chapter "Log files" (github:Exim/exim doc/doc-docbook/
// spec.xfpt, "Log message flags", "Logging message reception", "Deferred deliveries"):
//   2024-03-01 10:00:00 1rfGhI-0001aB-Cd ** bob@example.com R=dnslookup T=remote_smtp
//       H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.com>:
//       550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
//   2024-03-01 10:00:00 1rfGhI-0001aB-Cd == bob@example.com R=dnslookup T=remote_smtp defer (-44)
//       H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<...>: 451 ...
//   ... ** nobody@nowhere.example: Unrouteable address
//   ... == bob@example.com R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host
// Older Exim (and the spec's own example, section "Delivery failures") wrote "SMTP error from remote
// mailer after pipelined RCPT TO:<a>: host H [ip]: 553 ..."; src/transports/smtp.c now writes
// "SMTP error from remote mail server after ..." with the host in H=. Both are read.
// "**" is a failed delivery, "==" a deferred one; "defer (n)" gives errno (positive) or Exim's own
// error number (negative, src/macros.h ERRNO_*). Message ids are 16 characters (old format) or
// 23 (Exim 4.97 onwards); the log may carry a pid "[1234]" after the time (log_selector +pid).
#include "EximLog.h"

#include <QRegularExpression>

#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

void readFields(DeliveryResult &r, const QString &line, qsizetype from, qsizetype to)
{
    static const QRegularExpression host(QStringLiteral(R"(\bH=(\S+) \[([^\]]+)\])"));
    static const QRegularExpression defer(QStringLiteral(R"(\bdefer \((-?\d+)\))"));
    const QRegularExpressionMatch h = host.match(line, from);
    if (h.hasMatch() && h.capturedStart() < to) {
        r.remoteHost = h.captured(1);
        r.remoteIp = h.captured(2);
        r.addSpan(QStringLiteral("remote_host"), h.capturedStart(1), h.capturedEnd(2) + 1);
    }
    const QRegularExpressionMatch d = defer.match(line, from);
    if (d.hasMatch() && d.capturedStart() < to) {
        r.deferCode = d.captured(1);
        r.addSpan(QStringLiteral("status"), d.capturedStart(), d.capturedEnd());
    }
}

} // namespace

std::optional<DeliveryResult> readEximLine(const QString &line)
{
    if (!Codes::containsAscii(line, QLatin1String(" ** ")) && !Codes::containsAscii(line, QLatin1String(" == ")))
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral(
        R"((?:^|\s)[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (\*\*|==) ([^\s:<]+@[^\s:<]+|[^\s:<]+)(?: <[^>]*>)?:?)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    DeliveryResult r;
    r.source = QStringLiteral("exim");
    const bool failed = m.captured(1) == QLatin1String("**");
    r.action = failed ? QStringLiteral("failed") : QStringLiteral("deferred");
    r.input = line;
    r.recipient = m.captured(2);
    r.addSpan(QStringLiteral("recipient"), m.capturedStart(2), m.capturedEnd(2));
    // The message starts after the first ": " past the recipient (fields such as X=TLS1.3:... hold
    // colons, but never a colon followed by a space).
    const qsizetype fieldsFrom = m.capturedEnd(2);
    qsizetype colon = line.indexOf(QLatin1String(": "), fieldsFrom - 1);
    if (colon < 0)
        colon = line.size();
    readFields(r, line, fieldsFrom, colon);
    qsizetype textAt = qMin(colon + 2, line.size());
    QString text = line.mid(textAt);
    QString command;
    static const QRegularExpression smtpError(QStringLiteral(
        R"(^SMTP error from remote (?:mail server|mailer) after (?:pipelined )?(RCPT TO|MAIL FROM|DATA|end of data|initial connection|EHLO|HELO|STARTTLS|AUTH)[^:]*(?::<[^>]*>)?[^:]*: (?:host (\S+) \[([^\]]+)\]: )?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch e = smtpError.match(text);
    if (e.hasMatch()) {
        const QString after = e.captured(1).toUpper();
        command = after == QLatin1String("RCPT TO")     ? QStringLiteral("RCPT")
                  : after == QLatin1String("MAIL FROM") ? QStringLiteral("MAIL")
                  : after == QLatin1String("END OF DATA") ? QStringLiteral("DATA")
                  : after == QLatin1String("INITIAL CONNECTION") ? QStringLiteral("CONNECT")
                                                            : after;
        if (r.remoteHost.isEmpty() && e.capturedStart(2) >= 0) { // older form: "...: host H [ip]: 553 ..."
            r.remoteHost = e.captured(2);
            r.remoteIp = e.captured(3);
            r.addSpan(QStringLiteral("remote_host"), textAt + e.capturedStart(2), textAt + e.capturedEnd(3) + 1);
        }
        textAt += e.capturedLength();
        text = line.mid(textAt);
    }
    r.classify(text, textAt, {}, command, failed ? QLatin1Char('5') : QLatin1Char('4'));
    return r;
}

} // namespace Logs
