// SPDX-License-Identifier: GPL-3.0-or-later
// LdnsResolver against a real NSD (tests/support/NsdServer) and stub servers.
#include <QElapsedTimer>
#include <QtTest>

#include "FakeResolver.h"
#include "NsdServer.h"
#include "StubDnsServer.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

using namespace Dns;
using TestSupport::NsdServer;
using TestSupport::StubDnsServer;
using TestSupport::ZoneBuilder;

class TestLdnsResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addressRecords();
    void mxRecords();
    void multiStringTxt();
    void largeTxtOverTcp();
    void nxDomainVersusNoData();
    void cnameFollowed();
    void cnameLoop();
    void ptrRecord();
    void timeoutThenNextQueryWorks();
    void servFailAndRefused();
    void authenticDataBit();
    void cachingDedupsConcurrentQueries();
    void lookupPoolRunsInParallel();
    void latency();

private:
    NsdServer m_nsd;
    QByteArray m_bigChunk;
};

void TestLdnsResolver::initTestCase()
{
    m_bigChunk = QByteArray(255, 'x');
    ZoneBuilder zone(QStringLiteral("example.test"));
    zone.a(QStringLiteral("@"), QStringLiteral("192.0.2.10"))
        .aaaa(QStringLiteral("@"), QStringLiteral("2001:db8::10"))
        .mx(QStringLiteral("@"), 10, QStringLiteral("mx1.example.test."))
        .mx(QStringLiteral("@"), 20, QStringLiteral("mx2.example.test."))
        .a(QStringLiteral("mx1"), QStringLiteral("192.0.2.25"))
        .txt(QStringLiteral("multi"), QList<QByteArray>{"v=spf1 ip4:192.0.2.0/24 ", "include:a.example ", "-all"})
        .a(QStringLiteral("onlya"), QStringLiteral("192.0.2.11"))
        .cname(QStringLiteral("alias"), QStringLiteral("onlya"))
        .cname(QStringLiteral("alias2"), QStringLiteral("alias"))
        .cname(QStringLiteral("loop1"), QStringLiteral("loop2"))
        .cname(QStringLiteral("loop2"), QStringLiteral("loop1"))
        .cname(QStringLiteral("outside"), QStringLiteral("host.other.test."));
    // ~60 KB of TXT: 24 RRs x 10 strings x 255 octets; only TCP can carry it.
    for (int i = 0; i < 24; ++i) {
        QList<QByteArray> strings;
        for (int j = 0; j < 10; ++j)
            strings.append(QByteArray::number(i).rightJustified(3, '0') + m_bigChunk.left(252));
        zone.txt(QStringLiteral("big"), strings);
    }
    ZoneBuilder other(QStringLiteral("other.test"));
    other.a(QStringLiteral("host"), QStringLiteral("198.51.100.7"));
    ZoneBuilder reverse(QStringLiteral("2.0.192.in-addr.arpa"));
    reverse.ptr(QStringLiteral("10"), QStringLiteral("example.test."));
    m_nsd.addZone(zone);
    m_nsd.addZone(other);
    m_nsd.addZone(reverse);
    QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
}

void TestLdnsResolver::addressRecords()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer a = resolver.query(QStringLiteral("Example.TEST."), RrType::A);
    QCOMPARE(a.outcome, Outcome::Answer);
    QCOMPARE(a.name, QStringLiteral("example.test"));
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().address, QHostAddress(QStringLiteral("192.0.2.10")));
    QCOMPARE(a.records.first().ttl, 300u);
    QCOMPARE(a.records.first().owner, QStringLiteral("example.test"));
    QCOMPARE(a.rcode, 0);
    QVERIFY(!a.authenticData); // NSD is not a validating resolver
    QCOMPARE(a.server, m_nsd.serverConfig().description());
    const Answer aaaa = resolver.query(QStringLiteral("example.test"), RrType::AAAA);
    QCOMPARE(aaaa.outcome, Outcome::Answer);
    QCOMPARE(aaaa.records.first().address, QHostAddress(QStringLiteral("2001:db8::10")));
}

