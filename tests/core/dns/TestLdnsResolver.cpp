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
    // Issue 15: lying and broken servers, CNAME-only answers, international names.
    void answerWithWrongIdIsNotBelieved();
    void answerToAnotherQuestionIsNotBelieved();
    void queryEchoedBackIsNotBelieved();
    void oneSpoofedAnswerThenTheRealOne();
    void cnameOnlyAnswersAreFollowed();
    void cnameChainTooLongIsUnknown();
    void cnameLoopAcrossQueriesIsUnknown();
    void garbageAndTruncatedRepliesAreAnswers();
    void internationalNameGoesOutAsALabel();
    void invalidNamesAreNeverSent();

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
        .cname(QStringLiteral("outside"), QStringLiteral("host.other.test."))
        .a(QStringLiteral("xn--bcher-kva"), QStringLiteral("192.0.2.77"))
        .txt(QStringLiteral("_dmarc.xn--bcher-kva"), QList<QByteArray>{"v=DMARC1; p=reject"});
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


namespace {

const quint16 typeA = 1;
const quint16 typeCname = 5;
const quint16 typeTxt = 16;
const QByteArray addressRdata("\xC0\x00\x02\x63", 4); // 192.0.2.99

// A query for `name` carrying the ID and flags of `query` (to build answers to another question).
QByteArray queryFor(const QByteArray &query, const QString &name, quint16 type)
{
    QByteArray other = query.left(12) + StubDnsServer::wireName(name);
    other.append(char(type >> 8)).append(char(type & 0xFF)).append('\0').append('\1');
    other[5] = 1; // QDCOUNT
    return other;
}

} // namespace

void TestLdnsResolver::answerWithWrongIdIsNotBelieved()
{
    StubDnsServer liar([](const QByteArray &query) -> QByteArray {
        QByteArray reply = StubDnsServer::withAnswer(StubDnsServer::reply(query), StubDnsServer::questionName(query), typeA, addressRdata);
        reply[1] = char(reply.at(1) ^ 0x5A); // RFC 5452 9.1: the ID must match
        return reply;
    });
    QElapsedTimer timer;
    timer.start();
    const Answer a = LdnsResolver(liar.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::A);
    QVERIFY(a.records.isEmpty());
    QCOMPARE(a.outcome, Outcome::Error);
    QVERIFY(a.isUnknown());
    QVERIFY(a.responded);
    QCOMPARE(a.detail, QStringLiteral("wrong-id")); // ldns 1.8.3 itself took this answer as it was
    QCOMPARE(liar.queriesSeen(), 2); // retried once
    QVERIFY(timer.elapsed() < 2000);
}

void TestLdnsResolver::answerToAnotherQuestionIsNotBelieved()
{
    // The case of the issue: an MX answer for another name was taken as the truth.
    StubDnsServer liar([](const QByteArray &query) -> QByteArray {
        const QByteArray other = queryFor(query, QStringLiteral("mx.none"), StubDnsServer::questionType(query));
        QByteArray mx("\0\0", 2);
        return StubDnsServer::withAnswer(StubDnsServer::reply(other), QStringLiteral("mx.none"), 15, mx + StubDnsServer::wireName(QString()));
    });
    const Answer a = LdnsResolver(liar.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::MX);
    QCOMPARE(a.outcome, Outcome::Error);
    QCOMPARE(a.detail, QStringLiteral("wrong-question"));
    QVERIFY(a.records.isEmpty());
    QCOMPARE(liar.queriesSeen(), 2);
    // Same name, other type: also another question.
    StubDnsServer wrongType([](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query);
        return StubDnsServer::withAnswer(StubDnsServer::reply(queryFor(query, name, typeA)), name, typeA, addressRdata);
    });
    QCOMPARE(LdnsResolver(wrongType.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::TXT).detail,
             QStringLiteral("wrong-question"));
    // A different case of the same name is the same question (RFC 4343; 0x20 randomisation).
    StubDnsServer upper([](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query).toUpper();
        return StubDnsServer::withAnswer(StubDnsServer::reply(queryFor(query, name, typeA)), name, typeA, addressRdata);
    });
    const Answer fine = LdnsResolver(upper.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::A);
    QCOMPARE(fine.outcome, Outcome::Answer);
    QCOMPARE(fine.records.first().address, QHostAddress(QStringLiteral("192.0.2.99")));
}

