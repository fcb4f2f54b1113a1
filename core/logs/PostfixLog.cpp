// SPDX-License-Identifier: GPL-3.0-or-later
// Postfix delivery logging, as written by the Postfix source (github:vdukhovni/postfix):
//  - src/global/log_adhoc.c: "QUEUEID: to=<rcpt>[, orig_to=<addr>], relay=host[ip]:port
//    [, conn_use=N], delay=D, delays=a/b/c/d[, tls=...], dsn=X.Y.Z, status=STATUS (REASON)";
//  - src/smtp/smtp_proto.c / smtp_trouble.c: REASON is "host H[IP] said: REPLY (in reply to
//    CMD command)" for a remote reply, or Postfix's own text ("connect to H[IP]:25: Connection
//    timed out", "Host or domain name not found. Name service error for name=... type=MX: ...");
//  - src/qmgr/qmgr_active.c: "QUEUEID: from=<sender>, status=expired, returned to sender";
//  - src/smtpd/smtpd_check.c log_whatsup(): "NOQUEUE: reject: CMD from host[ip]: REPLY;
//    from=<sender> to=<rcpt> proto=ESMTP helo=<name>" (the reply may hold ';', so the last
//    "; [from=<...>] [to=<...>] proto=" ends it);
//  - src/bounce/bounce_notify_service.c: "QUEUEID: sender non-delivery notification: QUEUEID".
// Status values are those of postconf(5)/bounce(8): bounced, deferred, expired, undeliverable
// (address verification), sent and deliverable (successes, skipped here).
#include "PostfixLog.h"

#include <QRegularExpression>

#include "PostfixDeliveryLine.h"
#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

void parseRelay(DeliveryResult &r, QStringView relay, qsizetype start, qsizetype end)
{
    // relay=mx.example.com[192.0.2.1]:25, relay=none, relay=local, relay=private/dovecot-lmtp
    if (const std::optional<HostAndIp> h = matchHostAndIp(relay)) {
        r.remoteHost = relay.mid(h->hostStart, h->hostEnd - h->hostStart).toString();
        r.remoteIp = relay.mid(h->ipStart, h->ipEnd - h->ipStart).toString();
    } else if (relay != QLatin1String("none")) {
        r.remoteHost = relay.toString();
    } else {
        return; // relay=none: nothing was reached
    }
    r.addSpan(QStringLiteral("remote_host"), start, end);
}

QString ownTextCommand(const QString &reason)
{
    // Postfix's own connection texts come before any SMTP command (smtp_connect.c).
    if (reason.startsWith(QLatin1String("connect to "))
        || (Codes::containsAscii(reason, QLatin1String("lost connection with"))
            && Codes::containsAscii(reason, QLatin1String("while receiving the initial server greeting"))))
        return QStringLiteral("CONNECT");
    return {};
}

// The status word of a delivery line (one of the four the pattern allows) as a shared constant,
// not a new string per line.
QString statusWord(QStringView status)
{
    static const QString words[] = {QStringLiteral("bounced"), QStringLiteral("deferred"), QStringLiteral("expired"),
                                    QStringLiteral("undeliverable")};
    for (const QString &w : words) {
        if (status == w)
            return w;
    }
    return status.toString();
}

std::optional<DeliveryResult> readDelivery(const QString &line)
{
    // The line's pattern, read by hand (PostfixDeliveryLine.h).
    const std::optional<PostfixDeliveryFields> m = matchPostfixDelivery(line);
    if (!m)
        return std::nullopt;
    const auto captured = [&](int group) { return m->captured(line, group).toString(); };
    DeliveryResult r;
    r.source = QStringLiteral("postfix");
    r.input = line;
    r.recipient = captured(1);
    r.addSpan(QStringLiteral("recipient"), m->start[1], m->end[1]);
    parseRelay(r, m->captured(line, 2), m->start[2], m->end[2]);
    r.delay = captured(3);
    r.delaySeconds = delayValue(r.delay);
    r.addSpan(QStringLiteral("delay"), m->start[3], m->end[3]);
    r.addSpan(QStringLiteral("status"), m->start[4], m->end[4]);
    r.action = statusWord(m->captured(line, 5));
    const QString dsn = captured(4);
    const QString reason = captured(6);
    if (r.remoteHost.isEmpty()) { // relay=none: Postfix's own "connect to host[ip]:25: ..." names the host
        static const QLatin1String connectTo("connect to ");
        const std::optional<HostAndIp> c =
            reason.startsWith(connectTo) ? matchHostAndIp(reason, connectTo.size()) : std::nullopt;
        if (c) {
            r.remoteHost = reason.mid(c->hostStart, c->hostEnd - c->hostStart);
            r.remoteIp = reason.mid(c->ipStart, c->ipEnd - c->ipStart);
            r.addSpan(QStringLiteral("remote_host"), m->start[6] + c->hostStart, m->start[6] + c->ipEnd + 1);
        }
    }
    r.classify(reason, m->start[6], dsn, ownTextCommand(reason), dsn.at(0));
    return r;
}

