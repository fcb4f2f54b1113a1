// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built "bouncelens-cli explain" on the log, trace and event fixtures of tests/data/logs:
// one JSON object per result plus a summary object, exit codes 0/1, garbage still "not recognized".
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliProcess.h"

class TestExplainLogsCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonPerResultAndSummary_data();
    void jsonPerResultAndSummary();
    void logLineAsArgument();
    void onlySkippedLines();
    void garbageStaysNotRecognized();
    void humanOutputHasSummary();
    void pastedHeaderIsTheOriginal();
    void headerLikeLinesStayInputs();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args, const QByteArray &stdinData = {});
    static QByteArray fixture(const QString &name);
    static QList<QJsonObject> objects(const QByteArray &out);
};

TestExplainLogsCli::Run TestExplainLogsCli::run(const QStringList &args, const QByteArray &stdinData)
{
    const TestSupport::CliRun r = TestSupport::runCli(QStringList{QStringLiteral("explain")} + args, stdinData);
    return {r.exitCode, r.out, r.err};
}

QByteArray TestExplainLogsCli::fixture(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return f.readAll();
}

QList<QJsonObject> TestExplainLogsCli::objects(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError || !d.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        list << d.object();
    }
    return list;
}

void TestExplainLogsCli::jsonPerResultAndSummary_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("results");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("firstRecipient");
    QTest::addColumn<QString>("firstReason");
    QTest::newRow("postfix") << "postfix-mail.log" << 9 << 15 << "bob@example.org" << "userunknown";
    QTest::newRow("exim") << "exim-mainlog" << 9 << 12 << "bob@example.org" << "userunknown";
    QTest::newRow("sendmail") << "sendmail-maillog" << 5 << 6 << "bob@example.org" << "userunknown";
    QTest::newRow("m365") << "m365-message-trace.txt" << 4 << 5 << "bob@fabrikam.com" << "userunknown";
    QTest::newRow("ses, pretty JSON on stdin") << "ses-bounce.json" << 2 << 1 << "jane@example.com" << "userunknown";
    QTest::newRow("sendgrid array") << "sendgrid-events.json" << 3 << 5 << "bob@example.org" << "userunknown";
    QTest::newRow("json lines") << "esp-events.jsonl" << 3 << 4 << "gone@example.com" << "suppressed";
}

void TestExplainLogsCli::jsonPerResultAndSummary()
{
    QFETCH(QString, fixture);
    QFETCH(int, results);
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, TestExplainLogsCli::fixture(fixture));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> list = objects(r.out);
    QCOMPARE(list.size(), results + 1);
    const QJsonObject summary = list.last();
    QVERIFY(summary.value(QStringLiteral("summary")).toBool());
    QCOMPARE(summary.value(QStringLiteral("results")).toInt(), results);
    QTEST(summary.value(QStringLiteral("lines")).toInt(), "lines");
    const QJsonObject first = list.first();
    QTEST(first.value(QStringLiteral("recipient")).toString(), "firstRecipient");
    QTEST(first.value(QStringLiteral("reason")).toString(), "firstReason");
    QVERIFY(first.value(QStringLiteral("recognized")).toBool());
    QVERIFY(!first.value(QStringLiteral("source")).toString().isEmpty());
    int perReason = 0;
    for (const QJsonValue &v : summary.value(QStringLiteral("reasons")).toObject())
        perReason += v.toInt();
    QCOMPARE(perReason, results);
}

void TestExplainLogsCli::logLineAsArgument()
{
    const QByteArray line = fixture(QStringLiteral("postfix-mail.log")).split('\n').at(5); // dsn=5.4.4, Postfix's own text
    const Run r = run({QStringLiteral("--json"), QString::fromUtf8(line)});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> list = objects(r.out);
    QCOMPARE(list.size(), 1); // one line, one result: no summary
    QCOMPARE(list.first().value(QStringLiteral("status")).toString(), QStringLiteral("5.4.4"));
    QCOMPARE(list.first().value(QStringLiteral("reason")).toString(), QStringLiteral("hostunknown"));
    QCOMPARE(list.first().value(QStringLiteral("class")).toString(), QStringLiteral("permanent"));
}

