// SPDX-License-Identifier: GPL-3.0-or-later
// A message header pasted into the window (Outlook's message details) against a real NSD: it is
// read as the returned original and the live checks of its sender run for its From domain and
// the sending IP of Diagnosis::SendingIp, as for a bounce.
#include <QFile>
#include <QSignalSpy>

#include "GuiTestHelpers.h"
#include "NsdServer.h"
#include "ui/HistoryStore.h"
#include "ui/MainWindow.h"

using GuiTest::bodyText;
using GuiTest::evaluate;

class TestHeaderPasteWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The sender publishes SPF for another network than the hop that handed the message to
        // Microsoft (203.0.113.77), and an MX.
        TestSupport::ZoneBuilder zone(QStringLiteral("shop.example.com"));
        zone.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all"))
            .mx(QStringLiteral("@"), 10, QStringLiteral("mx.shop.example.com."))
            .a(QStringLiteral("mx"), QStringLiteral("198.51.100.25"));
        m_nsd.addZone(zone);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
        Ui::HistoryStore().clear();
    }

    void liveChecksRunForThePastedSender()
    {
        Ui::MainWindow window;
        window.setDnsServer(QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()));
        window.setLiveLookups(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/headers-outlook-message-details.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSignalSpy done(&window, &Ui::MainWindow::liveChecksFinished);
        window.analyzeText(QString::fromUtf8(file.readAll()));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        const Report::ReportModel &m = window.items().first().model;
        QCOMPARE(m.messageKind, QStringLiteral("headers"));
        QCOMPARE(m.domain, QStringLiteral("shop.example.com"));
        Ui::ReportView *view = window.reportView();
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view, QStringLiteral("document.querySelectorAll('.check').length > 0 && "
                                                               "document.querySelectorAll('.check.state-pending').length == 0")).toBool(), 10000);
        // SPF asked our server for the pasted sender's record and judged the pasted hop's IP with it.
        QVERIFY(bodyText(view).contains(QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all")));
        const QString spf = evaluate(view, QStringLiteral("document.getElementById('check-spf').className")).toString();
        QVERIFY2(spf.contains(QStringLiteral("state-error")) || spf.contains(QStringLiteral("state-warning")), qPrintable(spf));
        QVERIFY(evaluate(view, QStringLiteral("document.getElementById('check-mx').className")).toString().contains(QStringLiteral("state-ok")));
        bool askedSender = false;
        for (const Report::DnsQuery &q : window.items().first().model.dnsQueries)
            askedSender = askedSender || q.name.startsWith(QStringLiteral("shop.example.com"));
        QVERIFY(askedSender);
    }

private:
    TestSupport::NsdServer m_nsd;
};

BOUNCELENS_GUI_TEST_MAIN(TestHeaderPasteWindow)
#include "TestHeaderPasteWindow.moc"