std::optional<DeliveryResult> readExpired(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(\bfrom=<([^>]*)>, status=expired, (returned to sender)\s*$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    DeliveryResult r;
    r.source = QStringLiteral("postfix");
    r.action = QStringLiteral("expired");
    r.input = line;
    r.classify(m.captured(2), m.capturedStart(2), {}, {}, QLatin1Char('5'));
    // qmgr gave up after maximal_queue_lifetime (postconf(5)): that is the reason, whatever the text.
    r.parsed.reason = Codes::Reason::Expired;
    r.parsed.reasonEvidence = {QStringLiteral("text"), QStringLiteral("status=expired"),
                               QStringLiteral("postfix src/qmgr/qmgr_active.c"), -1, -1, 0.85};
    r.parsed.hardBounce = false;
    return r;
}

std::optional<DeliveryResult> readReject(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        R"(\bNOQUEUE: (reject|milter-reject|discard): ([A-Z-]+) from ([^\[\s]+)\[([^\]]+)\](?::\d+)?: (.*);(?: from=<([^>]*)>)?(?: to=<([^>]*)>)? proto=)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    DeliveryResult r;
    r.source = QStringLiteral("postfix-reject");
    r.action = m.captured(1);
    r.input = line;
    r.remoteHost = m.captured(3);
    r.remoteIp = m.captured(4);
    r.addSpan(QStringLiteral("remote_host"), m.capturedStart(3), m.capturedEnd(4) + 1);
    r.recipient = m.captured(7);
    r.addSpan(QStringLiteral("recipient"), m.capturedStart(7), m.capturedEnd(7));
    QString command = m.captured(2);
    if (command == QLatin1String("END-OF-MESSAGE"))
        command = QStringLiteral("DATA");
    r.classify(m.captured(5), m.capturedStart(5), {}, command, QLatin1Char('5'));
    return r;
}

// Whether any "status=" of the line names a failure: the patterns above need one of these words
// right after it, so a line without (status=sent, deliverable, most of a log) costs no regular
// expression. Equivalent to the patterns' own requirement, only cheaper to test.
bool hasFailureStatus(const QString &line)
{
    static const QLatin1String words[] = {QLatin1String("bounced"), QLatin1String("deferred"), QLatin1String("expired"),
                                          QLatin1String("undeliverable")};
    for (qsizetype at = Codes::indexOfAscii(line, QLatin1String("status=")); at >= 0; at = Codes::indexOfAscii(line, QLatin1String("status="), at + 7)) {
        const QStringView after = QStringView(line).mid(at + 7);
        for (const QLatin1String &w : words) {
            if (after.startsWith(w))
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<DeliveryResult> readPostfixLine(const QString &line)
{
    if (Codes::containsAscii(line, QLatin1String("status="))) {
        if (!hasFailureStatus(line))
            return std::nullopt;
        if (auto r = readDelivery(line))
            return r;
        return readExpired(line);
    }
    if (Codes::containsAscii(line, QLatin1String("NOQUEUE: ")))
        return readReject(line);
    return std::nullopt;
}

bool isPostfixNotification(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(: sender (?:non-delivery|delay|delivery status) notification: [0-9A-Za-z]+\s*$)"));
    return Codes::containsAscii(line, QLatin1String(" notification: ")) && re.match(line).hasMatch();
}

} // namespace Logs