void TestLdnsResolver::queryEchoedBackIsNotBelieved()
{
    StubDnsServer echo([](const QByteArray &query) -> QByteArray {
        QByteArray reply = StubDnsServer::withAnswer(StubDnsServer::reply(query), StubDnsServer::questionName(query), typeA, addressRdata);
        reply[2] = char(reply.at(2) & 0x7F); // QR cleared: this is a query, not a response
        return reply;
    });
    const Answer a = LdnsResolver(echo.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::A);
    QCOMPARE(a.outcome, Outcome::Error);
    QCOMPARE(a.detail, QStringLiteral("not-a-response"));
    StubDnsServer notify([](const QByteArray &query) -> QByteArray {
        QByteArray reply = StubDnsServer::withAnswer(StubDnsServer::reply(query), StubDnsServer::questionName(query), typeA, addressRdata);
        reply[2] = char((reply.at(2) & 0x87) | (4 << 3)); // opcode NOTIFY
        return reply;
    });
    QCOMPARE(LdnsResolver(notify.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::A).detail,
             QStringLiteral("wrong-opcode"));
}

void TestLdnsResolver::oneSpoofedAnswerThenTheRealOne()
{
    std::atomic<int> count{0};
    StubDnsServer flaky([&count](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query);
        if (count++ == 0)
            return StubDnsServer::withAnswer(StubDnsServer::reply(queryFor(query, QStringLiteral("evil.test"), typeA)), QStringLiteral("evil.test"), typeA, QByteArray("\x0A\0\0\x01", 4));
        return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeA, addressRdata);
    });
    const Answer a = LdnsResolver(flaky.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::A);
    QCOMPARE(a.outcome, Outcome::Answer);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().address, QHostAddress(QStringLiteral("192.0.2.99")));
    QCOMPARE(flaky.queriesSeen(), 2);
}

void TestLdnsResolver::cnameOnlyAnswersAreFollowed()
{
    // Hosted DMARC: _dmarc.customer.test is a CNAME into the provider's zone, and this server
    // returns only the CNAME (as an authoritative server for customer.test does).
    StubDnsServer hosted([](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query);
        if (name == QLatin1String("_dmarc.customer.test"))
            return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeCname, StubDnsServer::wireName(QStringLiteral("customer.test._dmarc.provider.test")));
        if (name == QLatin1String("customer.test._dmarc.provider.test"))
            return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeTxt, StubDnsServer::txtRdata("v=DMARC1; p=quarantine"));
        return StubDnsServer::reply(query, 3);
    });
    const Answer a = LdnsResolver(hosted.serverConfig(300, 0)).query(QStringLiteral("_dmarc.customer.test"), RrType::TXT);
    QCOMPARE(a.outcome, Outcome::Answer);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().txt, QByteArray("v=DMARC1; p=quarantine"));
    QCOMPARE(a.cnameChain, QList<QString>{QStringLiteral("customer.test._dmarc.provider.test")});
    QCOMPARE(hosted.queriesSeen(), 2);
    // Same for a DKIM selector delegated to a sending service.
    const Answer missing = LdnsResolver(hosted.serverConfig(300, 0)).query(QStringLiteral("s1._domainkey.customer.test"), RrType::TXT);
    QCOMPARE(missing.outcome, Outcome::NxDomain);
}

void TestLdnsResolver::cnameChainTooLongIsUnknown()
{
    // c0 -> c1 -> c2 -> ... one CNAME per answer, never an end.
    StubDnsServer endless([](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query);
        const int n = name.section(QLatin1Char('.'), 0, 0).mid(1).toInt();
        const QString next = QStringLiteral("c%1.chain.test").arg(n + 1);
        return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeCname, StubDnsServer::wireName(next));
    });
    QElapsedTimer timer;
    timer.start();
    const Answer a = LdnsResolver(endless.serverConfig(300, 0)).query(QStringLiteral("c0.chain.test"), RrType::TXT);
    QCOMPARE(a.outcome, Outcome::Error);
    QCOMPARE(a.detail, QStringLiteral("cname-chain-too-long"));
    QVERIFY(a.isUnknown());
    QCOMPARE(a.cnameChain.size(), LdnsResolver::maxCnameHops);
    QCOMPARE(endless.queriesSeen(), LdnsResolver::maxCnameHops + 1);
    QVERIFY(timer.elapsed() < 2000);
    // Eight links are allowed (RFC 1034 3.6.2 wants chains followed).
    StubDnsServer eight([](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query);
        const int n = name.section(QLatin1Char('.'), 0, 0).mid(1).toInt();
        if (n == LdnsResolver::maxCnameHops)
            return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeTxt, StubDnsServer::txtRdata("end"));
        return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeCname, StubDnsServer::wireName(QStringLiteral("c%1.chain.test").arg(n + 1)));
    });
    const Answer ok = LdnsResolver(eight.serverConfig(300, 0)).query(QStringLiteral("c0.chain.test"), RrType::TXT);
    QCOMPARE(ok.outcome, Outcome::Answer);
    QCOMPARE(ok.records.first().txt, QByteArray("end"));
}

