// SPDX-License-Identifier: GPL-3.0-or-later
// Report::LiveCheckPlan: what the live-check panels ask, show and export, without widgets.
#include <QJsonArray>
#include <QTest>

#include "report/CheckReportBuilder.h"
#include "report/LiveCheckPlan.h"

using Report::Check;
using Report::LiveCheckPlan;
using Report::ReportModel;
using Report::State;

class TestLiveCheckPlan : public QObject
{
    Q_OBJECT

private slots:
    void domainReportChecksItsDomain()
    {
        ReportModel model;
        model.kind = ReportModel::Kind::Domain;
        model.domain = QStringLiteral("example.org");
        const auto request = LiveCheckPlan::request(model, QByteArray());
        QVERIFY(request);
        QCOMPARE(request->domain, QStringLiteral("example.org"));
        QVERIFY(request->ip.isNull());
        QCOMPARE(request->sections, Auth::allCheckSections());
    }

    void domainReportIsPending()
    {
        const ReportModel model = LiveCheckPlan::domainReport(QStringLiteral("example.org"));
        QCOMPARE(model.kind, ReportModel::Kind::Domain);
        QCOMPARE(model.domain, QStringLiteral("example.org"));
        QCOMPARE(model.verdictState, State::Pending);
        QCOMPARE(model.verdict, QStringLiteral("Checking example.org…"));
        QCOMPARE(model.title, QStringLiteral("Domain check: example.org"));
    }

    void bounceChecksTheSenderSide()
    {
        ReportModel model;
        model.kind = ReportModel::Kind::Message;
        model.messageKind = QStringLiteral("bounce");
        model.original.present = true;
        model.original.headers.append({QStringLiteral("From"), QStringLiteral("Alice <Alice@Shop.Example>")});
        model.original.sendingIp = QStringLiteral("192.0.2.44");
        model.original.returnPath = QStringLiteral("bounces+123@mailer.example");
        const auto request = LiveCheckPlan::request(model, QByteArrayLiteral("raw"));
        QVERIFY(request);
        QCOMPARE(request->domain, QStringLiteral("shop.example"));
        QCOMPARE(request->ip, QHostAddress(QStringLiteral("192.0.2.44")));
        // RFC 7208 2.4: SPF for the MAIL FROM, not the From domain.
        QCOMPARE(request->sender, QStringLiteral("bounces+123@mailer.example"));
        QCOMPARE(request->rawOriginal, QByteArrayLiteral("raw"));

        model.original.returnPath.clear();
        QCOMPARE(LiveCheckPlan::request(model, QByteArray())->sender, QStringLiteral("postmaster@shop.example"));
        model.messageKind = QStringLiteral("auto-reply");
        QVERIFY(!LiveCheckPlan::request(model, QByteArray()));
    }

