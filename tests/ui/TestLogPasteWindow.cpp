// SPDX-License-Identifier: GPL-3.0-or-later
// A mail-log excerpt pasted into the window: one report per failed recipient, listed so each
// can be opened, with the overview of all results and the log line's parts marked.
#include <QFile>
#include <QListWidget>

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
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ReportView *view = window.reportView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 10000);
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
        QVERIFY(text.contains(QStringLiteral("4.2.2 · mailboxfull · mx.example.com [192.0.2.40]")));
        // The log line is shown with the parts used marked (recipient, status, reply, host, delay).
        QVERIFY(GuiTest::evaluate(view, QStringLiteral("document.querySelectorAll('a.field').length")).toInt() >= 4);
        // Opening another row shows that result's report.
        list->setCurrentRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("Log result 2 of 9")), 5000);
        text = bodyText(view);
        QVERIFY(text.contains(QStringLiteral("hostunknown")));
        QCOMPARE(window.items().at(1).model.recipients.first().address, QStringLiteral("dave@nonexistent.example"));
    }
};

BOUNCELENS_GUI_TEST_MAIN(TestLogPasteWindow)
#include "TestLogPasteWindow.moc"
