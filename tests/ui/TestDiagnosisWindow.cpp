// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis in the window: a dropped Gmail 5.7.26 bounce against a real NSD whose SPF record
// lacks the sending IP shows "SPF does not authorize the sending server" on top, with the exact
// record to publish, then vs now, and the exports carry it. Live lookups off: causes from the
// message alone, skipped checks listed, nothing asked.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUdpSocket>

#include "GuiTestHelpers.h"
#include "NsdServer.h"
#include "ui/DiagnosisRunner.h"
#include "ui/HistoryStore.h"
#include "ui/MainWindow.h"

using GuiTest::bodyText;
using GuiTest::dataFile;
using GuiTest::evaluate;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDiagnosisWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The sender publishes SPF for 192.0.2.10 only; the bounce says Gmail saw 203.0.113.9.
        TestSupport::ZoneBuilder org(QStringLiteral("example.org"));
        org.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.10 -all"))
            .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject"))
            .mx(QStringLiteral("@"), 10, QStringLiteral("mail.example.org."))
            .a(QStringLiteral("mail"), QStringLiteral("192.0.2.10"));
        TestSupport::ZoneBuilder gmail(QStringLiteral("gmail.com"));
        gmail.mx(QStringLiteral("@"), 5, QStringLiteral("mx.gmail.com.")).a(QStringLiteral("mx"), QStringLiteral("142.250.27.26"));
        m_nsd.addZone(org);
        m_nsd.addZone(gmail);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
        Ui::HistoryStore().clear();
    }

    void droppedBounceShowsTopCause()
    {
        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.setLiveLookups(true);
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        QSignalSpy diagnosed(&window, &Ui::MainWindow::diagnosisShown);
        QSignalSpy checked(&window, &Ui::MainWindow::liveChecksFinished);
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        QVERIFY(GuiTest::dropFiles(target, {dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))}));
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);

        const Report::ReportModel &model = window.items().first().model;
        QVERIFY(model.diagnosisRan);
        QVERIFY(!model.causes.isEmpty());
        QCOMPARE(model.causes.first().id, QStringLiteral("cause.spf-not-authorized"));
        QCOMPARE(model.whoActs, model.causes.first().whoActs); // the strip follows the top cause
        QVERIFY(model.verdict.contains(model.causes.first().title));
        QVERIFY2(model.causes.first().dnsRecords.join(QLatin1Char('\n')).contains(QStringLiteral("ip4:203.0.113.9")),
                 qPrintable(model.causes.first().dnsRecords.join(QLatin1Char('\n'))));
        QCOMPARE(model.copyText(QStringLiteral("cause-0-0")), model.causes.first().dnsRecords.first());
        // The panels check the IP Gmail named, not the author's home address of the first hop.
        QCOMPARE(model.original.sendingIp, QStringLiteral("203.0.113.9"));
        QVERIFY(model.original.sendingIpWhy.contains(QStringLiteral("named 203.0.113.9 in its reply")));
        // The SPF badge does not show a pass next to the SPF cause.
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view, QStringLiteral("document.getElementById('checks-summary').textContent")).toString()
                                     .contains(QStringLiteral("this message: fail for 203.0.113.9")), 5000);

        // On screen: the first cause, its record with a Copy button, then vs now, anchored evidence.
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(view, QStringLiteral("(function(){var c=document.querySelector('#causes li.cause');"
                                                                "return c ? c.getAttribute('data-cause') : '';})()")).toString(),
                                  QStringLiteral("cause.spf-not-authorized"), 5000);
        const QString text = bodyText(view);
        QVERIFY2(text.contains(QStringLiteral("SPF does not authorize the sending server")), qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("Still broken")));
        QVERIFY(evaluate(view, QStringLiteral("!!document.querySelector('#cause-0 a[href^=\"bouncelens://action/copy/cause-0-\"]')")).toBool());
        // Every evidence link points at an element of the page.
        QCOMPARE(evaluate(view, QStringLiteral("Array.from(document.querySelectorAll('#causes ul.evidence a')).filter(function(a){"
                                               "return !document.getElementById(a.getAttribute('href').slice(1));}).length")).toInt(), 0);
        QVERIFY(evaluate(view, QStringLiteral("document.querySelectorAll('#causes ul.evidence a').length")).toInt() >= 1);

        // One resolver cache per analysis: the panels and the diagnosis never ask the same twice.
        QSet<QString> asked;
        for (const Report::DnsQuery &q : model.dnsQueries) {
            const QString key = q.type + QLatin1Char(' ') + q.name;
            QVERIFY2(!asked.contains(key), qPrintable(QStringLiteral("asked twice: ") + key));
            asked.insert(key);
        }
        QVERIFY(asked.contains(QStringLiteral("TXT example.org")));

        // Exports: HTML carries the causes, JSON is the "diagnose --json" shape.
        QTemporaryDir dir;
        QVERIFY(window.writeHtml(dir.filePath(QStringLiteral("r.html"))));
        const QString html = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("r.html"))));
        QVERIFY(html.contains(QStringLiteral("id=\"causes\"")));
        QVERIFY(html.contains(QStringLiteral("data-cause=\"cause.spf-not-authorized\"")));
        QVERIFY(!html.contains(QStringLiteral("bouncelens://action"))); // no action links in exports
        QVERIFY(window.writeJson(dir.filePath(QStringLiteral("r.json"))));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("r.json"))), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray causes = json.value(QStringLiteral("diagnosis")).toArray();
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("cause.spf-not-authorized"));
        QVERIFY(json.value(QStringLiteral("analysis")).isObject());
        QVERIFY(json.value(QStringLiteral("checks")).toObject().value(QStringLiteral("ran")).toArray().contains(QStringLiteral("spf")));
        QVERIFY(json.value(QStringLiteral("domain_check")).isObject()); // the panels' results beside it
    }

    void noNetworkDiagnosesFromMessageAlone()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy diagnosed(&window, &Ui::MainWindow::diagnosisShown);
        window.openFiles({dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))});
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 10000);
        const Report::ReportModel &model = window.items().first().model;
        QVERIFY(!model.causes.isEmpty());
        QVERIFY(!model.skippedChecks.isEmpty());
        QVERIFY(model.dnsQueries.isEmpty());
        const QJsonObject checks = window.items().first().json.value(QStringLiteral("checks")).toObject();
        QVERIFY(checks.value(QStringLiteral("ran")).toArray().isEmpty());
        QVERIFY(!checks.value(QStringLiteral("skipped")).toArray().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(window.reportView()).contains(QStringLiteral("Not checked")), 5000);
    }

    void pastedLineIsDiagnosed()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy diagnosed(&window, &Ui::MainWindow::diagnosisShown);
        window.analyzeText(QStringLiteral("550 5.1.1 The email account that you tried to reach does not exist. - gsmtp"));
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 10000);
        QCOMPARE(window.items().first().model.causes.first().id, QStringLiteral("cause.recipient-unknown"));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.reportView(), QStringLiteral("document.querySelectorAll('#causes li.cause').length")).toInt() >= 1, 5000);
    }

    void pastedLineListsTheQueriesItSent()
    {
        // A pasted line has no panels: the diagnosis' own queries (PTR of the quoted IP) are
        // what the privacy note lists, never "these 0 DNS queries".
        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.setLiveLookups(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy diagnosed(&window, &Ui::MainWindow::diagnosisShown);
        window.analyzeText(QStringLiteral("550-5.7.25 [192.0.2.10] The IP address sending this message does not have a PTR record setup - gsmtp"));
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 20000);
        QVERIFY(!window.items().first().model.dnsQueries.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.reportView(), QStringLiteral("document.getElementById('privacy').textContent")).toString()
                                     .contains(QStringLiteral("10.2.0.192.in-addr.arpa")), 5000);
        QVERIFY(!evaluate(window.reportView(), QStringLiteral("document.getElementById('privacy').textContent")).toString()
                     .contains(QStringLiteral(" 0 DNS queries")));
    }

    void staleDiagnosisNeverShows()
    {
        // A DNS server that never answers: the bounce's diagnosis waits for its timeouts.
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        Ui::MainWindow window;
        Ui::AppSettings settings = window.settings();
        settings.dnsServer = QStringLiteral("127.0.0.1:%1").arg(silent.localPort());
        settings.timeoutMs = 1500;
        settings.liveLookups = true;
        window.applySettings(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy shown(&window, &Ui::MainWindow::reportShown);
        QSignalSpy diagnosed(&window, &Ui::MainWindow::diagnosisShown);
        QSignalSpy finished(window.diagnosis(), &Ui::DiagnosisRunner::finished);
        window.openFiles({dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))});
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000); // the local part is there, the diagnosis waits on DNS
        QVERIFY(window.diagnosis()->isRunning());
        QVERIFY(bodyText(window.reportView()).contains(QStringLiteral("Diagnosing")));
        // New input: the bounce's diagnosis becomes stale and must never show.
        window.analyzeText(QStringLiteral("552 5.2.2 The email account that you tried to reach is over quota. - gsmtp"));
        QTRY_COMPARE_WITH_TIMEOUT(diagnosed.size(), 1, 10000);
        QTest::qWait(4000); // long past the stale diagnosis' DNS timeouts
        QCOMPARE(finished.size(), 1);
        QCOMPARE(diagnosed.size(), 1);
        QCOMPARE(window.items().size(), 1);
        QCOMPARE(window.items().first().model.kind, Report::ReportModel::Kind::Line);
        QCOMPARE(window.items().first().model.causes.first().id, QStringLiteral("cause.mailbox-full"));
        QVERIFY(!bodyText(window.reportView()).contains(QStringLiteral("bob@gmail.com")));
    }

private:
    TestSupport::NsdServer m_nsd;
};

BOUNCELENS_GUI_TEST_MAIN(TestDiagnosisWindow)
#include "TestDiagnosisWindow.moc"