    void domainOf_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("domain");
        QTest::newRow("display name") << QStringLiteral("Alice <alice@Example.org>") << QStringLiteral("example.org");
        QTest::newRow("bare") << QStringLiteral("bob@example.net") << QStringLiteral("example.net");
        QTest::newRow("list tail") << QStringLiteral("bob@example.net, carol@example.com") << QStringLiteral("example.com");
        QTest::newRow("no at") << QStringLiteral("undisclosed-recipients:;") << QString();
    }

    void domainOf()
    {
        QFETCH(QString, address);
        QFETCH(QString, domain);
        QCOMPARE(LiveCheckPlan::domainOf(address), domain);
    }

    void typedInputs_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("selectors");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("parsedIp");
        QTest::addColumn<QStringList>("parsedSelectors");
        QTest::newRow("both empty") << QString() << QStringLiteral("  ") << true << QString() << QStringList();
        QTest::newRow("v4 and two selectors") << QStringLiteral(" 192.0.2.44 ") << QStringLiteral("s1, Google  s1")
                                             << true << QStringLiteral("192.0.2.44") << QStringList{QStringLiteral("s1"), QStringLiteral("google")};
        QTest::newRow("v6") << QStringLiteral("2001:db8::1") << QString() << true << QStringLiteral("2001:db8::1") << QStringList();
        QTest::newRow("dotted selector") << QString() << QStringLiteral("2024.eu_mail") << true << QString()
                                         << QStringList{QStringLiteral("2024.eu_mail")};
        QTest::newRow("host name is not an IP") << QStringLiteral("mail.example.org") << QString() << false << QString() << QStringList();
        QTest::newRow("quote in selector") << QString() << QStringLiteral("s1\"") << false << QString() << QStringList();
        QTest::newRow("empty label") << QString() << QStringLiteral("a..b") << false << QString() << QStringList();
    }

    void typedInputs()
    {
        QFETCH(QString, ip);
        QFETCH(QString, selectors);
        QFETCH(bool, valid);
        const auto typed = LiveCheckPlan::typedInputs(ip, selectors);
        QCOMPARE(bool(typed), valid);
        if (!typed)
            return;
        QFETCH(QString, parsedIp);
        QFETCH(QStringList, parsedSelectors);
        QCOMPARE(typed->ip.isNull() ? QString() : typed->ip.toString(), parsedIp);
        QCOMPARE(typed->selectors, parsedSelectors);
    }

    void everySectionHasAPanel()
    {
        const QList<Check> withIp = Report::CheckReportBuilder::pendingChecks(true);
        QCOMPARE(withIp.size(), Auth::allCheckSections().size());
        for (const Check &c : withIp) {
            QCOMPARE(c.state, State::Pending);
            QVERIFY2(c.title != c.id, qPrintable(c.id)); // a real title for every section
            QVERIFY2(!Report::CheckReportBuilder::whatWeChecked(c.id).isEmpty(), qPrintable(c.id));
        }
        const QList<Check> noIp = Report::CheckReportBuilder::pendingChecks(false);
        for (const Check &c : noIp)
            QCOMPARE(c.state, c.id == QLatin1String("ptr") ? State::NotChecked : State::Pending);
    }

    void statusCountsPanels()
    {
        ReportModel model;
        model.checks = Report::CheckReportBuilder::pendingChecks(false);
        QCOMPARE(LiveCheckPlan::status(&model, false, false),
                 QStringLiteral("Live checks: 0 of 9 done — waiting for SPF, DKIM, DMARC, MX, DNSBL, MTA-STS, TLS-RPT, BIMI, DNSSEC"));
        for (Check &c : model.checks) {
            if (c.state == State::Pending)
                c.state = c.id == QLatin1String("mx") ? State::Pending : State::Ok;
        }
        QCOMPARE(LiveCheckPlan::status(&model, true, false), QStringLiteral("Diagnosing… Live checks: 8 of 9 done — waiting for MX"));
        model.findCheck(QStringLiteral("mx"))->state = State::Unknown;
        QCOMPARE(LiveCheckPlan::status(&model, false, false), QStringLiteral("Live checks done: 9 of 9."));
        QCOMPARE(LiveCheckPlan::status(nullptr, false, true), QStringLiteral("Diagnosis done."));
        QCOMPARE(LiveCheckPlan::status(nullptr, false, false), QString());
    }

    void unavailableSaysWhy()
    {
        QList<Check> checks = Report::CheckReportBuilder::pendingChecks(true);
        LiveCheckPlan::markUnavailable(checks, true, QStringLiteral("no nameserver line"));
        for (const Check &c : checks) {
            QCOMPARE(c.state, State::Unknown);
            QCOMPARE(c.verdict, QStringLiteral("No DNS server to ask: no nameserver line"));
        }
        LiveCheckPlan::markUnavailable(checks, false, QString());
        QCOMPARE(checks.first().state, State::NotChecked);
    }

    void exportMergesBothHalves()
    {
        const QJsonObject checks{{QStringLiteral("domain"), QStringLiteral("shop.example")}};
        const QJsonObject diagnosis{{QStringLiteral("diagnosis"), QJsonArray{}}};
        // Panels first, then the diagnosis: both kept.
        QJsonObject json = LiveCheckPlan::withChecks(QJsonObject(), ReportModel::Kind::Message, checks);
        json = LiveCheckPlan::withDiagnosis(json, diagnosis);
        QCOMPARE(json.value(QStringLiteral("domain_check")).toObject(), checks);
        QVERIFY(json.contains(QStringLiteral("diagnosis")));
        // Diagnosis first, then the panels: both kept.
        json = LiveCheckPlan::withChecks(LiveCheckPlan::withDiagnosis(QJsonObject(), diagnosis), ReportModel::Kind::Message, checks);
        QCOMPARE(json.value(QStringLiteral("domain_check")).toObject(), checks);
        QVERIFY(json.contains(QStringLiteral("diagnosis")));
        // A domain report's export is the check itself.
        QCOMPARE(LiveCheckPlan::withChecks(QJsonObject(), ReportModel::Kind::Domain, checks).value(QStringLiteral("checks")).toObject(), checks);
    }
};

QTEST_GUILESS_MAIN(TestLiveCheckPlan)
#include "TestLiveCheckPlan.moc"
