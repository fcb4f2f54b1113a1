// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSections.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "auth/dkim/DkimKeyChecker.h"
#include "auth/spf/SpfEvaluator.h"
#include "auth/spf/SpfLinter.h"

namespace Auth {

namespace {

// The SPF result for the given IP as a finding: what a receiver would conclude.
Finding spfResultFinding(const SpfCheckResult &c, const QHostAddress &ip)
{
    Severity severity = Severity::Warning;
    switch (c.result) {
    case SpfResult::Pass: severity = Severity::Ok; break;
    case SpfResult::Fail:
    case SpfResult::PermError: severity = Severity::Error; break;
    case SpfResult::TempError: severity = Severity::Unknown; break;
    default: break;
    }
    const QString name = spfResultName(c.result);
    Finding f{QStringLiteral("spf.result"), severity,
              CheckSections::tr("SPF gives \"%1\" for %2 sending as %3.").arg(name, ip.toString(), c.domain),
              QStringLiteral("TXT %1: %2").arg(c.domain, c.record), QString()};
    if (!c.problem.isEmpty())
        f.message += QLatin1Char(' ') + c.problem;
    if (c.result == SpfResult::Fail || c.result == SpfResult::SoftFail || c.result == SpfResult::Neutral)
        f.fix = CheckSections::tr("If %1 is your server, add \"ip%2:%1\" to the SPF record of %3.")
                    .arg(ip.toString(), ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("6") : QStringLiteral("4"), c.domain);
    return f;
}

QJsonObject keyJson(const DkimKeyCheck &k)
{
    QJsonObject o{{QStringLiteral("selector"), k.selector},
                  {QStringLiteral("source"), selectorSourceName(k.source)},
                  {QStringLiteral("query"), k.query},
                  {QStringLiteral("outcome"), Dns::outcomeName(k.outcome)},
                  {QStringLiteral("found"), k.found()}};
    if (k.key) {
        o.insert(QStringLiteral("record"), QString::fromUtf8(k.key->text));
        o.insert(QStringLiteral("key_type"), QString::fromLatin1(k.key->keyTypeName));
        o.insert(QStringLiteral("key_bits"), k.key->keyBits);
        o.insert(QStringLiteral("revoked"), k.key->revoked);
        o.insert(QStringLiteral("testing"), k.key->testing);
        o.insert(QStringLiteral("problem"), k.key->problem == DkimKeyRecord::Problem::None
                     ? QJsonValue() : QJsonValue(DkimKeyRecord::problemCode(k.key->problem)));
    }
    return o;
}

} // namespace

SectionResult CheckSections::spf(Dns::Resolver &resolver, const CheckRequest &p)
{
    const SpfLintResult lint = SpfLinter(resolver).lint(p.domain);
    QJsonObject json{{QStringLiteral("domain"), lint.domain},
                     {QStringLiteral("record"), lint.record.isEmpty() ? QJsonValue() : QJsonValue(lint.record)},
                     {QStringLiteral("lookups"), lint.lookups},
                     {QStringLiteral("void_lookups"), lint.voidLookups},
                     {QStringLiteral("tree"), QJsonArray{traceJson(lint.tree)}}};
    SectionResult section{CheckSection::Spf, lint.findings, QJsonValue()};
    if (!p.ip.isNull() && p.spfCheckHost) {
        // RFC 7208 2.4: the MAIL FROM domain, or postmaster@HELO for a null sender.
        const QString sender = p.sender.isEmpty() ? QStringLiteral("postmaster@") + p.domain : p.sender;
        const QString domain = sender.section(QLatin1Char('@'), -1);
        const SpfCheckResult c = SpfEvaluator(resolver).checkHost(p.ip, domain, sender,
                                                                  p.helo.isEmpty() ? p.domain : p.helo);
        json.insert(QStringLiteral("result"), spfResultName(c.result));
        json.insert(QStringLiteral("ip"), p.ip.toString());
        json.insert(QStringLiteral("checked_domain"), c.domain);
        json.insert(QStringLiteral("matched"), c.matchedTerm.isEmpty() ? QJsonValue() : QJsonValue(c.matchedTerm));
        json.insert(QStringLiteral("problem"), c.problem.isEmpty() ? QJsonValue() : QJsonValue(c.problem));
        section.findings.prepend(spfResultFinding(c, p.ip));
    }
    section.json = json;
    return section;
}

SectionResult CheckSections::dkim(Dns::Resolver &resolver, const CheckRequest &p, bool concurrent)
{
    const QList<DkimSelector> selectors = DkimKeyChecker::selectorsFor(p.domain, p.rawOriginal, p.selectors);
    if (concurrent && selectors.size() > 1) {
        // DkimKeyChecker asks one selector after the other. Asking all key names at once first
        // fills the session's cache (Dns::CachingResolver), so its walk costs one round trip.
        QThreadPool pool;
        pool.setMaxThreadCount(int(qMin<qsizetype>(selectors.size(), 32)));
        QtConcurrent::blockingMap(&pool, selectors, [&resolver, &p](const DkimSelector &s) {
            resolver.query(s.name + QStringLiteral("._domainkey.") + (s.domain.isEmpty() ? p.domain : s.domain),
                           Dns::RrType::TXT);
        });
    }
    const DkimKeyReport report = DkimKeyChecker(resolver).check(p.domain, selectors);
    QJsonArray keys;
    for (const DkimKeyCheck &k : report.keys)
        keys.append(keyJson(k));
    return SectionResult{CheckSection::Dkim, report.findings, keys};
}

SectionResult CheckSections::dnssec(const DomainCheckResult &r, const Dns::Answer &soa)
{
    // AD bit of the main answers (RFC 4035 3.2.3): only meaningful from a validating resolver.
    QJsonObject json{{QStringLiteral("soa"), soa.authenticData}};
    QStringList validated{};
    if (soa.authenticData)
        validated.append(QStringLiteral("SOA ") + r.request.domain);
    if (r.section(CheckSection::Mx)) {
        json.insert(QStringLiteral("mx"), r.mx.mx.authenticData);
        if (r.mx.mx.authenticData)
            validated.append(QStringLiteral("MX ") + r.request.domain);
    }
    if (r.section(CheckSection::Dmarc) && !r.dmarc.answers.isEmpty()) {
        json.insert(QStringLiteral("dmarc"), r.dmarc.answers.first().authenticData);
        if (r.dmarc.answers.first().authenticData)
            validated.append(QStringLiteral("TXT _dmarc.") + r.request.domain);
    }
    if (r.ptr) {
        json.insert(QStringLiteral("ptr"), r.ptr->ptr.authenticData);
        if (r.ptr->ptr.authenticData)
            validated.append(QStringLiteral("PTR ") + r.ptr->reverseName);
    }
    SectionResult section{CheckSection::Dnssec, {}, json};
    const QString evidence = QStringLiteral("SOA %1: %2 (AD bit %3)")
                                 .arg(r.request.domain, Dns::outcomeName(soa.outcome),
                                      soa.authenticData ? QStringLiteral("set") : QStringLiteral("not set"));
    if (soa.isUnknown()) {
        section.findings.append(Finding{QStringLiteral("dnssec.dns-error"), Severity::Unknown,
            tr("Whether the answers for %1 are DNSSEC-validated is unknown: the SOA query got no usable answer (%2).")
                .arg(r.request.domain, Dns::outcomeName(soa.outcome)),
            evidence, QString()});
    } else if (!validated.isEmpty()) {
        section.findings.append(Finding{QStringLiteral("dnssec.validated"), Severity::Ok,
            tr("The DNS server %1 validated these answers with DNSSEC (AD bit, RFC 4035 §3.2.3): %2.")
                .arg(r.dnsServer, validated.join(QStringLiteral(", "))),
            evidence, QString()});
    } else {
        section.findings.append(Finding{QStringLiteral("dnssec.not-validated"), Severity::Info,
            tr("No answer for %1 came back DNSSEC-validated (no AD bit): the zone is not signed, or the DNS server %2 does not "
               "validate. Only a validating resolver can tell (RFC 4035 §3.2.3).").arg(r.request.domain, r.dnsServer),
            evidence, QString()});
    }
    return section;
}

QJsonObject CheckSections::traceJson(const SpfTraceNode &n)
{
    QJsonArray children;
    for (const SpfTraceNode &c : n.children)
        children.append(traceJson(c));
    return {{QStringLiteral("term"), n.term},       {QStringLiteral("domain"), n.domain},
            {QStringLiteral("record"), n.record},   {QStringLiteral("query"), n.query},
            {QStringLiteral("outcome"), n.outcome}, {QStringLiteral("detail"), n.detail},
            {QStringLiteral("lookups"), n.lookups}, {QStringLiteral("void_lookups"), n.voidLookups},
            {QStringLiteral("children"), children}};
}

} // namespace Auth
