// SPDX-License-Identifier: GPL-3.0-or-later
// SpfEvaluator, SpfRecord and SpfMacro over a FakeResolver: counts, trace, macros, DNS errors.
#include <QtTest>

#include "FakeResolver.h"
#include "auth/spf/SpfEvaluator.h"
#include "auth/spf/SpfMacro.h"
#include "auth/spf/SpfRecord.h"

using namespace Auth;
using TestSupport::FakeResolver;

class TestSpfEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void parseRecord_data();
    void parseRecord();
    void macros();
    void traceAndCounts();
    void temperrorInsideInclude();
    void ipv4MappedClient();
    void voidLookupLimit();
    void mxNameLimit();
    void explanationWithMacros();
};

void TestSpfEvaluator::parseRecord_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("v=spf1 ip4:192.0.2.0/24 mx a:x.example.org/24//64 -all") << true;
    QTest::newRow("ip6-cidr") << QStringLiteral("v=spf1 ip6:2001:db8::/32 -all") << true;
    QTest::newRow("unknown-modifier") << QStringLiteral("v=spf1 foo=bar -all") << true;
    QTest::newRow("macro-domain") << QStringLiteral("v=spf1 exists:%{ir}.%{l1r-}.bl.example.org -all") << true;
    QTest::newRow("bad-ip4") << QStringLiteral("v=spf1 ip4:192.0.2.256 -all") << false;
    QTest::newRow("cidr-too-big") << QStringLiteral("v=spf1 ip4:192.0.2.0/33") << false;
    QTest::newRow("cidr-leading-zero") << QStringLiteral("v=spf1 a/024") << false;
    QTest::newRow("numeric-toplabel") << QStringLiteral("v=spf1 a:example.123") << false;
    QTest::newRow("two-redirects") << QStringLiteral("v=spf1 redirect=a.example redirect=b.example") << false;
    QTest::newRow("unknown-mechanism") << QStringLiteral("v=spf1 foo:bar -all") << false;
    QTest::newRow("bad-macro") << QStringLiteral("v=spf1 exists:%{x}.example.org") << false;
    QTest::newRow("exp-letter-outside-exp") << QStringLiteral("v=spf1 exists:%{c}.example.org") << false;
    QTest::newRow("all-with-arg") << QStringLiteral("v=spf1 -all:foo") << false;
}

void TestSpfEvaluator::parseRecord()
{
    QFETCH(QString, record);
    QFETCH(bool, valid);
    const SpfRecord parsed = SpfRecord::parse(record);
    QVERIFY2(parsed.isValid() == valid, qPrintable(parsed.error));
    if (!valid)
        QVERIFY(!parsed.errorTerm.isEmpty());
    QVERIFY(SpfRecord::isSpfRecord("v=spf1"));
    QVERIFY(!SpfRecord::isSpfRecord("v=spf10 -all"));
}

void TestSpfEvaluator::macros()
{
    // RFC 7208 7.4 examples.
    SpfMacroContext ctx;
    ctx.ip = QHostAddress(QStringLiteral("192.0.2.3"));
    ctx.localPart = QStringLiteral("strong-bad");
    ctx.senderDomain = QStringLiteral("email.example.com");
    ctx.domain = QStringLiteral("email.example.com");
    const auto x = [&](const char *m) { return SpfMacro::expand(QString::fromLatin1(m), ctx, false); };
    QCOMPARE(x("%{s}"), QStringLiteral("strong-bad@email.example.com"));
    QCOMPARE(x("%{d4}"), QStringLiteral("email.example.com"));
    QCOMPARE(x("%{d2}"), QStringLiteral("example.com"));
    QCOMPARE(x("%{d1}"), QStringLiteral("com"));
    QCOMPARE(x("%{dr}"), QStringLiteral("com.example.email"));
    QCOMPARE(x("%{d2r}"), QStringLiteral("example.email"));
    QCOMPARE(x("%{l}"), QStringLiteral("strong-bad"));
    QCOMPARE(x("%{l-}"), QStringLiteral("strong.bad"));
    QCOMPARE(x("%{lr-}"), QStringLiteral("bad.strong"));
    QCOMPARE(x("%{l1r-}"), QStringLiteral("strong"));
    QCOMPARE(x("%{ir}.%{v}._spf.%{d2}"), QStringLiteral("3.2.0.192.in-addr._spf.example.com"));
    QCOMPARE(x("%{lr-}.lp._spf.%{d2}"), QStringLiteral("bad.strong.lp._spf.example.com"));
    QCOMPARE(x("%{d2}.trusted-domains.example.net"), QStringLiteral("example.com.trusted-domains.example.net"));
    QCOMPARE(x("%%%_%-"), QStringLiteral("% %20"));
    ctx.ip = QHostAddress(QStringLiteral("2001:db8::cb01"));
    QCOMPARE(x("%{ir}.%{v}._spf.%{d2}"),
             QStringLiteral("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"));
    ctx.localPart = QStringLiteral("a b&c");
    QCOMPARE(x("%{L}"), QStringLiteral("a%20b%26c"));
    QVERIFY(!SpfMacro::isValid(QStringLiteral("%{d0}"), false));
    QVERIFY(SpfMacro::isValid(QStringLiteral("%{t} %{r} %{c}"), true));
}

