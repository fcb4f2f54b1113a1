// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckJson.h"

namespace Auth {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray addressArray(const QList<QHostAddress> &list)
{
    QJsonArray a;
    for (const QHostAddress &h : list)
        a.append(h.toString());
    return a;
}

QJsonArray uriArray(const QList<DmarcReportUri> &list)
{
    QJsonArray a;
    for (const DmarcReportUri &u : list)
        a.append(QJsonObject{{QStringLiteral("uri"), u.uri},
                             {QStringLiteral("max_size"), u.maxSize.isEmpty() ? QJsonValue() : QJsonValue(u.maxSize)}});
    return a;
}

QString dmarcStatusName(DmarcDiscovery::Status s)
{
    switch (s) {
    case DmarcDiscovery::Status::Found: return QStringLiteral("found");
    case DmarcDiscovery::Status::None: return QStringLiteral("none");
    case DmarcDiscovery::Status::Multiple: return QStringLiteral("multiple");
    case DmarcDiscovery::Status::TempError: return QStringLiteral("temperror");
    }
    return QStringLiteral("temperror");
}

QString mxStatusName(MxCheck::Status s)
{
    switch (s) {
    case MxCheck::Status::Records: return QStringLiteral("records");
    case MxCheck::Status::NullMx: return QStringLiteral("null");
    case MxCheck::Status::Implicit: return QStringLiteral("implicit");
    case MxCheck::Status::NoMail: return QStringLiteral("no-mail");
    case MxCheck::Status::NxDomain: return QStringLiteral("nxdomain");
    case MxCheck::Status::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString authorizationName(DmarcReportAuthorization::State s)
{
    return s == DmarcReportAuthorization::State::Authorized ? QStringLiteral("authorized")
        : s == DmarcReportAuthorization::State::Unauthorized ? QStringLiteral("unauthorized") : QStringLiteral("unknown");
}

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject CheckJson::finding(const Finding &f)
{
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("severity"), severityName(f.severity)},
                  {QStringLiteral("message"), f.message},
                  {QStringLiteral("evidence"), f.evidence},
                  {QStringLiteral("fix"), f.fix}};
    // A master-file fragment (one line per record) that ldns, BIND and NSD read as is.
    if (!f.records.isEmpty())
        o.insert(QStringLiteral("record"), f.recordText());
    return o;
}

QJsonArray CheckJson::findings(const Findings &list)
{
    QJsonArray a;
    for (const Finding &f : list)
        a.append(finding(f));
    return a;
}

QJsonObject CheckJson::dmarcRfc9989(const DmarcDiscovery &d)
{
    const DmarcBisDiscovery &b = d.rfc9989;
    const bool found = b.status == DmarcBisDiscovery::Status::Found;
    const QString status = found ? QStringLiteral("found")
        : b.status == DmarcBisDiscovery::Status::TempError ? QStringLiteral("temperror") : QStringLiteral("none");
    QJsonArray walk;
    for (const DmarcWalkStep &s : b.walk.steps)
        walk.append(QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("_dmarc.") + s.domain)},
                                {QStringLiteral("records"), stringArray(s.records)},
                                {QStringLiteral("psd"), nullIfEmpty(s.psd())}});
    QJsonObject o{{QStringLiteral("status"), status},
                  {QStringLiteral("source"), dmarcBisSourceName(b.source)},
                  {QStringLiteral("record_at"), nullIfEmpty(b.recordAt)},
                  {QStringLiteral("record"), found ? QJsonValue(b.recordText) : QJsonValue()},
                  {QStringLiteral("org_domain"), nullIfEmpty(b.orgDomain)},
                  {QStringLiteral("org_rule"), dmarcOrgRuleName(b.orgRule)},
                  {QStringLiteral("tree_walk"), walk},
                  {QStringLiteral("queries"), b.walk.queries},
                  {QStringLiteral("multiple_at"), stringArray(b.multipleAt)},
                  {QStringLiteral("author_exists"), dmarcExistenceName(b.authorExistence)}};
    if (found) {
        o.insert(QStringLiteral("policy_tag"), b.policyTag);
        o.insert(QStringLiteral("applied_policy"), nullIfEmpty(dmarcPolicyName(b.appliedPolicy)));
        o.insert(QStringLiteral("effective_policy"), nullIfEmpty(dmarcPolicyName(b.effectivePolicy)));
        o.insert(QStringLiteral("np"), nullIfEmpty(dmarcPolicyName(b.record.nonexistentPolicy)));
        o.insert(QStringLiteral("psd"), b.record.psd.isEmpty() ? QStringLiteral("u") : b.record.psd);
        o.insert(QStringLiteral("testing"), b.record.testing);
        o.insert(QStringLiteral("errors"), stringArray(b.record.rfc9989AllErrors()));
        o.insert(QStringLiteral("warnings"), stringArray(b.record.rfc9989Warnings));
        o.insert(QStringLiteral("unknown_tags"), stringArray(b.record.unknownTags));
    }
    return o;
}