void TestLdnsResolver::cnameLoopAcrossQueriesIsUnknown()
{
    StubDnsServer loop([](const QByteArray &query) -> QByteArray {
        const QString name = StubDnsServer::questionName(query);
        const QString next = name.startsWith(QLatin1String("a.")) ? QStringLiteral("b.loop.test") : QStringLiteral("a.loop.test");
        return StubDnsServer::withAnswer(StubDnsServer::reply(query), name, typeCname, StubDnsServer::wireName(next));
    });
    const Answer a = LdnsResolver(loop.serverConfig(300, 0)).query(QStringLiteral("a.loop.test"), RrType::TXT);
    QCOMPARE(a.outcome, Outcome::Error);
    QCOMPARE(a.detail, QStringLiteral("cname-loop"));
    QVERIFY(a.isUnknown());
    QCOMPARE(loop.queriesSeen(), 2);
}

void TestLdnsResolver::garbageAndTruncatedRepliesAreAnswers()
{
    StubDnsServer garbage([](const QByteArray &query) -> QByteArray { return query.left(2) + QByteArray("\x81\x80garbage!", 10); });
    const Answer g = LdnsResolver(garbage.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::A);
    QCOMPARE(g.outcome, Outcome::Error);
    QVERIFY(g.responded);
    QVERIFY(g.records.isEmpty());
    // TC set and nobody on TCP: the server answered, only not in full (RFC 7766 5).
    StubDnsServer truncated([](const QByteArray &query) -> QByteArray {
        QByteArray reply = StubDnsServer::reply(query);
        reply[2] = char(reply.at(2) | 0x02);
        return reply;
    });
    QElapsedTimer timer;
    timer.start();
    const Answer t = LdnsResolver(truncated.serverConfig(300, 0)).query(QStringLiteral("example.test"), RrType::TXT);
    QCOMPARE(t.outcome, Outcome::Error);
    QCOMPARE(t.detail, QStringLiteral("truncated-answer"));
    QVERIFY(t.responded);
    QVERIFY(timer.elapsed() < 2000);
    // Silence is the only thing that is not an answer.
    StubDnsServer blackHole(StubDnsServer::Behaviour::BlackHole);
    const Answer silent = LdnsResolver(blackHole.serverConfig(100, 0)).query(QStringLiteral("example.test"), RrType::A);
    QCOMPARE(silent.outcome, Outcome::Timeout);
    QVERIFY(!silent.responded);
}

void TestLdnsResolver::internationalNameGoesOutAsALabel()
{
    LdnsResolver resolver(m_nsd.serverConfig());
    const Answer a = resolver.query(QStringLiteral("B\u00fccher.example.test"), RrType::A);
    QCOMPARE(a.outcome, Outcome::Answer);
    QCOMPARE(a.records.first().address, QHostAddress(QStringLiteral("192.0.2.77")));
    QCOMPARE(a.name, QStringLiteral("b\u00fccher.example.test")); // shown as the user wrote it
    const Answer dmarc = resolver.query(QStringLiteral("_dmarc.b\u00fccher.example.test"), RrType::TXT);
    QCOMPARE(dmarc.outcome, Outcome::Answer);
    QCOMPARE(dmarc.records.first().txt, QByteArray("v=DMARC1; p=reject"));
    const Answer ace = resolver.query(QStringLiteral("xn--bcher-kva.example.test"), RrType::A);
    QCOMPARE(ace.records.first().address, a.records.first().address);
}

void TestLdnsResolver::invalidNamesAreNeverSent()
{
    StubDnsServer counter(StubDnsServer::Behaviour::ServFail);
    LdnsResolver resolver(counter.serverConfig(300, 0));
    const QStringList bad{QStringLiteral("a b.example"), QStringLiteral("a\\.b.example"), QStringLiteral("a..example"),
                          QString(64, QLatin1Char('x')) + QStringLiteral(".example"),
                          QString(QString(60, QLatin1Char('y')) + QLatin1Char('.')).repeated(5) + QStringLiteral("example"),
                          QStringLiteral("nul\u0000.example"), QStringLiteral("esc\u001b[2J.example"), QString()};
    for (const QString &name : bad) {
        const Answer a = resolver.query(name, RrType::A);
        QCOMPARE(a.outcome, Outcome::Error);
        QCOMPARE(a.detail, QStringLiteral("invalid-name"));
        QVERIFY(!a.responded);
    }
    QCOMPARE(counter.queriesSeen(), 0);
    // 63-octet labels and 253 octets are still fine (RFC 1035 2.3.4).
    const QString longest = QString(QString(63, QLatin1Char('z')) + QLatin1Char('.')).repeated(3) + QString(61, QLatin1Char('w'));
    QCOMPARE(longest.size(), 253);
    QCOMPARE(resolver.query(longest, RrType::A).outcome, Outcome::ServFail);
    QCOMPARE(counter.queriesSeen(), 1);
}

QTEST_GUILESS_MAIN(TestLdnsResolver)
#include "TestLdnsResolver.moc"