void TestExplainLogsCli::onlySkippedLines()
{
    const QByteArray log = "Mar  1 10:00:00 mail postfix/smtpd[2101]: connect from client.example.net[198.51.100.7]\n"
                           "Mar  1 10:00:09 mail postfix/smtpd[2101]: disconnect from client.example.net[198.51.100.7]\n";
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, log);
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> list = objects(r.out);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().value(QStringLiteral("results")).toInt(), 0);
    QCOMPARE(list.first().value(QStringLiteral("lines")).toInt(), 2);
    const Run human = run({QStringLiteral("-")}, log);
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.contains("No delivery failure or deferral in 2 log lines"));
}

void TestExplainLogsCli::garbageStaysNotRecognized()
{
    const QByteArray garbage = fixture(QStringLiteral("garbage.txt"));
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, garbage);
    QCOMPARE(r.exitCode, 1);
    const QList<QJsonObject> list = objects(r.out);
    QCOMPARE(list.size(), int(garbage.trimmed().split('\n').size()));
    for (const QJsonObject &o : list)
        QVERIFY(!o.value(QStringLiteral("recognized")).toBool());
    const Run human = run({QStringLiteral("-")}, garbage);
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.contains("Not recognized"));
}

void TestExplainLogsCli::humanOutputHasSummary()
{
    const Run r = run({QStringLiteral("-")}, fixture(QStringLiteral("exim-mainlog")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("nobody@nowhere.example - failed (exim)"));
    QVERIFY(r.out.contains("Read 12 lines or events: 9 delivery failures or deferrals."));
    QVERIFY(r.out.contains("Recipients per domain:"));
}

void TestExplainLogsCli::pastedHeaderIsTheOriginal()
{
    // On standard input (with the body after it) and as one argument: one "headers" object.
    const QByteArray gmail = fixture(QStringLiteral("headers-gmail-show-original.txt"));
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, gmail);
    QCOMPARE(r.exitCode, 0);
    QList<QJsonObject> list = objects(r.out);
    QCOMPARE(list.size(), 1);
    QJsonObject o = list.first();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("headers"));
    QVERIFY(o.value(QStringLiteral("recognized")).toBool());
    QCOMPARE(o.value(QStringLiteral("original")).toObject().value(QStringLiteral("received")).toArray().size(), 3);
    QCOMPARE(o.value(QStringLiteral("check")).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("198.51.100.7"));
    QCOMPARE(o.value(QStringLiteral("check")).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("example.org"));

    const QByteArray outlook = fixture(QStringLiteral("headers-outlook-message-details.txt"));
    const Run arg = run({QStringLiteral("--json"), QString::fromUtf8(outlook)});
    QCOMPARE(arg.exitCode, 0);
    list = objects(arg.out);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().value(QStringLiteral("check")).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.77"));

    const Run human = run({QStringLiteral("-")}, outlook);
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("Message header: read as the returned original"), human.out.constData());
    QVERIFY(human.out.contains("Sending IP: 203.0.113.77"));
    QVERIFY(human.out.contains("bouncelens-cli check shop.example.com --ip 203.0.113.77 --sender bounces+4711@shop.example.com --selector s1"));
}

void TestExplainLogsCli::headerLikeLinesStayInputs()
{
    // Lines that start like header fields but are no message header are still one input each.
    const QByteArray lines = "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown\nhello world\n";
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, lines);
    QCOMPARE(r.exitCode, 1); // "hello world" is not recognized
    const QList<QJsonObject> list = objects(r.out);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(list.at(1).value(QStringLiteral("replycode")).toString(), QStringLiteral("550"));
    QVERIFY(!list.at(2).value(QStringLiteral("recognized")).toBool());
}

QTEST_GUILESS_MAIN(TestExplainLogsCli)
#include "TestExplainLogsCli.moc"
