// SPDX-License-Identifier: GPL-3.0-or-later
#include "BounceFacts.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "SendingIp.h"

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
    f.reasonEvidence = r.reasonEvidence;
    // The line parser adds what the DSN does not carry: provider, provider tag, entities.
    const Codes::ParsedLine line = Codes::parseLine(r.diagnosticCode);
    f.provider = line.provider;
    f.providerTag = line.providerTag;
    if (f.status.isEmpty())
        f.status = line.status;
    if (f.replyCode.isEmpty())
        f.replyCode = line.replyCode;
    if (f.reason == Codes::Reason::Undefined) {
        f.reason = line.reason;
        f.reasonEvidence = line.reasonEvidence;
    }
    f.statusClass = !f.status.isEmpty() ? f.status.at(0) : (!f.replyCode.isEmpty() ? f.replyCode.at(0) : QChar());
    if (f.statusClass.isNull() && r.action == QLatin1String("delayed"))
        f.statusClass = QLatin1Char('4');
    f.lowerText = r.diagnosticCode.toLower().simplified();
    f.ips = SendingIp::replyIps(r.diagnosticCode, r.remoteMta);
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
    facts.received = o.received;
    for (const Dsn::ReceivedHop &hop : o.received) {
        for (const QString &name : {hop.from, hop.by}) {
            const QString host = SendingIp::hostName(name);
            if (!host.isEmpty())
                facts.receivedHosts.append(host);
        }
    }
    facts.fromEvidence.source = Evidence::Source::Header;
    facts.fromEvidence.field = QStringLiteral("From");
    facts.fromEvidence.value = o.from;
}

// One rule for every caller (SendingIp::choose); here it becomes facts and evidence.
void chooseSendingIp(BounceFacts &facts, const SendingIpChoice &choice, const Dsn::OriginalMessage &o)
{
    if (choice.isEmpty())
        return;
    facts.sendingIp = choice.ip;
    facts.sendingIpSource = sendingIpSourceName(choice.source);
    facts.sendingHost = choice.host;
    facts.sendingHop = choice.hop;
    if (choice.source == SendingIpChoice::Source::Reply && !o.received.isEmpty()) {
        // The host that delivered the message names itself in the newest hop it wrote ("by"),
        // the name it also gives in HELO (Postfix myhostname, Exim primary_hostname).
        facts.sendingHost = SendingIp::hostName(o.received.first().by);
    }
    if (choice.source == SendingIpChoice::Source::Reply) {
        for (const RecipientFacts &r : facts.recipients) {
            if (r.index == choice.recipient || (choice.recipient < 0 && r.ips.contains(choice.ip))) {
                facts.sendingIpEvidence = r.source;
                break;
            }
        }
    } else {
        Evidence e;
        e.source = Evidence::Source::Header;
        e.field = QStringLiteral("Received");
        const Dsn::ReceivedHop &hop = o.received.at(choice.hop);
        e.value = QStringLiteral("from %1 by %2").arg(hop.from, hop.by);
        facts.sendingIpEvidence = e;
    }
    facts.sendingIpEvidence.text = choice.why;
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
    chooseSendingIp(facts, SendingIp::choose(analysis), analysis.original);
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
    r.reasonEvidence = line.reasonEvidence;
    r.provider = line.provider;
    r.providerTag = line.providerTag;
    r.command = line.command;
    r.text = line.input;
    r.lowerText = line.input.toLower().simplified();
    r.ips = SendingIp::replyIps(line.input, QString());
    if (!line.entities.addresses.isEmpty()) {
        r.address = line.entities.addresses.first();
        r.domain = domainOf(r.address);
    }
    r.source.source = Evidence::Source::Input;
    r.source.value = line.input;
    r.source.span = Dsn::TextSpan{0, int(line.input.size())};
    r.statusSource = r.source;
    facts.recipients.append(r);
    if (!r.ips.isEmpty()) {
        SendingIpChoice choice;
        choice.ip = r.ips.first();
        choice.source = SendingIpChoice::Source::Reply;
        choice.why = Text(QT_TRANSLATE_NOOP("Diagnosis", "The receiving server named %1 in its reply: this is the address it refused."), {choice.ip});
        chooseSendingIp(facts, choice, Dsn::OriginalMessage{});
    }
    readRemoteVerdicts(facts, Dsn::OriginalMessage{});
    return facts;
}

} // namespace Diagnosis