void TestLdnsResolver::mxRecords()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer mx = resolver.query(QStringLiteral("example.test"), RrType::MX);
    QCOMPARE(mx.outcome, Outcome::Answer);
    QCOMPARE(mx.records.size(), 2);
    QMap<int, QString> byPreference;
    for (const Record &r : mx.records)
        byPreference.insert(r.preference, r.target);
    QCOMPARE(byPreference.value(10), QStringLiteral("mx1.example.test"));
    QCOMPARE(byPreference.value(20), QStringLiteral("mx2.example.test"));
}

void TestLdnsResolver::multiStringTxt()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer txt = resolver.query(QStringLiteral("multi.example.test"), RrType::TXT);
    QCOMPARE(txt.outcome, Outcome::Answer);
    QCOMPARE(txt.records.size(), 1);
    QCOMPARE(txt.records.first().txtStrings.size(), 3);
    QCOMPARE(txt.records.first().txt, QByteArray("v=spf1 ip4:192.0.2.0/24 include:a.example -all"));
}

void TestLdnsResolver::largeTxtOverTcp()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer txt = resolver.query(QStringLiteral("big.example.test"), RrType::TXT);
    QCOMPARE(txt.outcome, Outcome::Answer);
    QCOMPARE(txt.records.size(), 24);
    qsizetype total = 0;
    for (const Record &r : txt.records) {
        QCOMPARE(r.txtStrings.size(), 10);
        total += r.txt.size();
    }
    QCOMPARE(total, qsizetype(24 * 10 * 255));
}

void TestLdnsResolver::nxDomainVersusNoData()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer nx = resolver.query(QStringLiteral("missing.example.test"), RrType::A);
    QCOMPARE(nx.outcome, Outcome::NxDomain);
    QCOMPARE(nx.rcode, 3);
    QVERIFY(!nx.exists());
    QVERIFY(!nx.isUnknown());
    const Answer nodata = resolver.query(QStringLiteral("onlya.example.test"), RrType::TXT);
    QCOMPARE(nodata.outcome, Outcome::NoData);
    QCOMPARE(nodata.rcode, 0);
    QVERIFY(nodata.exists());
    QVERIFY(nodata.records.isEmpty());
}

void TestLdnsResolver::cnameFollowed()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer alias = resolver.query(QStringLiteral("alias2.example.test"), RrType::A);
    QCOMPARE(alias.outcome, Outcome::Answer);
    QCOMPARE(alias.records.first().address, QHostAddress(QStringLiteral("192.0.2.11")));
    QCOMPARE(alias.cnameChain, (QList<QString>{QStringLiteral("alias.example.test"), QStringLiteral("onlya.example.test")}));
    // The target lives in another zone: NSD (authoritative) returns only the CNAME; we ask again.
    const Answer outside = resolver.query(QStringLiteral("outside.example.test"), RrType::A);
    QCOMPARE(outside.outcome, Outcome::Answer);
    QCOMPARE(outside.records.first().address, QHostAddress(QStringLiteral("198.51.100.7")));
    const Answer cname = resolver.query(QStringLiteral("alias.example.test"), RrType::CNAME);
    QCOMPARE(cname.outcome, Outcome::Answer);
    QCOMPARE(cname.records.first().target, QStringLiteral("onlya.example.test"));
}

void TestLdnsResolver::cnameLoop()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    QElapsedTimer timer;
    timer.start();
    const Answer loop = resolver.query(QStringLiteral("loop1.example.test"), RrType::A);
    QCOMPARE(loop.outcome, Outcome::Error);
    QCOMPARE(loop.detail, QStringLiteral("cname-loop"));
    QVERIFY(loop.isUnknown());
    QVERIFY(timer.elapsed() < 500);
}

void TestLdnsResolver::ptrRecord()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer ptr = resolver.query(QStringLiteral("10.2.0.192.in-addr.arpa"), RrType::PTR);
    QCOMPARE(ptr.outcome, Outcome::Answer);
    QCOMPARE(ptr.records.first().target, QStringLiteral("example.test"));
}

