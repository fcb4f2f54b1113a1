// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainCheckParts.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "DkimKeyChecker.h"
#include "SpfEvaluator.h"
#include "SpfLinter.h"

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
              DomainCheckParts::tr("SPF gives \"%1\" for %2 sending as %3.").arg(name, ip.toString(), c.domain),
              QStringLiteral("TXT %1: %2").arg(c.domain, c.record), QString()};
    if (!c.problem.isEmpty())
        f.message += QLatin1Char(' ') + c.problem;
    if (c.result == SpfResult::Fail || c.result == SpfResult::SoftFail || c.result == SpfResult::Neutral)
        f.fix = DomainCheckParts::tr("If %1 is your server, add \"ip%2:%1\" to the SPF record of %3.")
                    .arg(ip.toString(), ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("6") : QStringLiteral("4"), c.domain);
    return f;
}

DomainCheckSection runSpf(Dns::Resolver &resolver, const DomainCheckParams &p)
{
    const SpfLintResult lint = SpfLinter(resolver).lint(p.domain);
    QJsonObject json{{QStringLiteral("domain"), lint.domain},
                     {QStringLiteral("record"), lint.record.isEmpty() ? QJsonValue() : QJsonValue(lint.record)},
                     {QStringLiteral("lookups"), lint.lookups},
                     {QStringLiteral("void_lookups"), lint.voidLookups},
                     {QStringLiteral("tree"), QJsonArray{DomainCheckParts::traceJson(lint.tree)}}};
    DomainCheckSection section{QJsonValue(), lint.findings};
    if (!p.ip.isNull()) {
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

DomainCheckSection runDkim(Dns::Resolver &resolver, const DomainCheckParams &p)
{
    const QList<DkimSelector> selectors = DkimKeyChecker::selectorsFor(p.domain, QByteArray(), p.selectors);
    if (!p.sequential && selectors.size() > 1) {
        // DkimKeyChecker asks one selector after the other. Asking all key names at once first
        // fills the per-check cache (the CLI's CachingResolver), so its walk costs one round trip.
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
    return DomainCheckSection{keys, report.findings};
}

} // namespace

DomainCheckPart DomainCheckParts::dkim()
{
    return DomainCheckPart{QStringLiteral("dkim"), runDkim};
}

QJsonObject DomainCheckParts::traceJson(const SpfTraceNode &n)
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

DomainCheckPart DomainCheckParts::spf()
{
    return DomainCheckPart{QStringLiteral("spf"), runSpf};
}

} // namespace Auth
