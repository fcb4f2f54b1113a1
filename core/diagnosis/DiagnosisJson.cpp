// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisJson.h"

#include <cmath>

#include "auth/engine/CheckJson.h"
#include "codes/Explanation.h"
#include "dsn/AnalysisJson.h"

namespace Diagnosis {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QJsonObject spfJson(const LiveCheckResults &c)
{
    const Auth::SpfCheckResult &s = *c.spf;
    return QJsonObject{{QStringLiteral("ip"), c.spfIp},
                       {QStringLiteral("domain"), s.domain},
                       {QStringLiteral("result"), Auth::spfResultName(s.result)},
                       {QStringLiteral("record"), orNull(s.record)},
                       {QStringLiteral("matched"), orNull(s.matchedTerm)},
                       {QStringLiteral("problem"), orNull(s.problem)},
                       {QStringLiteral("lookups"), s.lookups},
                       {QStringLiteral("void_lookups"), s.voidLookups}};
}

QJsonObject orgDomainsJson(const QHash<QString, QString> &orgs)
{
    QJsonObject o;
    for (auto it = orgs.cbegin(); it != orgs.cend(); ++it)
        o.insert(it.key(), orNull(it.value()));
    return o;
}

QJsonObject evaluationJson(const std::optional<Auth::DmarcEvaluation> &e, const QString &noEvaluation)
{
    const Auth::DmarcEvaluation none;
    const Auth::DmarcEvaluation &v = e ? *e : none;
    return QJsonObject{{QStringLiteral("result"), e ? Auth::dmarcResultName(v.result) : noEvaluation},
                       {QStringLiteral("disposition"), Auth::dmarcPolicyName(v.disposition)},
                       {QStringLiteral("spf_aligned"), v.spfAligned},
                       {QStringLiteral("dkim_aligned"), v.dkimAligned}};
}

// The message's DMARC evaluation: the top-level keys keep their RFC 7489 meaning (PSL org
// domains); "rfc9989" is the DMARCbis reading (tree-walk org domains, np=, t=y, no pct) and
// "differences" the codes of DmarcRfc9989Reading::differences. Null when neither rule set
// found a record to evaluate with.
QJsonValue dmarcJson(const LiveCheckResults &c)
{
    const DmarcRfc9989Reading &r = c.dmarcRfc9989;
    if (!c.dmarc && !r.evaluation)
        return QJsonValue();
    QJsonObject o = evaluationJson(c.dmarc, QStringLiteral("none"));
    o.insert(QStringLiteral("org_domains"), orgDomainsJson(r.pslOrgDomains));
    const Auth::DmarcBisDiscovery *b = c.sender ? &c.sender->dmarc.rfc9989 : nullptr;
    const bool tempError = b && b->status == Auth::DmarcBisDiscovery::Status::TempError;
    QJsonObject bis = evaluationJson(r.evaluation, tempError ? QStringLiteral("temperror") : QStringLiteral("none"));
    bis.insert(QStringLiteral("org_domains"), orgDomainsJson(r.orgDomains));
    bis.insert(QStringLiteral("policy_domain"), orNull(r.evaluation && b ? b->policyDomain : QString()));
    bis.insert(QStringLiteral("policy_tag"), orNull(r.evaluation && b ? b->policyTag : QString()));
    bis.insert(QStringLiteral("walk_queries"), r.walkQueries);
    o.insert(QStringLiteral("rfc9989"), bis);
    o.insert(QStringLiteral("differs"), r.differs());
    o.insert(QStringLiteral("differences"), QJsonArray::fromStringList(r.differences));
    return o;
}

QJsonArray dkimJson(const QList<Auth::DkimVerification> &list)
{
    QJsonArray out;
    for (const Auth::DkimVerification &v : list) {
        out.append(QJsonObject{{QStringLiteral("domain"), v.signature.domain},
                               {QStringLiteral("selector"), v.signature.selector},
                               {QStringLiteral("result"), Auth::dkimResultName(v.result)},
                               {QStringLiteral("reason"), orNull(v.reason)},
                               {QStringLiteral("detail"), orNull(v.detail)},
                               {QStringLiteral("key_query"), orNull(v.keyQuery)}});
    }
    return out;
}

// Headers only: the key of each returned signature as found today (RFC 6376 3.6).
QJsonValue dkimKeysJson(const std::optional<Auth::DkimKeyReport> &report)
{
    if (!report)
        return QJsonValue();
    QJsonArray out;
    for (const Auth::DkimKeyCheck &k : report->keys) {
        QJsonObject o{{QStringLiteral("query"), k.query},
                      {QStringLiteral("outcome"), Dns::outcomeName(k.outcome)},
                      {QStringLiteral("found"), k.found()}};
        if (k.key) {
            o.insert(QStringLiteral("record"), QString::fromLatin1(k.key->text));
            o.insert(QStringLiteral("key_bits"), k.key->keyBits);
            o.insert(QStringLiteral("revoked"), k.key->revoked);
            o.insert(QStringLiteral("testing"), k.key->testing);
        }
        out.append(o);
    }
    return out;
}

QString mxStatusName(Auth::MxCheck::Status s)
{
    using S = Auth::MxCheck::Status;
    switch (s) {
    case S::Records: return QStringLiteral("records");
    case S::NullMx: return QStringLiteral("null-mx");
    case S::Implicit: return QStringLiteral("implicit");
    case S::NoMail: return QStringLiteral("no-mail");
    case S::NxDomain: return QStringLiteral("nxdomain");
    case S::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QJsonObject thenVsNowJson(const QList<ThenVsNow> &list)
{
    QJsonObject out;
    for (const ThenVsNow &t : list) {
        out.insert(t.check, QJsonObject{{QStringLiteral("then"), orNull(t.then.english())},
                                        {QStringLiteral("now"), orNull(t.now.english())},
                                        {QStringLiteral("state"), thenVsNowStateName(t.state)}});
    }
    return out;
}

} // namespace

QJsonObject DiagnosisJson::evidence(const Evidence &e)
{
    QJsonObject o{{QStringLiteral("source"), evidenceSourceName(e.source)}, {QStringLiteral("text"), e.text.english()}};
    if (!e.field.isEmpty())
        o.insert(QStringLiteral("field"), e.field);
    if (!e.value.isEmpty())
        o.insert(QStringLiteral("value"), e.value);
    if (e.span.isValid())
        o.insert(QStringLiteral("span"), QJsonObject{{QStringLiteral("offset"), e.span.offset}, {QStringLiteral("length"), e.span.length}});
    if (e.recipient >= 0) {
        o.insert(QStringLiteral("recipient"), e.recipient);
        o.insert(QStringLiteral("recipient_address"), e.recipientAddress);
    }
    if (e.source == Evidence::Source::Dns) {
        o.insert(QStringLiteral("query"), e.query);
        o.insert(QStringLiteral("server"), e.server);
        o.insert(QStringLiteral("outcome"), e.outcome);
        o.insert(QStringLiteral("answer"), e.answer);
    }
    return o;
}

QJsonObject DiagnosisJson::cause(const Cause &c)
{
    QJsonArray why, evidence, fix;
    for (const Text &t : c.why)
        why.append(t.english());
    for (const Evidence &e : c.evidence)
        evidence.append(DiagnosisJson::evidence(e));
    for (const FixStep &f : c.fix) {
        QJsonObject step{{QStringLiteral("text"), f.text.english()}};
        if (f.record)
            step.insert(QStringLiteral("record"), f.record->zoneLine()); // RFC 1035 5.1 master-file line
        fix.append(step);
    }
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("title"), c.title(false)},
                       {QStringLiteral("confidence"), round2(c.confidence)},
                       {QStringLiteral("confidence_why"), why},
                       {QStringLiteral("who_acts"), whoActsName(c.whoActs)},
                       {QStringLiteral("retry_helps"), c.retryHelps},
                       {QStringLiteral("recipients"), QJsonArray::fromStringList(c.recipients)},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("fix"), fix},
                       {QStringLiteral("then_vs_now"), thenVsNowJson(c.thenVsNow)}};
}

