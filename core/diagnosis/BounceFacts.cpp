// SPDX-License-Identifier: GPL-3.0-or-later
#include "BounceFacts.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "codes/EntityExtractor.h"

namespace Diagnosis {

namespace {

QString domainOf(const QString &address)
{
    static const QRegularExpression angle(QStringLiteral(R"(<([^<>]*)>)"));
    QString a = address;
    const QRegularExpressionMatch m = angle.match(a);
    if (m.hasMatch())
        a = m.captured(1);
    a = a.trimmed();
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QString();
    QString d = a.mid(at + 1).toLower();
    while (!d.isEmpty() && !d.back().isLetterOrNumber())
        d.chop(1);
    return d;
}

QString addressOf(const QString &header)
{
    static const QRegularExpression angle(QStringLiteral(R"(<([^<>@]+@[^<>]+)>)"));
    static const QRegularExpression bare(QStringLiteral(R"(([^\s<>"@,;]+@[^\s<>"@,;]+))"));
    QRegularExpressionMatch m = angle.match(header);
    if (!m.hasMatch())
        m = bare.match(header);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isPublicAddress(const QString &text)
{
    QHostAddress ip;
    if (!ip.setAddress(text))
        return false;
    // RFC 1918 and RFC 4193 ranges never reach another organization's MX.
    static const QList<QPair<QHostAddress, int>> privateNets{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")), QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("fc00::/7"))};
    for (const auto &net : privateNets) {
        if (ip.isInSubnet(net))
            return false;
    }
    return !(ip.isLoopback() || ip.isLinkLocal() || ip.isNull());
}

// IPs the remote names in its reply, without the remote MTA's own address that MTAs prepend
// ("host mx.example[198.51.100.7] said:", RFC 3463 does not cover that prefix; Postfix writes it).
QStringList replyIps(const QString &text, const QString &remoteMta)
{
    static const QRegularExpression hostSaid(QStringLiteral(R"(host\s+\S+\[[0-9a-fA-F.:]+\]\s+said:)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString cleaned = text;
    cleaned.remove(hostSaid);
    QStringList out;
    for (const QString &ip : Codes::extractEntities(cleaned).ips) {
        if (isPublicAddress(ip) && !remoteMta.contains(ip))
            out.append(ip);
    }
    return out;
}

Evidence diagnosticEvidence(const Dsn::RecipientResult &r, int index)
{
    Evidence e;
    e.recipient = index;
    for (const Dsn::DsnField &f : r.fields) {
        if (f.name.compare(QLatin1String("Diagnostic-Code"), Qt::CaseInsensitive) == 0) {
            e.source = Evidence::Source::DsnField;
            e.field = f.name;
            e.span = f.span;
            e.value = f.value;
            return e;
        }
    }
    e.source = Evidence::Source::BounceText;
    e.span = r.span;
    e.value = r.diagnosticCode;
    return e;
}

RecipientFacts recipientFacts(const Dsn::RecipientResult &r, int index)
{
    RecipientFacts f;
    f.index = index;
    f.address = r.address;
    f.domain = domainOf(r.address);
    f.action = r.action;
    f.status = r.status;
    f.replyCode = r.replyCode;
    f.command = r.command;
    f.text = r.diagnosticCode;
    f.reason = Codes::reasonFromName(r.reason);
    // The line parser adds what the DSN does not carry: provider, provider tag, entities.
    const Codes::ParsedLine line = Codes::parseLine(r.diagnosticCode);
    f.provider = line.provider;
    f.providerTag = line.providerTag;
    if (f.status.isEmpty())
        f.status = line.status;
    if (f.replyCode.isEmpty())
        f.replyCode = line.replyCode;
    if (f.reason == Codes::Reason::Undefined)
        f.reason = line.reason;
    f.statusClass = !f.status.isEmpty() ? f.status.at(0) : (!f.replyCode.isEmpty() ? f.replyCode.at(0) : QChar());
    if (f.statusClass.isNull() && r.action == QLatin1String("delayed"))
        f.statusClass = QLatin1Char('4');
    f.lowerText = r.diagnosticCode.toLower().simplified();
    f.ips = replyIps(r.diagnosticCode, r.remoteMta);
    f.source = diagnosticEvidence(r, index);
    f.source.recipientAddress = r.address;
    f.statusSource = f.source;
    for (const Dsn::DsnField &field : r.fields) {
        if (field.name.compare(QLatin1String("Status"), Qt::CaseInsensitive) == 0) {
            f.statusSource.source = Evidence::Source::DsnField;
            f.statusSource.field = field.name;
            f.statusSource.span = field.span;
            f.statusSource.value = field.value;
        }
    }
    return f;
}

bool isFailing(const Dsn::RecipientResult &r)
{
    return r.action.isEmpty() || r.action == QLatin1String("failed") || r.action == QLatin1String("delayed");
}

void readOriginal(BounceFacts &facts, const Dsn::OriginalMessage &o)
{
    facts.originalPresent = o.present;
    facts.wholeOriginal = o.present && !o.headersOnly && !o.raw.isEmpty();
    facts.originalRaw = o.raw;
    facts.fromAddress = addressOf(o.from);
    facts.fromDomain = domainOf(facts.fromAddress);
    facts.returnPathDomain = domainOf(o.returnPath);
    facts.messageIdDomain = domainOf(o.messageId);
    for (const Dsn::DkimSignature &s : o.dkim) {
        if (facts.dkimDomain.isEmpty()) {
            facts.dkimDomain = s.domain.toLower();
            facts.dkimSelector = s.selector;
        }
        facts.dkimDomains.append(s.domain.toLower());
        facts.dkimSelectors.append(s.selector);
    }
    for (const Dsn::ReceivedHop &hop : o.received) {
        for (const QString &name : {hop.from, hop.by}) {
            const QString host = name.section(QLatin1Char(' '), 0, 0).toLower();
            if (!host.isEmpty())
                facts.receivedHosts.append(host);
        }
    }
    facts.fromEvidence.source = Evidence::Source::Header;
    facts.fromEvidence.field = QStringLiteral("From");
    facts.fromEvidence.value = o.from;
}

void chooseSendingIp(BounceFacts &facts, const Dsn::OriginalMessage &o)
{
    // What the remote quoted is what it saw (Gmail "with ip: [..]", Postfix "Client host [..]").
    for (const RecipientFacts &r : facts.recipients) {
        if (!r.ips.isEmpty()) {
            facts.sendingIp = r.ips.first();
            facts.sendingIpSource = QStringLiteral("reply");
            facts.sendingIpEvidence = r.source;
            facts.sendingIpEvidence.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The receiving server named the sending IP %1."), {facts.sendingIp});
            return;
        }
    }
    if (o.sendingIp.isEmpty())
        return;
    facts.sendingIp = o.sendingIp;
    facts.sendingIpSource = QStringLiteral("received");
    Evidence e;
    e.source = Evidence::Source::Header;
    e.field = QStringLiteral("Received");
    for (const Dsn::ReceivedHop &hop : o.received) {
        if (hop.ip == o.sendingIp) {
            e.value = QStringLiteral("from %1 by %2").arg(hop.from, hop.by);
            facts.sendingHost = hop.from.section(QLatin1Char(' '), 0, 0).toLower();
            break;
        }
    }
    e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The first external Received hop of the returned message names %1."), {o.sendingIp});
    facts.sendingIpEvidence = e;
}

void readRemoteVerdicts(BounceFacts &facts, const Dsn::OriginalMessage &o)
{
    for (const RecipientFacts &r : facts.recipients)
        facts.remoteSaw.append(RemoteVerdictParser::fromReplyText(r.text, r.source));
    Evidence header;
    header.source = Evidence::Source::Header;
    header.field = QStringLiteral("Authentication-Results");
    for (const QString &ar : o.authenticationResults) {
        for (const RemoteVerdict &v : RemoteVerdictParser::fromAuthenticationResults(ar, header)) {
            if (!facts.remote(v.check)) // the reply's own words come first
                facts.remoteSaw.append(v);
        }
    }
}

} // namespace

QString BounceFacts::spfDomain() const
{
    if (!returnPathDomain.isEmpty())
        return returnPathDomain;
    if (!fromDomain.isEmpty())
        return fromDomain;
    const RemoteVerdict *spf = remote(QStringLiteral("spf"));
    return spf ? spf->domain : QString();
}

const RemoteVerdict *BounceFacts::remote(const QString &check) const
{
    for (const RemoteVerdict &v : remoteSaw) {
        if (v.check == check)
            return &v;
    }
    return nullptr;
}

BounceFacts BounceFacts::fromAnalysis(const Dsn::BounceAnalysis &analysis)
{
    BounceFacts facts;
    facts.isBounce = analysis.kind == Dsn::Kind::Bounce || analysis.kind == Dsn::Kind::Delay;
    // Failed recipients first, then delayed ones (RFC 3464 2.3.3 Action).
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < analysis.recipients.size(); ++i) {
            const Dsn::RecipientResult &r = analysis.recipients.at(i);
            const bool delayed = r.action == QLatin1String("delayed");
            if (isFailing(r) && delayed == (pass == 1))
                facts.recipients.append(recipientFacts(r, i));
        }
    }
    readOriginal(facts, analysis.original);
    chooseSendingIp(facts, analysis.original);
    readRemoteVerdicts(facts, analysis.original);
    return facts;
}

BounceFacts BounceFacts::fromLine(const Codes::ParsedLine &line)
{
    BounceFacts facts;
    facts.isLine = true;
    RecipientFacts r;
    r.status = line.status;
    r.replyCode = line.replyCode;
    r.statusClass = line.statusClass();
    r.reason = line.reason;
    r.provider = line.provider;
    r.providerTag = line.providerTag;
    r.command = line.command;
    r.text = line.input;
    r.lowerText = line.input.toLower().simplified();
    r.ips = replyIps(line.input, QString());
    if (!line.entities.addresses.isEmpty()) {
        r.address = line.entities.addresses.first();
        r.domain = domainOf(r.address);
    }
    r.source.source = Evidence::Source::Input;
    r.source.value = line.input;
    r.source.span = Dsn::TextSpan{0, int(line.input.size())};
    r.statusSource = r.source;
    facts.recipients.append(r);
    chooseSendingIp(facts, Dsn::OriginalMessage{});
    readRemoteVerdicts(facts, Dsn::OriginalMessage{});
    return facts;
}

} // namespace Diagnosis
