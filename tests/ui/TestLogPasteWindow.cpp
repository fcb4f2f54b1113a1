// SPDX-License-Identifier: GPL-3.0-or-later
// A mail-log excerpt pasted into the window: one report per failed recipient, listed so each
// can be opened, with the overview of all results and the log line's parts marked.
#include <QFile>
#include <QLabel>
#include <QListWidget>

#include "report/ReportModel.h"
#include "ui/ReportPage.h"

#include "GuiTestHelpers.h"
#include "ui/MainWindow.h"

using GuiTest::bodyText;

class TestLogPasteWindow : public QObject
{
    Q_OBJECT

private slots:
    void pastedLogGivesOneReportPerResult()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/postfix-mail.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        window.analyzeText(QString::fromUtf8(file.readAll()));
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 9, 5000);
        auto *list = window.findChild<QListWidget *>(QStringLiteral("messageList"));
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 9);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("Log result 1 of 9")), 5000);
        QString text = bodyText(view);
        // The overview names every failed recipient, with status, reason and remote host.
        QVERIFY2(text.contains(QStringLiteral("dave@nonexistent.example")), qPrintable(text.left(800)));
        QCOMPARE(GuiTest::evaluate(view, QStringLiteral("document.querySelectorAll('table.results tbody tr').length")).toInt(), 9);
        QVERIFY(GuiTest::evaluate(view, QStringLiteral("Array.from(document.querySelectorAll('table.results tbody tr')).some("
                                                        "r => r.innerText.replace(/\\s+/g, ' ').trim() == "
                                                        "'henry@example.com 4.2.2 mailboxfull mx.example.com [192.0.2.40]')"))
                    .toBool());
        // The log line is shown with the parts used marked (recipient, status, reply, host, delay).
        QVERIFY(GuiTest::evaluate(view, QStringLiteral("document.querySelectorAll('a.field').length")).toInt() >= 4);
        // Opening another row shows that result's report.
        list->setCurrentRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("Log result 2 of 9")), 5000);
        text = bodyText(view);
        QVERIFY(text.contains(QStringLiteral("hostunknown")));
        QCOMPARE(window.items().at(1).model.recipients.first().address, QStringLiteral("dave@nonexistent.example"));
        // Every result went into the history, also qmgr's "expired" line that names no recipient.
        auto *historyStatus = window.findChild<QLabel *>(QStringLiteral("historyStatus"));
        QVERIFY(historyStatus);
        QVERIFY2(historyStatus->isHidden(), qPrintable(historyStatus->text()));
    }

    void clickingAnOverviewRowShowsItsReport()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false);
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/postfix-mail.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        window.analyzeText(QString::fromUtf8(file.readAll()));
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("Log result 1 of 9")), 10000);
        QCOMPARE(GuiTest::evaluate(view, QStringLiteral("document.querySelector('tr.current').id")).toString(), QStringLiteral("result-0"));
        // A real mouse click on the fourth row's recipient cell, where the page draws it.
        const QString script = QStringLiteral("(function(){var a=document.querySelector('#result-3 a.row-link');a.scrollIntoView();"
                                              "var r=a.getBoundingClientRect();return [r.left+r.width/2, r.top+r.height/2];})()");
        const QVariantList centre = GuiTest::evaluate(view, script).toList();
        QCOMPARE(centre.size(), 2);
        const QPoint at(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble()));
        const QString recipient = window.items().at(3).model.recipients.first().address;
        QVERIFY(!bodyText(view).contains(QStringLiteral("Log result 4 of 9")));
        QWidget *surface = view->focusProxy() ? view->focusProxy() : view;
        QTest::mouseClick(surface, Qt::LeftButton, Qt::NoModifier, at);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("Log result 4 of 9")), 10000);
        auto *list = window.findChild<QListWidget *>(QStringLiteral("messageList"));
        QCOMPARE(list->currentRow(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(GuiTest::evaluate(view, QStringLiteral("document.querySelector('tr.current').id")).toString(),
                                  QStringLiteral("result-3"), 5000);
        QVERIFY(GuiTest::evaluate(view, QStringLiteral("document.querySelector('#bounce').innerText")).toString().contains(recipient));
        QVERIFY(view->reportPage()->refusedNavigations().isEmpty()); // the link was an action, not a navigation
    }

    void pastedHeaderIsReadAsTheOriginal()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // the panels say so instead of asking the system resolver
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/headers-outlook-message-details.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        window.analyzeText(QString::fromUtf8(file.readAll()));
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 10000);
        const Report::ReportModel &m = window.items().first().model;
        QCOMPARE(m.messageKind, QStringLiteral("headers"));
        QVERIFY(m.original.present);
        QCOMPARE(m.original.sendingIp, QStringLiteral("203.0.113.77"));
        QCOMPARE(m.original.hops.size(), 3);
        // The live checks were set up for the sender, as for a bounce's returned original.
        QCOMPARE(m.domain, QStringLiteral("shop.example.com"));
        QVERIFY(!m.checks.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("The returned original")), 10000);
        const QString text = bodyText(view);
        QVERIFY(text.contains(QStringLiteral("203.0.113.77")));
        QVERIFY(text.contains(QStringLiteral("Received hops")));
        QVERIFY(text.contains(QStringLiteral("spf=softfail")));
    }
};

BOUNCELENS_GUI_TEST_MAIN(TestLogPasteWindow)
#include "TestLogPasteWindow.moc"