QJsonArray DiagnosisJson::causes(const QList<Cause> &list)
{
    QJsonArray out;
    for (const Cause &c : list)
        out.append(cause(c));
    return out;
}

QJsonObject DiagnosisJson::checks(const LiveCheckResults &c)
{
    QJsonArray ran, skipped;
    for (const QString &r : c.ran)
        ran.append(r);
    for (const SkippedCheck &s : c.skipped)
        skipped.append(QJsonObject{{QStringLiteral("check"), s.check}, {QStringLiteral("why"), s.why.english()}});
    QJsonObject o{{QStringLiteral("dns_server"), orNull(c.dnsServer)}, {QStringLiteral("ran"), ran}, {QStringLiteral("skipped"), skipped}};
    o.insert(QStringLiteral("sender"), c.sender ? QJsonValue(Auth::CheckJson::toJson(*c.sender)) : QJsonValue());
    o.insert(QStringLiteral("spf_check_host"), c.spf ? QJsonValue(spfJson(c)) : QJsonValue());
    o.insert(QStringLiteral("dkim_verify"), c.dkimVerified ? QJsonValue(dkimJson(c.dkim)) : QJsonValue());
    o.insert(QStringLiteral("dkim_keys"), dkimKeysJson(c.dkimKeys));
    o.insert(QStringLiteral("dmarc_evaluation"), dmarcJson(c));
    if (c.recipientMx) {
        o.insert(QStringLiteral("recipient_mx"), QJsonObject{{QStringLiteral("domain"), c.recipientMx->domain},
                                                             {QStringLiteral("status"), mxStatusName(c.recipientMx->status)},
                                                             {QStringLiteral("mx"), Auth::CheckJson::mx(*c.recipientMx)},
                                                             {QStringLiteral("findings"), Auth::CheckJson::findings(Auth::MxChecker::findings(*c.recipientMx))}});
    } else {
        o.insert(QStringLiteral("recipient_mx"), QJsonValue());
    }
    return o;
}

QJsonObject DiagnosisJson::analysis(const DiagnosisResult &r, const QString &file)
{
    if (r.input.analysis)
        return Dsn::AnalysisJson::toJson(*r.input.analysis, file);
    if (r.input.line)
        return Codes::toJson(*r.input.line);
    return QJsonObject();
}

QJsonObject DiagnosisJson::toJson(const DiagnosisResult &r, const QString &file)
{
    return QJsonObject{{QStringLiteral("analysis"), analysis(r, file)},
                       {QStringLiteral("checks"), checks(r.checks)},
                       {QStringLiteral("verdict"), r.top() ? QJsonValue(r.top()->title(false)) : QJsonValue()},
                       {QStringLiteral("diagnosis"), causes(r.causes)}};
}

} // namespace Diagnosis
