// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveCheckRunner.h"

#include <QFuture>
#include <QJsonArray>

#include "auth/CheckJson.h"
#include "auth/DkimKeyChecker.h"
#include "auth/DmarcChecker.h"
#include "auth/DomainCheckParts.h"
#include "auth/DomainCheckQueries.h"
#include "auth/MxChecker.h"
#include "auth/PtrChecker.h"
#include "auth/PublicSuffix.h"
#include "dns/LookupPool.h"
#include "report/CheckReportBuilder.h"

namespace Ui {

struct LiveCheckRunner::SectionResult
{
    QString id;
    Auth::Findings findings;
    QJsonValue json;
    std::function<void(Auth::DomainCheckResult &)> store;
};

namespace {

QJsonValue dkimJson(const Auth::DkimKeyReport &report)
{
    QJsonArray keys;
    for (const Auth::DkimKeyCheck &k : report.keys) {
        QJsonArray records;
        for (const QByteArray &r : k.records)
            records.append(QString::fromUtf8(r));
        keys.append(QJsonObject{{QStringLiteral("selector"), k.selector},
                                {QStringLiteral("source"), Auth::selectorSourceName(k.source)},
                                {QStringLiteral("query"), k.query},
                                {QStringLiteral("outcome"), Dns::outcomeName(k.outcome)},
                                {QStringLiteral("records"), records}});
    }
    return QJsonObject{{QStringLiteral("keys"), keys}, {QStringLiteral("common_selectors_tried"), report.commonSelectorsTried}};
}

} // namespace

LiveCheckRunner::LiveCheckRunner(QObject *parent)
    : QObject(parent)
{
}

LiveCheckRunner::~LiveCheckRunner()
{
    // Tasks still running hold the session; waiting here happens only at exit.
    if (m_session)
        m_session->checksPool().waitForDone();
}

void LiveCheckRunner::cancel()
{
    ++m_generation;
    m_pending = 0;
}

void LiveCheckRunner::start(const LiveCheckRequest &request, const DnsSessionPtr &session)
{
    cancel();
    m_request = request;
    m_session = session;
    m_result = Auth::DomainCheckResult();
    m_result.params.domain = request.domain;
    m_result.params.ip = request.ip;
    m_result.dnsServer = request.server.description();
    m_dkimJson = QJsonValue();
    for (const char *id : {"spf", "dkim", "dmarc", "mx", "ptr", "dnsbl"}) {
        if (QLatin1String(id) == QLatin1String("ptr") && request.ip.isNull())
            continue;
        launch(QString::fromLatin1(id));
    }
}

void LiveCheckRunner::retry(const QString &checkId)
{
    if (!m_session)
        return;
    // Same session, so the query log stays complete; LdnsResolver makes a new ldns_resolver per
    // query, so a timeout before does not poison the retry (docs/PLATFORM-NOTES.md). The shared cache keeps
    // answers, timeouts included: forget them so the retry reaches the DNS again.
    m_session->forgetAnswers();
    launch(checkId);
}

void LiveCheckRunner::launch(const QString &id)
{
    const int generation = m_generation;
    DnsSessionPtr session = m_session;
    ++m_pending;
    // The task gets copies: the GUI thread may start another run while it works.
    const LiveCheckRequest request = m_request;
    session->checksPool()
        .run([id, request, session](Dns::Resolver &resolver) { return runSection(id, request, resolver, session->checksPool()); })
        .then(this, [this, generation, session](const SectionResult &result) {
            if (generation != m_generation)
                return; // a newer run started: drop this stale result
            accept(result);
        });
}

LiveCheckRunner::SectionResult LiveCheckRunner::runSection(const QString &id, const LiveCheckRequest &request,
                                                           Dns::Resolver &resolver, Dns::LookupPool &pool)
{
    const Auth::DomainCheckQueries queries(pool);
    const QString domain = request.domain;
    SectionResult r;
    r.id = id;
    if (id == QLatin1String("spf")) {
        Auth::DomainCheckParams params;
        params.domain = domain;
        params.ip = request.ip;
        params.sender = request.sender;
        const Auth::DomainCheckSection section = Auth::DomainCheckParts::spf().run(resolver, params);
        r.findings = section.findings;
        r.json = section.json;
        r.store = [section](Auth::DomainCheckResult &d) {
            d.parts.removeIf([](const auto &part) { return part.first == QLatin1String("spf"); });
            d.parts.append({QStringLiteral("spf"), section});
        };
    } else if (id == QLatin1String("dkim")) {
        Auth::DkimKeyChecker checker(resolver);
        const auto selectors = Auth::DkimKeyChecker::selectorsFor(domain, request.rawOriginal, request.selectors);
        const Auth::DkimKeyReport report = checker.check(domain, selectors);
        r.findings = report.findings;
        r.json = dkimJson(report);
    } else if (id == QLatin1String("dmarc")) {
        const Auth::DmarcDiscovery d = Auth::DmarcChecker(queries, Auth::PublicSuffix::system()).check(domain);
        r.findings = Auth::DmarcChecker::findings(d);
        r.json = Auth::CheckJson::dmarc(d);
        r.store = [d](Auth::DomainCheckResult &res) { res.dmarc = d; };
    } else if (id == QLatin1String("mx")) {
        const Auth::MxCheck mx = Auth::MxChecker(queries).check(domain);
        r.findings = Auth::MxChecker::findings(mx);
        r.json = Auth::CheckJson::mx(mx);
        r.store = [mx](Auth::DomainCheckResult &res) { res.mx = mx; };
    } else if (id == QLatin1String("ptr")) {
        const Auth::PtrCheck ptr = Auth::PtrChecker(queries).check(request.ip);
        r.findings = Auth::PtrChecker::findings(ptr);
        r.json = Auth::CheckJson::ptr(ptr);
        r.store = [ptr](Auth::DomainCheckResult &res) { res.ptr = ptr; };
    } else if (id == QLatin1String("dnsbl")) {
        const QList<Auth::DnsblResult> list = Auth::DnsblChecker(queries).check(request.ip, domain, request.zones);
        r.findings = Auth::DnsblChecker::findings(list);
        r.json = Auth::CheckJson::dnsbl(list);
        r.store = [list](Auth::DomainCheckResult &res) { res.dnsbl = list; };
    }
    return r;
}

void LiveCheckRunner::accept(const SectionResult &result)
{
    if (result.store)
        result.store(m_result);
    if (result.id == QLatin1String("dkim"))
        m_dkimJson = result.json;
    const QList<Report::DnsQuery> queries = m_session->queries();
    emit checkFinished(Report::CheckReportBuilder::build(result.id, result.findings, result.json, m_request.server.description()),
                       queries);
    if (--m_pending > 0)
        return;
    m_result.findings.clear();
    for (const auto &part : m_result.parts)
        m_result.findings += part.second.findings;
    m_result.findings += Auth::DmarcChecker::findings(m_result.dmarc) + Auth::MxChecker::findings(m_result.mx);
    QJsonObject json = Auth::CheckJson::toJson(m_result);
    json.insert(QStringLiteral("dkim"), m_dkimJson);
    emit allFinished(json, queries);
}

} // namespace Ui
