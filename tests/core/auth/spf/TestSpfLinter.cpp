// SPDX-License-Identifier: GPL-3.0-or-later
// SpfLinter and SpfEvaluator against a real NSD: one domain per finding, an include loop,
// and a server that never answers (unknown, never "no record").
#include <QtTest>

#include "FakeResolver.h"
#include "NsdServer.h"
#include "StubDnsServer.h"
#include "auth/spf/SpfEvaluator.h"
#include "auth/engine/CheckSections.h"
#include "auth/spf/SpfLinter.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"

using namespace Auth;
using TestSupport::NsdServer;
using TestSupport::ZoneBuilder;

namespace {

const Finding *findById(const SpfLintResult &result, const QString &id)
{
    for (const Finding &f : result.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QString ids(const SpfLintResult &result)
{
    QStringList out;
    for (const Finding &f : result.findings)
        out.append(f.id);
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestSpfLinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findings_data();
    void findings();
    void multipleRecordsFixMergesIncludes();
    void tooManyLookupsNamesBranchAndFlattens();
    void includeLoop();
    void goodRecordIsOk();
    void evaluatorAgainstNsd();
    void timeoutIsUnknownNotNone();
    void negativeIncludeIsNotFlattened();
    void thousandNestedIncludesAreBounded();

private:
    SpfLintResult lint(const QString &domain);
    NsdServer m_nsd;
};

void TestSpfLinter::initTestCase()
{
    ZoneBuilder z(QStringLiteral("lint.test"));
    z.a(QStringLiteral("none"), QStringLiteral("192.0.2.1"))
        .txt(QStringLiteral("multi"), QStringLiteral("v=spf1 include:inca.lint.test -all"))
        .txt(QStringLiteral("multi"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:incb.lint.test ~all"))
        .txt(QStringLiteral("multi"), QStringLiteral("google-site-verification=abc"))
        .txt(QStringLiteral("syntax"), QStringLiteral("v=spf1 ip4:300.1.1.1 -all"))
        .txt(QStringLiteral("void"), QStringLiteral("v=spf1 a:nx1.lint.test a:nx2.lint.test mx:nx3.lint.test -all"))
        .txt(QStringLiteral("plusall"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 +all"))
        .txt(QStringLiteral("qall"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 ?all"))
        .txt(QStringLiteral("ptr"), QStringLiteral("v=spf1 ptr -all"))
        .txt(QStringLiteral("missing"), QStringLiteral("v=spf1 include:nothing.lint.test -all"))
        .txt(QStringLiteral("loop"), QStringLiteral("v=spf1 include:loop2.lint.test -all"))
        .txt(QStringLiteral("loop2"), QStringLiteral("v=spf1 include:loop.lint.test -all"))
        .txt(QStringLiteral("good"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:incc.lint.test -all"))
        .txt(QStringLiteral("incc"), QStringLiteral("v=spf1 ip6:2001:db8::/32 -all"));
    QStringList longTerms{QStringLiteral("v=spf1")};
    for (int i = 0; i < 40; ++i)
        longTerms.append(QStringLiteral("ip4:198.51.100.%1").arg(i));
    longTerms.append(QStringLiteral("-all"));
    z.txt(QStringLiteral("long"), longTerms.join(QLatin1Char(' ')));
    // 13 lookups: include:inca (1+5), include:incb (1+4), mx (1), a (1).
    z.txt(QStringLiteral("toomany"), QStringLiteral("v=spf1 include:inca.lint.test include:incb.lint.test mx a -all"))
        .a(QStringLiteral("toomany"), QStringLiteral("192.0.2.50"))
        .mx(QStringLiteral("toomany"), 10, QStringLiteral("h1.lint.test."))
        .txt(QStringLiteral("inca"), QStringLiteral("v=spf1 a:h1.lint.test a:h2.lint.test a:h3.lint.test a:h4.lint.test a:h5.lint.test -all"))
        .txt(QStringLiteral("incb"), QStringLiteral("v=spf1 mx:h1.lint.test mx:h2.lint.test mx:h3.lint.test mx:h4.lint.test -all"));
    for (int i = 1; i <= 5; ++i) {
        z.a(QStringLiteral("h%1").arg(i), QStringLiteral("192.0.2.%1").arg(100 + i));
        z.mx(QStringLiteral("h%1").arg(i), 10, QStringLiteral("h%1.lint.test.").arg(i));
    }
    // Issue 15: 1,000 nested includes (n0 -> n1 -> ... -> n999).
    for (int i = 0; i < 999; ++i)
        z.txt(QStringLiteral("n%1.deep").arg(i), QStringLiteral("v=spf1 include:n%1.deep.lint.test -all").arg(i + 1));
    z.txt(QStringLiteral("n999.deep"), QStringLiteral("v=spf1 ip4:192.0.2.1 -all"));
    m_nsd.addZone(z);
    QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
}

SpfLintResult TestSpfLinter::lint(const QString &domain)
{
    Dns::LdnsResolver resolver(m_nsd.serverConfig());
    Dns::CachingResolver cache(resolver);
    return SpfLinter(cache).lint(domain);
}

void TestSpfLinter::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("severity");
    QTest::newRow("none") << QStringLiteral("none.lint.test") << QStringLiteral("spf.none") << int(Severity::Warning);
    QTest::newRow("nxdomain") << QStringLiteral("absent.lint.test") << QStringLiteral("spf.none") << int(Severity::Warning);
    QTest::newRow("multiple") << QStringLiteral("multi.lint.test") << QStringLiteral("spf.multiple-records") << int(Severity::Error);
    QTest::newRow("syntax") << QStringLiteral("syntax.lint.test") << QStringLiteral("spf.syntax") << int(Severity::Error);
    QTest::newRow("too-many") << QStringLiteral("toomany.lint.test") << QStringLiteral("spf.too-many-lookups") << int(Severity::Error);
    QTest::newRow("void") << QStringLiteral("void.lint.test") << QStringLiteral("spf.void-lookups") << int(Severity::Error);
    QTest::newRow("plus-all") << QStringLiteral("plusall.lint.test") << QStringLiteral("spf.permissive-all") << int(Severity::Error);
    QTest::newRow("neutral-all") << QStringLiteral("qall.lint.test") << QStringLiteral("spf.permissive-all") << int(Severity::Warning);
    QTest::newRow("ptr") << QStringLiteral("ptr.lint.test") << QStringLiteral("spf.ptr-mechanism") << int(Severity::Warning);
    QTest::newRow("too-long") << QStringLiteral("long.lint.test") << QStringLiteral("spf.record-too-long") << int(Severity::Warning);
    QTest::newRow("include-missing") << QStringLiteral("missing.lint.test") << QStringLiteral("spf.include-missing") << int(Severity::Error);
    QTest::newRow("include-loop") << QStringLiteral("loop.lint.test") << QStringLiteral("spf.include-loop") << int(Severity::Error);
}

void TestSpfLinter::findings()
{
    QFETCH(QString, domain);
    QFETCH(QString, id);
    QFETCH(int, severity);
    const SpfLintResult result = lint(domain);
    const Finding *f = findById(result, id);
    QVERIFY2(f, qPrintable(QStringLiteral("%1 not in: %2").arg(id, ids(result))));
    QCOMPARE(int(f->severity), severity);
    QVERIFY(!f->message.isEmpty());
    QVERIFY2(f->evidence.contains(QLatin1String("lint.test")), qPrintable(f->evidence));
    QVERIFY(!findById(result, QStringLiteral("spf.ok")));
}

void TestSpfLinter::multipleRecordsFixMergesIncludes()
{
    const SpfLintResult result = lint(QStringLiteral("multi.lint.test"));
    const Finding *f = findById(result, QStringLiteral("spf.multiple-records"));
    QVERIFY(f);
    QCOMPARE(f->recordText(), QStringLiteral("multi.lint.test. 3600 IN TXT \"v=spf1 include:inca.lint.test ip4:192.0.2.0/24 include:incb.lint.test -all\""));
    QVERIFY(!f->evidence.contains(QLatin1String("google-site-verification")));
}

void TestSpfLinter::tooManyLookupsNamesBranchAndFlattens()
{
    const SpfLintResult result = lint(QStringLiteral("toomany.lint.test"));
    QCOMPARE(result.lookups, 13);
    QCOMPARE(result.tree.lookups, 13);
    QCOMPARE(result.tree.children.size(), 5);
    QCOMPARE(result.tree.children.at(0).lookups, 6); // include:inca
    QCOMPARE(result.tree.children.at(1).lookups, 5); // include:incb
    QCOMPARE(result.tree.children.at(1).children.size(), 5);
    const Finding *f = findById(result, QStringLiteral("spf.too-many-lookups"));
    QVERIFY(f);
    QVERIFY2(f->message.contains(QLatin1String("\"include:incb.lint.test\"")), qPrintable(f->message));
    QVERIFY2(f->evidence.contains(QLatin1String("include:inca.lint.test (6)")), qPrintable(f->evidence));
    // mx and a become addresses, then the costliest include; include:incb stays.
    QCOMPARE(f->records.size(), 1);
    const QString fixed = f->records.first().value();
    QVERIFY2(fixed.startsWith(QLatin1String("v=spf1 ")), qPrintable(f->fix));
    QVERIFY2(fixed.contains(QLatin1String("include:incb.lint.test")), qPrintable(fixed));
    QVERIFY(!fixed.contains(QLatin1String("include:inca")));
    QVERIFY(fixed.contains(QLatin1String("ip4:192.0.2.105")));
    QVERIFY(fixed.contains(QLatin1String("ip4:192.0.2.50")));
    QVERIFY(fixed.endsWith(QLatin1String(" -all")));
    // The fix must itself be within the limit: publish it and lint again.
    NsdServer again;
    ZoneBuilder z(QStringLiteral("lint.test"));
    z.txt(QStringLiteral("toomany"), fixed)
        .txt(QStringLiteral("incb"), QStringLiteral("v=spf1 mx:h1.lint.test mx:h2.lint.test mx:h3.lint.test mx:h4.lint.test -all"));
    for (int i = 1; i <= 4; ++i)
        z.mx(QStringLiteral("h%1").arg(i), 10, QStringLiteral("h%1.lint.test.").arg(i)).a(QStringLiteral("h%1").arg(i), QStringLiteral("192.0.2.%1").arg(100 + i));
    again.addZone(z);
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    Dns::LdnsResolver resolver(again.serverConfig());
    const SpfLintResult relinted = SpfLinter(resolver).lint(QStringLiteral("toomany.lint.test"));
    QCOMPARE(relinted.lookups, 5);
    QVERIFY2(!findById(relinted, QStringLiteral("spf.too-many-lookups")), qPrintable(ids(relinted)));
}

void TestSpfLinter::includeLoop()
{
    const SpfLintResult result = lint(QStringLiteral("loop.lint.test"));
    const Finding *f = findById(result, QStringLiteral("spf.include-loop"));
    QVERIFY(f);
    QCOMPARE(f->evidence, QStringLiteral("loop.lint.test -> loop2.lint.test -> loop.lint.test"));
    // A receiver evaluating it hits the lookup limit: permerror, not a hang.
    Dns::LdnsResolver resolver(m_nsd.serverConfig());
    const SpfCheckResult check = SpfEvaluator(resolver).checkHost(QHostAddress(QStringLiteral("192.0.2.1")),
        QStringLiteral("loop.lint.test"), QStringLiteral("a@loop.lint.test"), QStringLiteral("mx.lint.test"));
    QCOMPARE(check.result, SpfResult::PermError);
    QCOMPARE(check.lookups, 11);
}

void TestSpfLinter::goodRecordIsOk()
{
    const SpfLintResult result = lint(QStringLiteral("good.lint.test"));
    QCOMPARE(ids(result), QStringLiteral("spf.ok"));
    QCOMPARE(result.lookups, 1);
    QCOMPARE(result.record, QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:incc.lint.test -all"));
}

void TestSpfLinter::evaluatorAgainstNsd()
{
    Dns::LdnsResolver resolver(m_nsd.serverConfig());
    SpfEvaluator spf(resolver);
    const auto check = [&](const char *ip, const char *domain) {
        return spf.checkHost(QHostAddress(QString::fromLatin1(ip)), QString::fromLatin1(domain),
                             QStringLiteral("user@") + QString::fromLatin1(domain), QStringLiteral("helo.lint.test"));
    };
    QCOMPARE(check("192.0.2.9", "good.lint.test").result, SpfResult::Pass);
    QCOMPARE(check("2001:db8::1", "good.lint.test").result, SpfResult::Pass);
    const SpfCheckResult fail = check("203.0.113.9", "good.lint.test");
    QCOMPARE(fail.result, SpfResult::Fail);
    QVERIFY(fail.explanationIsDefault);
    QCOMPARE(fail.trace.children.size(), 3);
    QCOMPARE(fail.trace.children.at(1).children.size(), 2); // incc's ip6 and -all
    const SpfCheckResult tooMany = check("203.0.113.1", "toomany.lint.test");
    QCOMPARE(tooMany.result, SpfResult::PermError); // the 11th lookup is mx:h4 inside include:incb
    QVERIFY2(tooMany.problem.contains(QLatin1String("mx:h4.lint.test")), qPrintable(tooMany.problem));
    QCOMPARE(check("192.0.2.105", "toomany.lint.test").result, SpfResult::Pass); // matched before the limit
    QCOMPARE(check("192.0.2.101", "inca.lint.test").result, SpfResult::Pass);
    QCOMPARE(check("192.0.2.1", "multi.lint.test").result, SpfResult::PermError);
    QCOMPARE(check("192.0.2.1", "syntax.lint.test").result, SpfResult::PermError);
    QCOMPARE(check("192.0.2.1", "void.lint.test").result, SpfResult::PermError);
    QCOMPARE(check("192.0.2.1", "none.lint.test").result, SpfResult::None);
    QCOMPARE(check("192.0.2.1", "missing.lint.test").result, SpfResult::PermError);
}

void TestSpfLinter::timeoutIsUnknownNotNone()
{
    TestSupport::StubDnsServer blackHole(TestSupport::StubDnsServer::Behaviour::BlackHole);
    Dns::LdnsResolver resolver(blackHole.serverConfig(200, 0));
    const SpfLintResult result = SpfLinter(resolver).lint(QStringLiteral("good.lint.test"));
    QCOMPARE(ids(result), QStringLiteral("spf.dns-error"));
    QCOMPARE(result.findings.first().severity, Severity::Unknown);
    QCOMPARE(SpfEvaluator(resolver).checkHost(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("good.lint.test"),
                                              QString(), QStringLiteral("good.lint.test")).result,
             SpfResult::TempError);
}

void TestSpfLinter::negativeIncludeIsNotFlattened()
{
    // "-ip4" inside an include cannot become a "+ip4" in the parent: that include must stay.
    TestSupport::FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 include:neg.example.org include:big.example.org -all")
        .addTxt(QStringLiteral("neg.example.org"), "v=spf1 -ip4:192.0.2.66 a:h1.example.org a:h2.example.org a:h3.example.org a:h4.example.org a:h5.example.org ~all")
        .addTxt(QStringLiteral("big.example.org"), "v=spf1 a:h1.example.org a:h2.example.org a:h3.example.org a:h4.example.org ~all");
    for (int i = 1; i <= 5; ++i)
        dns.addA(QStringLiteral("h%1.example.org").arg(i), QStringLiteral("192.0.2.%1").arg(i));
    const SpfLintResult result = SpfLinter(dns).lint(QStringLiteral("example.org"));
    QCOMPARE(result.lookups, 11);
    const Finding *f = findById(result, QStringLiteral("spf.too-many-lookups"));
    QVERIFY(f);
    QCOMPARE(f->records.size(), 1);
    const QString fixed = f->records.first().value();
    QVERIFY2(fixed.contains(QLatin1String("include:neg.example.org")), qPrintable(fixed));
    QVERIFY2(!fixed.contains(QLatin1String("include:big.example.org")), qPrintable(fixed));
    QVERIFY(!fixed.contains(QLatin1String("192.0.2.66")));
}

namespace {

class CountingResolver : public Dns::Resolver
{
public:
    explicit CountingResolver(Dns::Resolver &inner) : m_inner(inner) {}
    Dns::Answer query(const QString &name, Dns::RrType type) override { ++count; return m_inner.query(name, type); }
    QString serverDescription() const override { return m_inner.serverDescription(); }
    int count = 0;

private:
    Dns::Resolver &m_inner;
};

int jsonDepth(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isObject()) {
        for (const QJsonValue &v : value.toObject())
            deepest = qMax(deepest, jsonDepth(v));
        return deepest + 1;
    }
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            deepest = qMax(deepest, jsonDepth(v));
        return deepest + 1;
    }
    return 0;
}

int treeDepth(const SpfTraceNode &node)
{
    int deepest = 0;
    for (const SpfTraceNode &child : node.children)
        deepest = qMax(deepest, treeDepth(child));
    return deepest + 1;
}

} // namespace

void TestSpfLinter::thousandNestedIncludesAreBounded()
{
    // Before: 1,001 sequential queries, 592 MB and a JSON tree 1,000 records deep.
    Dns::LdnsResolver ldns(m_nsd.serverConfig());
    CountingResolver counting(ldns);
    const SpfLintResult result = SpfLinter(counting).lint(QStringLiteral("n0.deep.lint.test"));
    QCOMPARE(result.lookups, SpfLinter::maxWalkLookups);
    QVERIFY2(counting.count <= SpfLinter::maxWalkLookups + 1, qPrintable(QString::number(counting.count)));
    QVERIFY(treeDepth(result.tree) <= 2 * (SpfLinter::maxWalkLookups + 1));
    const Finding *f = findById(result, QStringLiteral("spf.too-many-lookups"));
    QVERIFY2(f, qPrintable(ids(result)));
    QVERIFY2(f->message.contains(QLatin1String("more than 20")), qPrintable(f->message));
    QVERIFY2(f->message.contains(QLatin1String("\"include:n1.deep.lint.test\"")), qPrintable(f->message)); // the culprit branch
    QVERIFY2(f->message.contains(QLatin1String("\"include:n11.deep.lint.test\"")), qPrintable(f->message)); // the 11th lookup
    // The chain of records being walked when the limit was passed, root first.
    QVERIFY2(f->evidence.contains(QLatin1String("n0.deep.lint.test -> n1.deep.lint.test -> ")), qPrintable(f->evidence));
    QVERIFY2(f->evidence.endsWith(QLatin1String(" -> n10.deep.lint.test")), qPrintable(f->evidence));
    const int depth = jsonDepth(CheckSections::traceJson(result.tree));
    QVERIFY2(depth <= 3 * (SpfLinter::maxWalkLookups + 2), qPrintable(QString::number(depth)));
    // The receiver's own evaluator stops at 10 as before (RFC 7208 4.6.4).
    const SpfCheckResult check = SpfEvaluator(ldns).checkHost(QHostAddress(QStringLiteral("192.0.2.1")),
        QStringLiteral("n0.deep.lint.test"), QStringLiteral("a@n0.deep.lint.test"), QStringLiteral("mx.lint.test"));
    QCOMPARE(check.result, SpfResult::PermError);
}

QTEST_GUILESS_MAIN(TestSpfLinter)
#include "TestSpfLinter.moc"
