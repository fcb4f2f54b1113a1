// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built "bouncelens-cli explain" and checks its JSON, exit codes and languages.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliProcess.h"

class TestExplainCli : public QObject
{
    Q_OBJECT

private slots:
    void gmailJson();
    void exitCodes();
    void stdinGroupsContinuations();
    void germanOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args, const QByteArray &stdinData = {});
};

TestExplainCli::Run TestExplainCli::run(const QStringList &args, const QByteArray &stdinData)
{
    const TestSupport::CliRun r = TestSupport::runCli(QStringList{QStringLiteral("explain")} + args, stdinData);
    return {r.exitCode, r.out, r.err};
}

void TestExplainCli::gmailJson()
{
    const QString line = QStringLiteral(
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders "
        "to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] "
        "with ip: [192.0.2.10] = did not pass. For instructions on setting up authentication, go to "
        "https://support.google.com/mail/answer/81126#authentication a1si1234567qkb.15 - gsmtp");
    const Run r = run({QStringLiteral("--json"), line});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(lines.first(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("input")).toString(), line);
    QCOMPARE(o.value(QStringLiteral("recognized")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("replycode")).toString(), QStringLiteral("550"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("5.7.26"));
    QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("permanent"));
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("security-policy"));
    QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("gmail"));
    QVERIFY(o.value(QStringLiteral("provider_tag")).isNull());
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("authfailure"));
    QCOMPARE(o.value(QStringLiteral("hardbounce")).toBool(true), false);
    QVERIFY(o.value(QStringLiteral("meaning")).toString().contains(QLatin1String("SPF")));
    QVERIFY(!o.value(QStringLiteral("causes")).toArray().isEmpty());
    QVERIFY(!o.value(QStringLiteral("fix")).toArray().isEmpty());
    const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
    QVERIFY(checks.contains(QStringLiteral("spf")));
    QVERIFY(checks.contains(QStringLiteral("dkim")));
    const QJsonObject entities = o.value(QStringLiteral("entities")).toObject();
    QCOMPARE(entities.value(QStringLiteral("ips")).toArray(), QJsonArray{QStringLiteral("192.0.2.10")});
    QVERIFY(entities.value(QStringLiteral("domains")).toArray().contains(QStringLiteral("example.com")));
    QVERIFY(entities.value(QStringLiteral("addresses")).toArray().isEmpty());
    QVERIFY(o.value(QStringLiteral("notes")).isArray());
}

void TestExplainCli::exitCodes()
{
    QCOMPARE(run({QStringLiteral("550 5.1.1 User unknown")}).exitCode, 0);
    const Run bad = run({QStringLiteral("--json"), QStringLiteral("hello world"), QStringLiteral("999 9.9.9")});
    QCOMPARE(bad.exitCode, 1);
    const QList<QByteArray> lines = bad.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &l : lines) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        QCOMPARE(o.value(QStringLiteral("recognized")).toBool(true), false);
        QVERIFY(o.value(QStringLiteral("reason")).isNull());
        QVERIFY(o.value(QStringLiteral("meaning")).isNull());
    }
    QCOMPARE(run({QStringLiteral("550 5.1.1 x"), QStringLiteral("hello")}).exitCode, 1);
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--no-such-option"), QStringLiteral("550")}).exitCode, 2);
}

void TestExplainCli::stdinGroupsContinuations()
{
    const QByteArray in = "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n"
                          "550-5.7.26 DMARC policy. Please contact the administrator.\n"
                          "550 5.7.26 a1si1 - gsmtp\n"
                          "452 4.2.2 Mailbox full\n"
                          "\n"
                          "Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>:\n"
                          "    Recipient address rejected: User unknown\n";
    const Run r = run({QStringLiteral("--json"), QStringLiteral("-")}, in);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("reason")).toString(), QStringLiteral("authfailure"));
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("reason")).toString(), QStringLiteral("mailboxfull"));
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));
}

void TestExplainCli::germanOutput()
{
    const QString line = QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
    const Run en = run({line});
    const Run de = run({QStringLiteral("--lang"), QStringLiteral("de"), line});
    QCOMPARE(de.exitCode, 0);
    QVERIFY(en.out.contains("Permanent failure"));
    QVERIFY2(de.out.contains("Dauerhafter Fehler"), de.out.constData());
    QVERIFY(!de.out.contains("Permanent failure"));
    const Run json = run({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("de"), line});
    QVERIFY2(json.out.contains("The mailbox left of the @ does not exist"), json.out.constData()); // JSON stays English
}

QTEST_GUILESS_MAIN(TestExplainCli)
#include "TestExplainCli.moc"