QJsonObject CheckJson::dmarc(const DmarcDiscovery &d)
{
    const bool found = d.status == DmarcDiscovery::Status::Found;
    const DmarcRecord &r = d.record;
    QJsonArray auth;
    for (const DmarcReportAuthorization &a : d.reportAuthorizations)
        auth.append(QJsonObject{{QStringLiteral("destination"), a.destination},
                                {QStringLiteral("query"), a.queryName},
                                {QStringLiteral("state"), authorizationName(a.state)}});
    QJsonObject o{{QStringLiteral("status"), dmarcStatusName(d.status)},
                  {QStringLiteral("from_domain"), d.fromDomain},
                  {QStringLiteral("org_domain"), nullIfEmpty(d.orgDomain)},
                  {QStringLiteral("record_at"), nullIfEmpty(d.recordAt)},
                  {QStringLiteral("record"), found ? QJsonValue(r.text) : QJsonValue()},
                  {QStringLiteral("records"), stringArray(d.records)},
                  {QStringLiteral("inherited"), d.inherited},
                  {QStringLiteral("report_authorizations"), auth},
                  // The keys above follow RFC 7489 (PSL); "rfc9989" is the DMARCbis reading.
                  {QStringLiteral("rfc9989"), dmarcRfc9989(d)},
                  {QStringLiteral("rfc_differences"), stringArray(d.rfcDifferences)}};
    if (found) {
        o.insert(QStringLiteral("policy"), nullIfEmpty(dmarcPolicyName(r.policy)));
        o.insert(QStringLiteral("subdomain_policy"), nullIfEmpty(dmarcPolicyName(r.subdomainPolicy)));
        o.insert(QStringLiteral("applied_policy"), nullIfEmpty(dmarcPolicyName(d.appliedPolicy())));
        o.insert(QStringLiteral("pct"), r.pct);
        o.insert(QStringLiteral("adkim"), r.strictDkim ? QStringLiteral("s") : QStringLiteral("r"));
        o.insert(QStringLiteral("aspf"), r.strictSpf ? QStringLiteral("s") : QStringLiteral("r"));
        o.insert(QStringLiteral("rua"), uriArray(r.rua));
        o.insert(QStringLiteral("ruf"), uriArray(r.ruf));
        o.insert(QStringLiteral("errors"), stringArray(r.errors));
        o.insert(QStringLiteral("warnings"), stringArray(r.warnings));
    }
    return o;
}

QJsonArray CheckJson::mx(const MxCheck &c)
{
    QJsonArray a;
    for (const MxHost &h : c.hosts) {
        a.append(QJsonObject{{QStringLiteral("preference"), h.preference},
                             {QStringLiteral("host"), h.host},
                             {QStringLiteral("addresses"), addressArray(h.addresses)},
                             {QStringLiteral("cname"), nullIfEmpty(h.cnameTarget)},
                             {QStringLiteral("ip_literal"), h.ipLiteral}});
    }
    return a;
}

