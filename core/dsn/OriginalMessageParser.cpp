// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginalMessageParser.h"

#include "TextDecoding.h"
#include "util/PublicAddress.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>

namespace Dsn {
namespace {

QString tagValue(const QString &sig, QLatin1String tag)
{
    // Tags are "name=value" separated by ';' (RFC 6376 section 3.2).
    for (const QString &part : sig.split(QLatin1Char(';'))) {
        const QString t = part.trimmed();
        if (t.startsWith(tag) && t.mid(tag.size()).trimmed().startsWith(QLatin1Char('=')))
            return t.mid(t.indexOf(QLatin1Char('=')) + 1).remove(QLatin1Char(' ')).trimmed();
    }
    return {};
}

qint64 parseDate(QString s)
{
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    s.remove(comment);
    s = s.simplified();
    QDateTime dt = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!dt.isValid()) {
        // Some MTAs omit the weekday or write "24 Apr 2013 00:00:00 +0900" after "; ".
        static const QRegularExpression core(QStringLiteral("(\\d{1,2} \\w{3} \\d{4} \\d{1,2}:\\d{2}(:\\d{2})? [+-]\\d{4})"));
        const auto m = core.match(s);
        if (m.hasMatch())
            dt = QDateTime::fromString(m.captured(1), Qt::RFC2822Date);
    }
    return dt.isValid() ? dt.toSecsSinceEpoch() : -1;
}

void addHeader(OriginalMessage &o, const QByteArray &name, const QString &value)
{
    const QByteArray n = name.toLower();
    if (n == "from")
        o.from = value;
    else if (n == "to" || n == "cc")
        o.to += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (n == "subject")
        o.subject = value;
    else if (n == "date")
        o.date = value;
    else if (n == "message-id")
        o.messageId = value;
    else if (n == "return-path")
        o.returnPath = value;
    else if (n == "dkim-signature")
        o.dkim.append({tagValue(value, QLatin1String("d")), tagValue(value, QLatin1String("s")), value});
    else if (n == "authentication-results")
        o.authenticationResults += value;
    else if (n.startsWith("arc-"))
        o.arcHeaders += QString::fromLatin1(name) + QStringLiteral(": ") + value;
    else if (n == "received")
        o.received += OriginalMessageParser::parseReceived(value);
}

} // namespace

ReceivedHop OriginalMessageParser::parseReceived(const QString &value)
{
    static const QRegularExpression fromRe(QStringLiteral("\\bfrom\\s+(\\S+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression byRe(QStringLiteral("\\bby\\s+(\\S+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression withRe(QStringLiteral("\\bwith\\s+([A-Za-z0-9-]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ipRe(QStringLiteral("[\\[(](?:IPv6:)?([0-9a-fA-F:.]*[0-9a-fA-F][0-9a-fA-F:.]*)[\\])]"));
    ReceivedHop hop;
    const qsizetype semi = value.lastIndexOf(QLatin1Char(';'));
    const QString clauses = semi >= 0 ? value.left(semi) : value;
    hop.time = semi >= 0 ? value.mid(semi + 1).trimmed() : QString();
    hop.epoch = hop.time.isEmpty() ? -1 : parseDate(hop.time);
    const auto by = byRe.match(clauses);
    const qsizetype byPos = by.hasMatch() ? by.capturedStart() : clauses.size();
    const auto from = fromRe.match(clauses);
    if (from.hasMatch() && from.capturedStart() < byPos)
        hop.from = from.captured(1);
    // "from [192.0.2.1] (port=4711 helo=mail.example.org)" (Exim): the client's own name is its
    // HELO, not the address literal the receiver wrote in its place.
    static const QRegularExpression heloRe(QStringLiteral("\\bhelo=([A-Za-z0-9._-]+)"), QRegularExpression::CaseInsensitiveOption);
    if (hop.from.startsWith(QLatin1Char('['))) {
        const auto helo = heloRe.match(clauses.left(byPos));
        if (helo.hasMatch())
            hop.from = helo.captured(1);
    }
    if (by.hasMatch()) {
        hop.by = by.captured(1);
        const auto with = withRe.match(clauses, by.capturedEnd());
        if (with.hasMatch())
            hop.with = with.captured(1);
    }
    // The address the receiving host saw is the TCP-info in the from clause (RFC 5321 4.4,
    // "from helo (rdns [192.0.2.1])"): the last address there. A first "[10.0.0.5]" is only the
    // literal the client gave in HELO.
    auto it = ipRe.globalMatch(clauses.left(byPos));
    while (it.hasNext()) {
        const QString ip = it.next().captured(1);
        QHostAddress a;
        if ((ip.contains(QLatin1Char('.')) || ip.count(QLatin1Char(':')) >= 2) && a.setAddress(ip))
            hop.ip = ip;
    }
    return hop;
}

OriginalMessage OriginalMessageParser::parse(const QByteArray &raw, bool headersOnly)
{
    OriginalMessage o;
    o.present = true;
    o.headersOnly = headersOnly;
    o.raw = raw;
    const QList<RawHeader> headers = TextDecoding::splitHeaders(raw);
    for (const RawHeader &h : headers) {
        const QString value = TextDecoding::decodeHeader(h.value);
        o.headers.append({QString::fromLatin1(h.name), value});
        addHeader(o, h.name, value);
    }
    // Delays: each hop against the next older one (headers are newest first).
    for (qsizetype i = 0; i + 1 < o.received.size(); ++i) {
        if (o.received[i].epoch >= 0 && o.received[i + 1].epoch >= 0)
            o.received[i].delaySeconds = o.received[i].epoch - o.received[i + 1].epoch;
    }
    for (qsizetype i = o.received.size() - 1; i >= 0; --i) {
        if (Util::isPublicAddress(o.received[i].ip)) {
            o.sendingIp = o.received[i].ip;
            break;
        }
    }
    return o;
}

} // namespace Dsn