void TestSpfEvaluator::traceAndCounts()
{
    FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 a include:_spf.example.net mx -all")
        .addA(QStringLiteral("example.org"), QStringLiteral("192.0.2.1"))
        .addTxt(QStringLiteral("_spf.example.net"), "v=spf1 ip4:198.51.100.0/24 a:gone.example.net ?all");
    const SpfCheckResult r = SpfEvaluator(dns).checkHost(QHostAddress(QStringLiteral("203.0.113.7")),
        QStringLiteral("example.org"), QStringLiteral("bob@example.org"), QStringLiteral("mail.example.org"));
    QCOMPARE(r.result, SpfResult::Fail);
    QCOMPARE(r.matchedTerm, QStringLiteral("-all"));
    QCOMPARE(r.lookups, 4);     // a, include, a:gone, mx
    QCOMPARE(r.voidLookups, 2); // a:gone (NXDOMAIN), mx (NODATA)
    QCOMPARE(r.trace.children.size(), 4);
    const SpfTraceNode &include = r.trace.children.at(1);
    QCOMPARE(include.term, QStringLiteral("include:_spf.example.net"));
    QCOMPARE(include.domain, QStringLiteral("_spf.example.net"));
    QCOMPARE(include.outcome, QStringLiteral("no-match"));
    QCOMPARE(include.children.size(), 3);
    QCOMPARE(include.lookups, 2);
    QCOMPARE(r.trace.lookups, 4);
    QVERIFY(r.explanationIsDefault);
    QVERIFY(r.explanation.contains(QLatin1String("203.0.113.7")));
}

void TestSpfEvaluator::temperrorInsideInclude()
{
    FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 include:slow.example.net -all")
        .setNameOutcome(QStringLiteral("slow.example.net"), Dns::Outcome::Timeout);
    const SpfCheckResult r = SpfEvaluator(dns).checkHost(QHostAddress(QStringLiteral("192.0.2.1")),
        QStringLiteral("example.org"), QString(), QStringLiteral("example.org"));
    QCOMPARE(r.result, SpfResult::TempError);
    QVERIFY2(r.problem.contains(QLatin1String("timeout")), qPrintable(r.problem));
    dns.setNameOutcome(QStringLiteral("example.org"), Dns::Outcome::ServFail);
    QCOMPARE(SpfEvaluator(dns).checkHost(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("example.org"),
                                         QString(), QStringLiteral("example.org")).result,
             SpfResult::TempError);
}

void TestSpfEvaluator::ipv4MappedClient()
{
    FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 ip4:192.0.2.0/24 -all");
    QCOMPARE(SpfEvaluator(dns).checkHost(QHostAddress(QStringLiteral("::ffff:192.0.2.9")), QStringLiteral("example.org"),
                                         QString(), QStringLiteral("example.org")).result,
             SpfResult::Pass);
}

void TestSpfEvaluator::voidLookupLimit()
{
    FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 a:n1.example.org a:n2.example.org exists:n3.example.org ip4:192.0.2.1 -all");
    const SpfCheckResult r = SpfEvaluator(dns).checkHost(QHostAddress(QStringLiteral("192.0.2.1")),
        QStringLiteral("example.org"), QString(), QStringLiteral("example.org"));
    QCOMPARE(r.result, SpfResult::PermError);
    QCOMPARE(r.voidLookups, 3);
    QCOMPARE(r.matchedTerm, QStringLiteral("exists:n3.example.org"));
}

void TestSpfEvaluator::mxNameLimit()
{
    FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 mx -all");
    for (int i = 0; i < 11; ++i)
        dns.addMx(QStringLiteral("example.org"), quint16(i), QStringLiteral("mx%1.example.org").arg(i));
    QCOMPARE(SpfEvaluator(dns).checkHost(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("example.org"),
                                         QString(), QStringLiteral("example.org")).result,
             SpfResult::PermError);
}

void TestSpfEvaluator::explanationWithMacros()
{
    FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 -all exp=why.%{d}")
        .addTxt(QStringLiteral("why.example.org"), "%{i} may not send for %{o} (via %{r} at %{t})");
    SpfCheckParams params;
    params.ip = QHostAddress(QStringLiteral("192.0.2.9"));
    params.domain = QStringLiteral("example.org");
    params.sender = QStringLiteral("bob@example.org");
    params.helo = QStringLiteral("mail.example.org");
    params.receiver = QStringLiteral("mx.receiver.test");
    params.timestamp = 1700000000;
    const SpfCheckResult r = SpfEvaluator(dns).checkHost(params);
    QCOMPARE(r.result, SpfResult::Fail);
    QVERIFY(!r.explanationIsDefault);
    QCOMPARE(r.explanation, QStringLiteral("192.0.2.9 may not send for example.org (via mx.receiver.test at 1700000000)"));
}

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "TestSpfEvaluator.moc"
