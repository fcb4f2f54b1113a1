// SPDX-License-Identifier: GPL-3.0-or-later
// A domain check in the window against a real NSD: panels fill in, queries are listed,
// a second run says what changed (history), and the window finds exactly what
// "bouncelens-cli check" finds (one engine, Auth::CheckEngine).
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>

#include "GuiTestHelpers.h"
#include "NsdServer.h"
#include "ui/HistoryStore.h"
#include "auth/engine/CheckJob.h"
#include "ui/MainWindow.h"

using GuiTest::bodyText;
using GuiTest::evaluate;

class TestDomainCheckWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::ZoneBuilder zone(QStringLiteral("shop.test"));
        zone.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.1 +all"))
            .mx(QStringLiteral("@"), 10, QStringLiteral("mx.shop.test."))
            .a(QStringLiteral("mx"), QStringLiteral("192.0.2.25"))
            .txt(QStringLiteral("mail2024._domainkey"), QStringLiteral("v=DKIM1; k=rsa; p="));
        m_nsd.addZone(zone);
        TestSupport::ZoneBuilder reverse(QStringLiteral("2.0.192.in-addr.arpa"));
        reverse.ptr(QStringLiteral("25"), QStringLiteral("mx.shop.test."));
        m_nsd.addZone(reverse);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
        HistoryStore().clear();
    }

    void domainCheckFillsIn()
    {
        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.setLiveLookups(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy done(&window, &Ui::MainWindow::liveChecksFinished);
        QSignalSpy perCheck(window.liveChecks(), &Auth::CheckJob::sectionFinished);
        window.checkDomain(QStringLiteral("shop.test"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        // spf, dkim, dmarc, mx, dnsbl, mta-sts, tls-rpt, bimi, dnssec (no IP: no ptr), one at a time
        QCOMPARE(perCheck.size(), 9);
        Ui::ReportView *view = window.reportView();
        // The report page (not the welcome page still on screen a moment ago) with every panel filled
        // in: ten panels, PTR "not checked" for want of an IP.
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view, QStringLiteral("document.querySelectorAll('.check').length == 10 && "
                                                               "document.querySelectorAll('.check.state-pending').length == 0")).toBool(), 5000);
        // +all authorizes the whole internet: not a pass.
        const QString spfState = evaluate(view, QStringLiteral("document.getElementById('check-spf').className")).toString();
        QVERIFY2(spfState.contains(QStringLiteral("state-error")) || spfState.contains(QStringLiteral("state-warning")), qPrintable(spfState));
        QVERIFY(bodyText(view).contains(QStringLiteral("v=spf1 ip4:192.0.2.1 +all")));
        QVERIFY(evaluate(view, QStringLiteral("document.getElementById('check-mx').className")).toString().contains(QStringLiteral("state-ok")));
        const QString dmarc = evaluate(view, QStringLiteral("document.getElementById('check-dmarc').className")).toString();
        QVERIFY2(!dmarc.contains(QStringLiteral("state-ok")) && !dmarc.contains(QStringLiteral("state-unknown")), qPrintable(dmarc));
        // The privacy section lists the queries that went out, to our test server only.
        const int queries = evaluate(view, QStringLiteral("document.querySelectorAll('#privacy table.queries tr').length")).toInt();
        QVERIFY(queries >= 5);
        QCOMPARE(window.items().first().model.dnsQueries.size(), queries);
        for (const Report::DnsQuery &q : window.items().first().model.dnsQueries)
            QCOMPARE(q.server, QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        QVERIFY(window.items().first().json.value(QStringLiteral("checks")).toObject().contains(QStringLiteral("findings")));
    }

    // The same domain through the CLI (the process, its JSON) and through the window (its panels
    // and its export): the same findings, in the same order, with the same records.
    void cliAndWindowAgree()
    {
        QProcess cli;
        cli.start(QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli"),
                  {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--dns"),
                   QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()), QStringLiteral("shop.test")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray cliFindings = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("findings")).toArray();
        QVERIFY(cliFindings.size() >= 9);

        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.setLiveLookups(true);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy done(&window, &Ui::MainWindow::liveChecksFinished);
        window.checkDomain(QStringLiteral("shop.test"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        const QJsonArray guiFindings = window.items().first().json.value(QStringLiteral("checks")).toObject()
                                           .value(QStringLiteral("findings")).toArray();
        QCOMPARE(guiFindings, cliFindings);
        // And the panels show each of them, in the CLI's order: id, sentence, evidence, fix, record.
        QStringList panels, cliLines;
        for (const Report::Check &c : window.items().first().model.checks) {
            for (const Report::CheckFinding &f : c.findings)
                panels << QStringList{f.id, f.message, f.evidence, f.fix, f.record}.join(QLatin1Char('|'));
        }
        for (const QJsonValue &v : cliFindings) {
            const QJsonObject f = v.toObject();
            QStringList line;
            for (const char *key : {"id", "message", "evidence", "fix", "record"})
                line << f.value(QLatin1String(key)).toString();
            cliLines << line.join(QLatin1Char('|'));
        }
        QCOMPARE(panels, cliLines);
    }

    // The optional fields: with an IP the PTR panel runs (forward-confirmed here) and the SPF
    // result for that IP appears; a typed selector is looked at (its revoked key is reported).
    void typedIpAndSelector()
    {
        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.setLiveLookups(true);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy done(&window, &Ui::MainWindow::liveChecksFinished);
        window.setDomainCheckInputs(QStringLiteral("192.0.2.25"), QStringLiteral("mail2024"));
        window.checkDomain(QStringLiteral("shop.test"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        const Report::ReportModel &model = window.items().first().model;
        const Report::Check *ptr = model.findCheck(QStringLiteral("ptr"));
        QVERIFY(ptr);
        QCOMPARE(ptr->state, Report::State::Ok);
        QStringList ids;
        for (const Report::Check &c : model.checks) {
            for (const Report::CheckFinding &f : c.findings)
                ids << f.id;
        }
        QVERIFY2(ids.contains(QStringLiteral("spf.result")), qPrintable(ids.join(QLatin1Char(' '))));
        const QJsonArray keys = window.items().first().json.value(QStringLiteral("checks")).toObject().value(QStringLiteral("dkim")).toArray();
        bool typed = false;
        for (const QJsonValue &k : keys)
            typed |= k.toObject().value(QStringLiteral("selector")).toString() == QLatin1String("mail2024")
                && k.toObject().value(QStringLiteral("found")).toBool();
        QVERIFY(typed);
        // A field that is not an IP refuses the check instead of ignoring the field.
        window.setDomainCheckInputs(QStringLiteral("mail.shop.test"), QString());
        window.checkDomain(QStringLiteral("shop.test"));
        QCOMPARE(window.items().size(), 1);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusText"))->text().contains(QStringLiteral("not valid")));
    }

    void rerunReportsChanges()
    {
        QJsonObject before{{QStringLiteral("spf"), QJsonObject{{QStringLiteral("record"), QStringLiteral("v=spf1 -all")}}},
                           {QStringLiteral("findings"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("dmarc.none")},
                                                                               {QStringLiteral("severity"), QStringLiteral("error")}}}}};
        QJsonObject after{{QStringLiteral("spf"), QJsonObject{{QStringLiteral("record"), QStringLiteral("v=spf1 +all")}}},
                          {QStringLiteral("findings"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("spf.permissive-all")},
                                                                              {QStringLiteral("severity"), QStringLiteral("error")}}}}};
        const QString text = Ui::HistoryStore::describeChanges(before, after, QDateTime::currentDateTimeUtc());
        QVERIFY(text.contains(QStringLiteral("the SPF record changed")));
        QVERIFY(text.contains(QStringLiteral("new: spf.permissive-all")));
        QVERIFY(text.contains(QStringLiteral("gone: dmarc.none")));
        QCOMPARE(Ui::HistoryStore::describeChanges(after, after, QDateTime::currentDateTimeUtc()), QString());

        // Through the window: the second check of the same domain is compared with the first.
        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy done(&window, &Ui::MainWindow::liveChecksFinished);
        window.checkDomain(QStringLiteral("shop.test"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        const QList<Ui::HistoryEntry> entries = HistoryStore().recent();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.first().kind, QStringLiteral("domain"));
        QCOMPARE(entries.first().name, QStringLiteral("shop.test"));
    }

private:
    using HistoryStore = Ui::HistoryStore;
    TestSupport::NsdServer m_nsd;
};

BOUNCELENS_GUI_TEST_MAIN(TestDomainCheckWindow)
#include "TestDomainCheckWindow.moc"
