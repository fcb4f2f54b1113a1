// SPDX-License-Identifier: GPL-3.0-or-later
// Auth::CheckEngine against a real NSD: sections are streamed one by one as they finish, a run
// can be cancelled, a request runs only the sections it names, and the concurrent engine finds
// exactly what the one-query-at-a-time engine finds with no more queries (the SPF tree is
// prefetched breadth-first: Auth::SpfTreePrefetch asks the linter's questions, no others).
#include <QJsonDocument>
#include <QMutex>
#include <QTest>

#include "DomainZones.h"
#include "FindingAsserts.h"
#include "NsdServer.h"
#include "SpfTreeZone.h"
#include "auth/engine/CheckEngine.h"
#include "auth/engine/CheckJson.h"
#include "auth/common/PublicSuffix.h"
#include "auth/spf/SpfLinter.h"
#include "auth/engine/SpfTreePrefetch.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

using namespace Auth;

namespace {

// The findings as JSON text: every field, records included, in report order.
QByteArray findingsText(const DomainCheckResult &r)
{
    return QJsonDocument(CheckJson::findings(r.findings)).toJson(QJsonDocument::Compact);
}

CheckRequest spfTree()
{
    CheckRequest request;
    request.domain = QStringLiteral("spftree.test");
    request.selectors = {QStringLiteral("s1")};
    request.dnsblZones = {{QStringLiteral("bl.test"), DnsblZone::Kind::Domain}};
    return request;
}

} // namespace

class TestCheckEngine : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;