void TestLdnsResolver::timeoutThenNextQueryWorks()
{
    StubDnsServer blackHole(StubDnsServer::Behaviour::BlackHole);
    QVERIFY(blackHole.isListening());
    LdnsResolver dead(blackHole.serverConfig(200, 1));
    QElapsedTimer timer;
    timer.start();
    const Answer timedOut = dead.query(QStringLiteral("example.test"), RrType::A);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(timedOut.outcome, Outcome::Timeout);
    QVERIFY(timedOut.isUnknown());
    QVERIFY2(elapsed >= 350 && elapsed < 1500, qPrintable(QString::number(elapsed))); // 2 attempts x 200 ms
    QTRY_COMPARE(blackHole.queriesSeen(), 2);
    // The trap: ldns marks a server unusable after a timeout and fails later queries at once.
    timer.restart();
    const Answer again = dead.query(QStringLiteral("example.test"), RrType::A);
    QCOMPARE(again.outcome, Outcome::Timeout);
    QVERIFY(timer.elapsed() >= 350);
    QTRY_COMPARE(blackHole.queriesSeen(), 4);
    // And a resolver that just timed out on a slow moment answers the next query.
    LdnsResolver live(m_nsd.serverConfig(200, 0));
    QCOMPARE(live.query(QStringLiteral("example.test"), RrType::A).outcome, Outcome::Answer);
}

void TestLdnsResolver::servFailAndRefused()
{
    StubDnsServer servFail(StubDnsServer::Behaviour::ServFail);
    LdnsResolver resolver(servFail.serverConfig(500, 0));
    const Answer failed = resolver.query(QStringLiteral("example.test"), RrType::TXT);
    QCOMPARE(failed.outcome, Outcome::ServFail);
    QCOMPARE(failed.rcode, 2);
    QVERIFY(failed.isUnknown());
    StubDnsServer refused(StubDnsServer::Behaviour::Refused);
    const Answer no = LdnsResolver(refused.serverConfig(500, 0)).query(QStringLiteral("example.test"), RrType::TXT);
    QCOMPARE(no.outcome, Outcome::Refused);
    QCOMPARE(no.rcode, 5);
}

void TestLdnsResolver::authenticDataBit()
{
    StubDnsServer validating(StubDnsServer::Behaviour::AuthenticA);
    const Answer a = LdnsResolver(validating.serverConfig(500, 0)).query(QStringLiteral("signed.example.test"), RrType::A);
    QCOMPARE(a.outcome, Outcome::Answer);
    QVERIFY(a.authenticData);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().address, QHostAddress(QStringLiteral("192.0.2.53")));
    QCOMPARE(a.records.first().ttl, 60u);
}

void TestLdnsResolver::cachingDedupsConcurrentQueries()
{
    LdnsResolver ldns(m_nsd.serverConfig());
    CachingResolver cache(ldns);
    LookupPool pool(cache, 8);
    QList<QFuture<Answer>> futures;
    for (int i = 0; i < 32; ++i)
        futures.append(pool.query(QStringLiteral("example.test"), i % 2 ? RrType::A : RrType::MX));
    for (QFuture<Answer> &f : futures)
        QCOMPARE(f.result().outcome, Outcome::Answer);
    QCOMPARE(cache.upstreamQueries(), 2);
    QCOMPARE(cache.query(QStringLiteral("EXAMPLE.test."), RrType::A).records.size(), 1);
    QCOMPARE(cache.upstreamQueries(), 2);
}

void TestLdnsResolver::lookupPoolRunsInParallel()
{
    // Four black-hole queries of 300 ms on a pool of 4 take about 300 ms, not 1.2 s.
    StubDnsServer blackHole(StubDnsServer::Behaviour::BlackHole);
    LookupPool pool(blackHole.serverConfig(300, 0), 4);
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<Answer>> futures;
    for (int i = 0; i < 4; ++i)
        futures.append(pool.query(QStringLiteral("n%1.example.test").arg(i), RrType::A));
    for (QFuture<Answer> &f : futures)
        QCOMPARE(f.result().outcome, Outcome::Timeout);
    QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
}

void TestLdnsResolver::latency()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const int n = 500;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i)
        QCOMPARE(resolver.query(QStringLiteral("example.test"), RrType::A).outcome, Outcome::Answer);
    const double perQueryUs = timer.nsecsElapsed() / 1000.0 / n;
    qInfo("LdnsResolver: %.1f us per query against local NSD", perQueryUs);
    QVERIFY(perQueryUs < 20000);
}

QTEST_GUILESS_MAIN(TestLdnsResolver)
#include "TestLdnsResolver.moc"
