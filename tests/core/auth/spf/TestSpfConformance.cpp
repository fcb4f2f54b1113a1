// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenSPF conformance suites (RFC 7208: 203 tests; RFC 4408: 191 tests) through SpfEvaluator.
// Every case is a data row named "<scenario> / <test>": a regression fails that row by name.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "FakeResolver.h"
#include "SpfSuiteLoader.h"
#include "auth/spf/SpfEvaluator.h"

using namespace Auth;

namespace {

QJsonObject loadSuite(const QString &name)
{
    QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/spf/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSpfConformance : public QObject
{
    Q_OBJECT

private slots:
    void rfc7208_data() { addRows(QStringLiteral("rfc7208-tests.json"), 203); }
    void rfc7208() { runRow(); }
    void rfc4408_data() { addRows(QStringLiteral("rfc4408-tests.json"), 191); }
    void rfc4408() { runRow(); }

private:
    void addRows(const QString &file, int expectedCount);
    void runRow();
};

void TestSpfConformance::addRows(const QString &file, int expectedCount)
{
    QTest::addColumn<QJsonObject>("zonedata");
    QTest::addColumn<QJsonObject>("test");
    const QJsonObject suite = loadSuite(file);
    int count = 0;
    for (const QJsonValue &scenario : suite.value(QStringLiteral("scenarios")).toArray()) {
        const QJsonObject s = scenario.toObject();
        for (const QJsonValue &test : s.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject t = test.toObject();
            const QString row = s.value(QStringLiteral("description")).toString() + QStringLiteral(" / ")
                + t.value(QStringLiteral("name")).toString();
            QTest::newRow(qPrintable(row)) << s.value(QStringLiteral("zonedata")).toObject() << t;
            ++count;
        }
    }
    // The suite itself must not shrink unnoticed.
    QCOMPARE(count, expectedCount);
}

void TestSpfConformance::runRow()
{
    QFETCH(QJsonObject, zonedata);
    QFETCH(QJsonObject, test);
    TestSupport::FakeResolver resolver;
    loadSpfScenarioZone(zonedata, &resolver);
    const QString mailfrom = test.value(QStringLiteral("mailfrom")).toString();
    const QString helo = test.value(QStringLiteral("helo")).toString();
    const int at = mailfrom.lastIndexOf(QLatin1Char('@'));
    const QString domain = mailfrom.isEmpty() ? helo : mailfrom.mid(at + 1);
    SpfCheckParams params;
    params.ip = QHostAddress(test.value(QStringLiteral("host")).toString());
    params.domain = domain;
    params.sender = mailfrom;
    params.helo = helo;
    const SpfCheckResult result = SpfEvaluator(resolver).checkHost(params);
    QStringList accepted;
    for (const QJsonValue &v : test.value(QStringLiteral("results")).toArray())
        accepted.append(v.toString());
    const QString got = spfResultName(result.result);
    QVERIFY2(accepted.contains(got), qPrintable(QStringLiteral("got %1 (%2), expected %3; queries: %4")
                                                   .arg(got, result.problem, accepted.join(QLatin1Char('|')),
                                                        resolver.queryLog().join(QLatin1Char(' ')))));
    if (got != QLatin1String("fail") || !test.contains(QStringLiteral("explanation")))
        return;
    const QString explanation = test.value(QStringLiteral("explanation")).toString();
    if (explanation == QLatin1String("DEFAULT")) {
        QVERIFY2(result.explanationIsDefault, qPrintable(result.explanation));
    } else {
        // The suite writes the ip6.arpa nibbles of one case in upper case; RFC 7208 7.3 shows
        // them lower-case and DNS names are case-insensitive, so compare without case.
        QVERIFY2(!result.explanationIsDefault, qPrintable(result.explanation));
        QCOMPARE(result.explanation.toLower(), explanation.toLower());
    }
}

QTEST_GUILESS_MAIN(TestSpfConformance)
#include "TestSpfConformance.moc"
