// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli diagnose" end to end: the real binary, a real .eml, a real NSD.
// Proves the CLI wires analysis, live checks and diagnosis together, honours --no-network
// (no query sent, every check listed as skipped) and keeps its exit statuses.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliProcess.h"

#include "NsdServer.h"
#include "StubDnsServer.h"
#include "ZoneBuilder.h"

using TestSupport::NsdServer;
using TestSupport::ZoneBuilder;

namespace {

const QString kGmailSpfBounce = QStringLiteral(BOUNCELENS_TEST_DATA "/diagnosis/gmail-5.7.26-spf-lacks-ip.eml");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QJsonObject json;
};

CliRun runDiagnose(const QStringList &args)
{
    const TestSupport::CliRun c = TestSupport::runCli(QStringList{QStringLiteral("diagnose")} + args, {}, {}, 30000);
    CliRun run;
    run.exitCode = c.exitCode;
    run.out = c.out;
    run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

QStringList causeIds(const QJsonObject &o)
{
    QStringList ids;
    for (const QJsonValue &c : o.value(QLatin1String("diagnosis")).toArray())
        ids.append(c.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestDiagnoseCli : public QObject
{
    Q_OBJECT

private:
    NsdServer m_nsd;
    QString dns() const { return QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()); }

private slots:
    void initTestCase()
    {
        // The sender's SPF lists 192.0.2.10 only; Gmail quotes 192.0.2.44 in the bounce.
        m_nsd.addZone(ZoneBuilder(QStringLiteral("example.org"))
                          .txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.10 -all"))
                          .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject"))
                          .mx(QStringLiteral("@"), 10, QStringLiteral("mail.example.org."))
                          .a(QStringLiteral("mail"), QStringLiteral("192.0.2.10")));
        m_nsd.addZone(ZoneBuilder(QStringLiteral("gmail.com"))
                          .mx(QStringLiteral("@"), 5, QStringLiteral("mx.gmail.com."))
                          .a(QStringLiteral("mx"), QStringLiteral("142.250.27.26")));
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
    }

    void liveSpfFailureIsTopCause()
    {
        const CliRun run = runDiagnose({QStringLiteral("--json"), QStringLiteral("--dns"), dns(), kGmailSpfBounce});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.json.isEmpty(), run.out.constData());
        QCOMPARE(run.json.value(QLatin1String("analysis")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("bounce"));
        const QStringList ids = causeIds(run.json);
        QVERIFY2(!ids.isEmpty(), run.out.constData());
        QCOMPARE(ids.first(), QStringLiteral("cause.spf-not-authorized"));
        const QJsonObject top = run.json.value(QLatin1String("diagnosis")).toArray().first().toObject();
        QVERIFY(top.value(QLatin1String("confidence")).toDouble() > 0.8);
        QCOMPARE(top.value(QLatin1String("who_acts")).toString(), QStringLiteral("sender-admin"));
        QCOMPARE(top.value(QLatin1String("retry_helps")).toBool(), false);
        // The fix names the IP the remote quoted, in a record that keeps what is published.
        const QByteArray fix = QJsonDocument(top.value(QLatin1String("fix")).toArray()).toJson(QJsonDocument::Compact);
        QVERIFY2(fix.contains("192.0.2.44") && fix.contains("ip4:192.0.2.10"), fix.constData());
        QVERIFY(!run.json.value(QLatin1String("checks")).toObject().value(QLatin1String("ran")).toArray().isEmpty());
        // The human output names this message's checks with the desktop badges' words.
        const CliRun human = runDiagnose({QStringLiteral("--dns"), dns(), kGmailSpfBounce});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("This message, checked today:"), human.out.constData());
        QVERIFY2(human.out.contains("\xe2\x9c\x96 SPF example.org: fail for 192.0.2.44"), human.out.constData());
    }

    void noNetworkSendsNothingAndSaysSo()
    {
        // A black-hole server: with --no-network the CLI must not even try it.
        TestSupport::StubDnsServer blackHole(TestSupport::StubDnsServer::Behaviour::BlackHole);
        QVERIFY(blackHole.isListening());
        const CliRun run = runDiagnose({QStringLiteral("--json"), QStringLiteral("--no-network"), QStringLiteral("--dns"),
                                        QStringLiteral("127.0.0.1:%1").arg(blackHole.port()), kGmailSpfBounce});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(blackHole.queriesSeen(), 0);
        const QJsonArray skipped = run.json.value(QLatin1String("checks")).toObject().value(QLatin1String("skipped")).toArray();
        QStringList skippedChecks;
        for (const QJsonValue &s : skipped)
            skippedChecks.append(s.toObject().value(QLatin1String("check")).toString());
        for (const char *check : {"spf", "dkim", "dmarc", "mx", "ptr"})
            QVERIFY2(skippedChecks.contains(QLatin1String(check)), check);
        // Still a diagnosis from the message alone: Gmail said authentication failed.
        QVERIFY(causeIds(run.json).contains(QStringLiteral("cause.spf-not-authorized")));
    }

    void pastedLine()
    {
        const CliRun run = runDiagnose({QStringLiteral("--json"), QStringLiteral("--no-network"), QStringLiteral("--line"),
                                        QStringLiteral("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject analysis = run.json.value(QLatin1String("analysis")).toObject();
        QCOMPARE(analysis.value(QLatin1String("status")).toString(), QStringLiteral("5.1.1"));
        QCOMPARE(causeIds(run.json).value(0), QStringLiteral("cause.recipient-unknown"));
    }

    // Issue 15: exit 3 ("the DNS server never answered") only for silence. A server that sends
    // garbage is there and broken: its answers are unknowns in the diagnosis, exit 0.
    void silentServerExits3BrokenServerExits0()
    {
        TestSupport::StubDnsServer blackHole(TestSupport::StubDnsServer::Behaviour::BlackHole);
        TestSupport::StubDnsServer garbage([](const QByteArray &query) -> QByteArray {
            return query.left(2) + QByteArray("\x81\x80\x00\x01garbage", 11);
        });
        const QString line = QStringLiteral("550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org");
        for (const QStringList &input : {QStringList{kGmailSpfBounce}, QStringList{QStringLiteral("--line"), line}}) {
            const auto run = [&input](quint16 port) {
                return runDiagnose(QStringList{QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("150"),
                                               QStringLiteral("--dns"), QStringLiteral("127.0.0.1:%1").arg(port)} + input);
            };
            QCOMPARE(run(blackHole.port()).exitCode, 3);
            const CliRun broken = run(garbage.port());
            QVERIFY2(broken.exitCode == 0, qPrintable(input.join(QLatin1Char(' '))));
            QVERIFY(!broken.json.isEmpty());
        }
        QVERIFY(garbage.queriesSeen() > 0);
    }

    void usageErrors()
    {
        QCOMPARE(runDiagnose({}).exitCode, 2);
        QCOMPARE(runDiagnose({QStringLiteral("--no-such-option"), kGmailSpfBounce}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "TestDiagnoseCli.moc"