private slots:
    void initTestCase()
    {
        for (const TestSupport::ZoneBuilder &z : DomainTest::allZones())
            m_nsd.addZone(z);
        m_nsd.addZone(SpfTreeTest::zone());
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    }

    void streamsEachSectionOnce()
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver cache(ldns);
        Dns::LookupPool pool(cache, 48);
        CheckRequest request;
        request.domain = QStringLiteral("good.test");
        request.ip = QHostAddress(QStringLiteral("192.0.2.10"));
        request.dnsblZones = {{QStringLiteral("bl.test"), DnsblZone::Kind::Ip}};
        QMutex mutex;
        QList<SectionResult> streamed;
        const DomainCheckResult r = CheckEngine(pool, PublicSuffix::system()).run(request, [&](const SectionResult &s) {
            QMutexLocker locker(&mutex);
            streamed.append(s);
        });
        // Every section, each delivered once, with the findings the result holds for it.
        QCOMPARE(r.sections.size(), allCheckSections().size());
        QCOMPARE(streamed.size(), r.sections.size());
        for (const SectionResult &s : streamed) {
            const SectionResult *kept = r.section(s.section);
            QVERIFY2(kept, qPrintable(s.key()));
            QCOMPARE(DomainTest::ids(s.findings), DomainTest::ids(kept->findings));
            QVERIFY2(!s.findings.isEmpty(), qPrintable(s.key()));
        }
        // Report order, whatever the order of arrival.
        for (qsizetype i = 0; i < r.sections.size(); ++i)
            QCOMPARE(r.sections.at(i).section, allCheckSections().at(i));
        QVERIFY(DomainTest::find(r.findings, QStringLiteral("mta-sts.ok")));
        QVERIFY(DomainTest::find(r.sections.at(int(CheckSection::Dnssec)).findings, QStringLiteral("dnssec.not-validated")));
    }

    void runsOnlyTheSectionsAsked()
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver cache(ldns);
        CheckRequest request;
        request.domain = QStringLiteral("good.test");
        request.sections = {CheckSection::Mx};
        request.probeServer = false;
        const DomainCheckResult r = CheckEngine(cache, PublicSuffix::system()).run(request);
        QCOMPARE(r.sections.size(), 1);
        QCOMPARE(r.sections.first().section, CheckSection::Mx);
        QCOMPARE(r.mx.hosts.size(), 2);
        // MX with the domain's own A and AAAA (implicit MX, RFC 5321 5.1), then A and AAAA of the
        // two hosts: nothing else (no SOA probe, no SPF, no DMARC) was asked.
        QCOMPARE(cache.upstreamQueries(), 7);
    }

    // A retried panel (the app runs one section again) replaces that section and its structured
    // answer, keeps the others, and the findings follow in report order.
    void mergeTakesOverRetriedSections()
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver cache(ldns);
        CheckRequest request;
        request.domain = QStringLiteral("good.test");
        DomainCheckResult full = CheckEngine(cache, PublicSuffix::system()).run(request);
        const QStringList before = DomainTest::ids(full.findings);
        CheckRequest retry;
        retry.domain = QStringLiteral("mxnull.test"); // a different answer for the MX section
        retry.sections = {CheckSection::Mx};
        retry.probeServer = false;
        full.merge(CheckEngine(cache, PublicSuffix::system()).run(retry));
        QCOMPARE(full.sections.size(), allCheckSections().size() - 1); // no PTR without an IP
        QCOMPARE(full.mx.status, MxCheck::Status::NullMx);
        QVERIFY(DomainTest::find(full.findings, QStringLiteral("mx.null")));
        QVERIFY(!DomainTest::find(full.findings, QStringLiteral("mx.ok")));
        QStringList expected;
        for (const QString &id : before) {
            if (!id.startsWith(QLatin1String("mx.")))
                expected << id;
        }
        QStringList kept = DomainTest::ids(full.findings);
        kept.removeIf([](const QString &id) { return id.startsWith(QLatin1String("mx.")); });
        QCOMPARE(kept, expected);
        for (qsizetype i = 1; i < full.sections.size(); ++i)
            QVERIFY(int(full.sections.at(i - 1).section) < int(full.sections.at(i).section));
    }

    void cancelStopsDelivery()
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver cache(ldns);
        CheckCancel cancel;
        int delivered = 0;
        // One query at a time: the cancel after the first section is seen before the next starts.
        const DomainCheckResult r = CheckEngine(cache, PublicSuffix::system()).run(spfTree(), [&](const SectionResult &) {
            ++delivered;
            cancel.cancel();
        }, &cancel);
        QCOMPARE(delivered, 1);
        QVERIFY(r.cancelled);
        QCOMPARE(r.sections.size(), 1);

        CheckCancel early;
        early.cancel();
        delivered = 0;
        const DomainCheckResult none = CheckEngine(cache, PublicSuffix::system()).run(spfTree(), [&](const SectionResult &) { ++delivered; }, &early);
        QCOMPARE(delivered, 0);
        QVERIFY(none.sections.isEmpty());
    }

    void concurrentFindsWhatSequentialFinds()
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver sequentialCache(ldns);
        const DomainCheckResult sequential = CheckEngine(sequentialCache, PublicSuffix::system()).run(spfTree());
        Dns::CachingResolver concurrentCache(ldns);
        Dns::LookupPool pool(concurrentCache, 48);
        const DomainCheckResult concurrent = CheckEngine(pool, PublicSuffix::system()).run(spfTree());
        QCOMPARE(findingsText(concurrent), findingsText(sequential));
        // 18 lookups: too many, with a flattened record that needs every address of the tree.
        const Finding *tooMany = DomainTest::find(concurrent.findings, QStringLiteral("spf.too-many-lookups"));
        QVERIFY(tooMany);
        QCOMPARE(tooMany->records.size(), 1);
        QVERIFY(tooMany->records.first().zoneLine().contains(QStringLiteral("ip4:192.0.2.104"))); // h3, 5 levels down
        QCOMPARE(concurrentCache.upstreamQueries(), sequentialCache.upstreamQueries());
    }

    void prefetchAsksTheLintersQuestionsOnly()
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver lintOnly(ldns);
        SpfLinter(lintOnly).lint(QStringLiteral("spftree.test"));
        const int lintQueries = lintOnly.upstreamQueries();
        QVERIFY(lintQueries > 30);

        Dns::CachingResolver cache(ldns);
        Dns::LookupPool pool(cache, 4); // fewer threads than queries in flight: still completes
        const int asked = SpfTreePrefetch(pool, cache).run(QStringLiteral("spftree.test"));
        QCOMPARE(cache.upstreamQueries(), lintQueries);
        QCOMPARE(asked, lintQueries);
        SpfLinter(cache).lint(QStringLiteral("spftree.test"));
        QCOMPARE(cache.upstreamQueries(), lintQueries); // the walk found every answer in the cache
    }
};

QTEST_GUILESS_MAIN(TestCheckEngine)
#include "TestCheckEngine.moc"
