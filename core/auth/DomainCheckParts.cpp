// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainCheckParts.h"

#include <QJsonArray>

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

} // namespace

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