QJsonObject CheckJson::ptr(const PtrCheck &c)
{
    QJsonArray names;
    for (const PtrName &n : c.names)
        names.append(n.name);
    return {{QStringLiteral("ip"), c.ip.toString()},
            {QStringLiteral("reverse_name"), c.reverseName},
            {QStringLiteral("names"), names},
            {QStringLiteral("fcrdns"), c.fcrdns()},
            {QStringLiteral("status"), Dns::outcomeName(c.ptr.outcome)}};
}

QJsonArray CheckJson::dnsbl(const QList<DnsblResult> &results)
{
    QJsonArray a;
    for (const DnsblResult &r : results) {
        a.append(QJsonObject{{QStringLiteral("zone"), r.zone.zone},
                             {QStringLiteral("kind"), r.zone.kind == DnsblZone::Kind::Ip ? QStringLiteral("ip") : QStringLiteral("domain")},
                             {QStringLiteral("subject"), r.subject},
                             {QStringLiteral("query"), r.query},
                             {QStringLiteral("state"), DnsblChecker::stateName(r.state)},
                             {QStringLiteral("codes"), stringArray(r.codes)},
                             {QStringLiteral("meanings"), stringArray(r.meanings)},
                             {QStringLiteral("reason"), nullIfEmpty(r.reason)}});
    }
    return a;
}

QJsonObject CheckJson::policyRecords(const QList<PolicyRecord> &records)
{
    QJsonObject o;
    for (const PolicyRecord &p : records)
        o.insert(p.kind, QJsonObject{{QStringLiteral("query"), p.name},
                                     {QStringLiteral("state"), PolicyRecordsChecker::stateName(p.state)},
                                     {QStringLiteral("record"), nullIfEmpty(p.record)}});
    return o;
}

QJsonObject CheckJson::toJson(const DomainCheckResult &r)
{
    QJsonObject o{{QStringLiteral("domain"), r.request.domain},
                  {QStringLiteral("dns_server"), r.dnsServer},
                  {QStringLiteral("elapsed_ms"), r.elapsedMs},
                  {QStringLiteral("spf"), QJsonValue()},
                  {QStringLiteral("dkim"), QJsonArray()}};
    for (CheckSection s : {CheckSection::Spf, CheckSection::Dkim}) {
        if (const SectionResult *section = r.section(s))
            o.insert(section->key(), section->json);
    }
    o.insert(QStringLiteral("dmarc"), dmarc(r.dmarc));
    o.insert(QStringLiteral("mx"), mx(r.mx));
    o.insert(QStringLiteral("mx_status"), mxStatusName(r.mx.status));
    o.insert(QStringLiteral("ptr"), r.ptr ? QJsonValue(ptr(*r.ptr)) : QJsonValue());
    o.insert(QStringLiteral("dnsbl"), dnsbl(r.dnsbl));
    o.insert(QStringLiteral("policy_records"), policyRecords(r.policyRecords));
    // AD bit of the main answers (RFC 4035 3.2.3): only meaningful from a validating resolver.
    QJsonObject dnssec{{QStringLiteral("mx"), r.mx.mx.authenticData}};
    if (!r.dmarc.answers.isEmpty())
        dnssec.insert(QStringLiteral("dmarc"), r.dmarc.answers.first().authenticData);
    if (r.ptr)
        dnssec.insert(QStringLiteral("ptr"), r.ptr->ptr.authenticData);
    o.insert(QStringLiteral("dnssec"), dnssec);
    o.insert(QStringLiteral("dns_unreachable"), r.dnsUnreachable);
    o.insert(QStringLiteral("findings"), findings(r.findings));
    return o;
}

} // namespace Auth
