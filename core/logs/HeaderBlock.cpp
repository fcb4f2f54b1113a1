// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderBlock.h"

#include <QJsonArray>

#include "diagnosis/SendingIp.h"
#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "dsn/OriginalMessageParser.h"
#include "dsn/TextDecoding.h"

namespace Logs {

namespace {

// A real header is a few kilobytes to a few dozen (long Received and ARC chains); the analyzer
// reads at most 12 MB of a message anyway.
constexpr qsizetype MaxBytes = 4 * 1024 * 1024;
// Three fields: fewer is a line or two someone copied, better explained one by one.
constexpr int MinFields = 3;

bool isTraceOrIdentity(const QByteArray &lowerName)
{
    return lowerName == "received" || lowerName == "authentication-results" || lowerName == "dkim-signature"
        || lowerName.startsWith("arc-") || lowerName == "message-id";
}

// RFC 3464 section 2.2/2.3 fields: pasted DSN groups are a bounce, not a message header.
bool isDsnField(const QByteArray &lowerName)
{
    return lowerName == "final-recipient" || lowerName == "original-recipient" || lowerName == "diagnostic-code"
        || lowerName == "action" || lowerName == "status" || lowerName == "reporting-mta" || lowerName == "remote-mta";
}

// "Alice <alice@example.org>" -> "example.org" (RFC 5322 3.4: the domain follows the last '@').
QString domainOfAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = address.mid(at + 1);
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const QChar c = domain.at(i);
        if (c == QLatin1Char('>') || c == QLatin1Char(';') || c == QLatin1Char(',') || c.isSpace()) {
            domain.truncate(i);
            break;
        }
    }
    return domain.toLower();
}

} // namespace

HeaderCheckTarget checkTargetOf(const Dsn::BounceAnalysis &analysis)
{
    const Dsn::OriginalMessage &o = analysis.original;
    HeaderCheckTarget t;
    t.domain = domainOfAddress(o.from);
    const Diagnosis::SendingIpChoice ip = Diagnosis::SendingIp::choose(analysis);
    t.ip = ip.ip;
    t.ipSource = Diagnosis::sendingIpSourceName(ip.source);
    if (!ip.why.isEmpty()) {
        t.ipWhy = ip.why.english();
        t.ipWhyShown = ip.why.translated();
    }
    // "<bounces+123@mailer.example>" -> the address; "<>" -> empty.
    t.sender = o.returnPath.section(QLatin1Char('<'), -1).section(QLatin1Char('>'), 0, 0).trimmed();
    for (const Dsn::DkimSignature &d : o.dkim) {
        if (!d.selector.isEmpty() && d.domain.compare(t.domain, Qt::CaseInsensitive) == 0 && !t.selectors.contains(d.selector))
            t.selectors << d.selector;
    }
    return t;
}

QJsonObject headerBlockJson(const Dsn::BounceAnalysis &analysis, const QString &input)
{
    // The original object is analyze's own (one writer for both commands).
    const QJsonObject analyzed = Dsn::AnalysisJson::toJson(analysis, QStringLiteral("-"));
    const HeaderCheckTarget t = checkTargetOf(analysis);
    const QJsonObject check{{QStringLiteral("domain"), t.domain},
                            {QStringLiteral("ip"), t.ip},
                            {QStringLiteral("ip_source"), t.ipSource},
                            {QStringLiteral("ip_why"), t.ipWhy},
                            {QStringLiteral("sender"), t.sender},
                            {QStringLiteral("selectors"), QJsonArray::fromStringList(t.selectors)}};
    return {{QStringLiteral("input"), input},
            {QStringLiteral("recognized"), true},
            {QStringLiteral("kind"), QStringLiteral("headers")},
            {QStringLiteral("original"), analyzed.value(QStringLiteral("original"))},
            {QStringLiteral("check"), check},
            {QStringLiteral("problems"), analyzed.value(QStringLiteral("problems"))}};
}

bool startsHeaderField(const QString &line)
{
    // RFC 5322 2.2: field-name is printable US-ASCII except ':', then ':'. Names in practice are
    // letters, digits and '-' (IANA message header registry); that keeps "Mar  1 10:00:00" and
    // "550 5.1.1 ..." out.
    if (line.isEmpty() || !line.at(0).isLetter() || line.at(0).unicode() > 127)
        return false;
    for (qsizetype i = 1; i < line.size() && i < 80; ++i) {
        const char16_t c = line.at(i).unicode();
        if (c == u':')
            return true;
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'))
            return false;
    }
    return false;
}

std::optional<Dsn::BounceAnalysis> readHeaderBlock(const QString &text)
{
    QString trimmed = text;
    while (!trimmed.isEmpty() && trimmed.at(0).isSpace())
        trimmed.remove(0, 1);
    if (trimmed.size() > MaxBytes || !startsHeaderField(trimmed))
        return std::nullopt;
    const QByteArray raw = trimmed.toUtf8();
    qsizetype bodyStart = -1;
    const QList<Dsn::RawHeader> fields = Dsn::TextDecoding::splitHeaders(raw, &bodyStart);
    if (fields.size() < MinFields)
        return std::nullopt;
    bool identified = false;
    for (const Dsn::RawHeader &f : fields) {
        const QByteArray name = f.name.trimmed().toLower();
        if (isDsnField(name))
            return std::nullopt;
        identified = identified || isTraceOrIdentity(name);
    }
    if (!identified)
        return std::nullopt;
    Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(raw);
    if (a.kind != Dsn::Kind::NotBounce || !a.recipients.isEmpty())
        return std::nullopt;
    // The pasted message is the original itself: its header (and body, if pasted) as returned.
    a.original = Dsn::OriginalMessageParser::parse(raw, bodyStart < 0 || bodyStart >= raw.size());
    // One rule for the sending IP (Diagnosis::SendingIp), also in the "original" JSON object: the
    // parser's own first public hop can be the author's authenticated submission.
    Diagnosis::SendingIp::settle(a);
    return a;
}

} // namespace Logs
