// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendingIp.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "auth/common/PublicSuffix.h"
#include "codes/EntityExtractor.h"
#include "util/PublicAddress.h"

namespace Diagnosis {

namespace {

// The organizational domain (PSL, RFC 7489 3.2): mx1.mail.example.co.uk and example.co.uk
// share "example.co.uk"; two organizations under co.uk do not.
QString orgOf(const QString &name)
{
    QString n = name.toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n.contains(QLatin1Char('.')) ? Auth::PublicSuffix::system().organizationalDomain(n) : QString();
}

QString domainOfAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower().remove(QLatin1Char('>')).trimmed();
}

// Names of the receiving side: the Remote-MTA ("dns; mx.example.com") and recipients' domains.
QStringList receiverDomains(const Dsn::BounceAnalysis &analysis)
{
    QStringList out;
    for (const Dsn::RecipientResult &r : analysis.recipients) {
        QString mta = r.remoteMta;
        if (mta.contains(QLatin1Char(';')))
            mta = mta.section(QLatin1Char(';'), 1);
        mta = SendingIp::hostName(mta.trimmed()).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        for (const QString &name : {mta, domainOfAddress(r.address)}) {
            const QString org = orgOf(name);
            if (!org.isEmpty() && !out.contains(org))
                out.append(org);
        }
    }
    return out;
}

SendingIpChoice fromReply(const Dsn::BounceAnalysis &analysis)
{
    for (int i = 0; i < analysis.recipients.size(); ++i) {
        const Dsn::RecipientResult &r = analysis.recipients.at(i);
        if (!r.action.isEmpty() && r.action != QLatin1String("failed") && r.action != QLatin1String("delayed"))
            continue;
        const QStringList ips = SendingIp::replyIps(r.diagnosticCode, r.remoteMta);
        if (ips.isEmpty())
            continue;
        SendingIpChoice c;
        c.ip = ips.first();
        c.source = SendingIpChoice::Source::Reply;
        c.recipient = i;
        c.why = Text(QT_TRANSLATE_NOOP("Diagnosis", "The receiving server named %1 in its reply: this is the address it refused."), {c.ip});
        return c;
    }
    return {};
}

SendingIpChoice fromReceived(const Dsn::BounceAnalysis &analysis)
{
    const QList<Dsn::ReceivedHop> &hops = analysis.original.received;
    const QStringList receiver = receiverDomains(analysis);
    for (int i = 0; i < hops.size(); ++i) {
        const Dsn::ReceivedHop &h = hops.at(i);
        if (receiver.contains(orgOf(SendingIp::hostName(h.by))) && Util::isPublicAddress(h.ip)
            && !SendingIp::isAuthenticatedSubmission(h.with)) {
            SendingIpChoice c;
            c.ip = QHostAddress(h.ip).toString();
            c.source = SendingIpChoice::Source::ReceiverHop;
            c.hop = i;
            c.host = SendingIp::hostName(h.from);
            c.why = Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 connected to the receiving server %2 (its Received hop in the returned message)."),
                         {c.ip, SendingIp::hostName(h.by)});
            return c;
        }
    }
    for (int i = int(hops.size()) - 1; i >= 0; --i) {
        const Dsn::ReceivedHop &h = hops.at(i);
        if (!Util::isPublicAddress(h.ip) || SendingIp::isAuthenticatedSubmission(h.with))
            continue;
        SendingIpChoice c;
        c.ip = QHostAddress(h.ip).toString();
        c.source = SendingIpChoice::Source::Relay;
        c.hop = i;
        c.host = SendingIp::hostName(h.from);
        c.why = Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 is the first public relay in the returned message's Received chain; the bounce names no other address."),
                     {c.ip});
        return c;
    }
    return {};
}

} // namespace

QString sendingIpSourceName(SendingIpChoice::Source source)
{
    switch (source) {
    case SendingIpChoice::Source::None: return QStringLiteral("none");
    case SendingIpChoice::Source::Reply: return QStringLiteral("reply");
    case SendingIpChoice::Source::ReceiverHop: return QStringLiteral("receiver-hop");
    case SendingIpChoice::Source::Relay: return QStringLiteral("relay");
    }
    return QStringLiteral("none");
}

QStringList SendingIp::replyIps(const QString &text, const QString &remoteMta)
{
    static const QRegularExpression hostSaid(QStringLiteral(R"(host\s+\S+\[[0-9a-fA-F.:]+\]\s+said:)"),
                                             QRegularExpression::CaseInsensitiveOption);
    // Postfix's own texts about the remote host name it as "host[address]": "connect to
    // %s[%s]:%d: %m" (src/smtp/smtp_connect.c), "conversation with %s[%s] timed out while" and
    // "lost connection with %s[%s] while" (src/smtp/smtp_trouble.c). There is no reply code in
    // them: the address is the recipient's server, never the one that sent.
    static const QRegularExpression postfixRemote(QStringLiteral(R"((?:connect to|conversation with|lost connection with)\s+\S*\[[0-9a-fA-F.:]+\](?::\d+)?)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString cleaned = text;
    cleaned.remove(hostSaid);
    cleaned.remove(postfixRemote);
    // What comes before the first reply code is the reporting MTA's own framing, and the
    // address it names there is the remote server's: Exim "host H [ip]: SMTP error from remote
    // mail server after RCPT TO", dma "H [ip] did not like our RCPT TO:", qmail "ip does not like
    // recipient. Remote host said:". The receiver's reply (RFC 5321 section 4.2) starts at its code.
    static const QRegularExpression replyStart(QStringLiteral(R"((?:^|[\s:;'(])[245]\d\d[\s\-])"));
    const QRegularExpressionMatch reply = replyStart.match(cleaned);
    if (reply.hasMatch())
        cleaned = cleaned.mid(reply.capturedStart(0));
    QStringList out;
    for (const QString &ip : Codes::extractEntities(cleaned).ips) {
        if (Util::isPublicAddress(ip) && !remoteMta.contains(ip))
            out.append(QHostAddress(ip).toString());
    }
    return out;
}

QString SendingIp::hostName(const QString &clause)
{
    QString host = clause.section(QLatin1Char(' '), 0, 0).toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool SendingIp::isAuthenticatedSubmission(const QString &with)
{
    // RFC 3848 section 3 (ESMTPA, ESMTPSA, LMTPA, LMTPSA); UTF8SMTPA/UTF8SMTPSA from RFC 6531.
    return with.endsWith(QLatin1String("SMTPA"), Qt::CaseInsensitive) || with.endsWith(QLatin1String("SMTPSA"), Qt::CaseInsensitive)
        || with.endsWith(QLatin1String("LMTPA"), Qt::CaseInsensitive) || with.endsWith(QLatin1String("LMTPSA"), Qt::CaseInsensitive);
}

SendingIpChoice SendingIp::choose(const Dsn::BounceAnalysis &analysis)
{
    SendingIpChoice c = fromReply(analysis);
    return c.isEmpty() ? fromReceived(analysis) : c;
}

void SendingIp::settle(Dsn::BounceAnalysis &analysis)
{
    if (analysis.original.present)
        analysis.original.sendingIp = choose(analysis).ip;
}

} // namespace Diagnosis
