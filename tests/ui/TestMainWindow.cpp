// SPDX-License-Identifier: GPL-3.0-or-later
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>

#include "GuiTestHelpers.h"
#include "ui/MainWindow.h"

using GuiTest::bodyText;
using GuiTest::dataFile;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void dropProducesReport()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        // Drags land on the view's render widget (its focus proxy), not on the QWebEngineView.
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        QVERIFY(GuiTest::dropFiles(target, {dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))}));
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("Undelivered Mail Returned to Sender")), 5000);
        const QString text = bodyText(view);
        QVERIFY2(text.contains(QStringLiteral("bob@gmail.com")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("carol@nosuchdomain-gmial.example")));
        // One section per recipient, and fields linked both ways with the raw text.
        QCOMPARE(GuiTest::evaluate(view, QStringLiteral("document.querySelectorAll('section.recipient').length")).toInt(), 2);
        QVERIFY(GuiTest::evaluate(view, QStringLiteral("document.querySelectorAll('a.field').length")).toInt() >= 6);
        QVERIFY(GuiTest::evaluate(view, QStringLiteral("!!document.querySelector('#verdict.state-error')")).toBool());
        // Live lookups off: the checks say so and no query went out.
        QVERIFY(text.contains(QStringLiteral("Live lookups are off")));
        QVERIFY(window.items().first().model.dnsQueries.isEmpty());
        // The hops of the returned original, oldest first.
        QVERIFY(text.contains(QStringLiteral("relay.example.org")));
        QCOMPARE(GuiTest::evaluate(view, QStringLiteral("document.querySelectorAll('table.hops tbody tr').length")).toInt(), 2);
    }

    void pasteOfLineExplains()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        QGuiApplication::clipboard()->setText(
            QStringLiteral("550 5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp"));
        // Ctrl+V with the focus on the report (not in a text field) analyses the clipboard.
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        target->setFocus();
        QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 5000);
        QCOMPARE(window.items().first().model.kind, Report::ReportModel::Kind::Line);
        QTRY_VERIFY2_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("security or policy"), Qt::CaseInsensitive), qPrintable(bodyText(view)), 5000);
        const QString text = bodyText(view);
        QVERIFY(text.contains(QStringLiteral("5.7.26")));
        QVERIFY(text.contains(QStringLiteral("Gmail")));
        QVERIFY(text.contains(QStringLiteral("Permanent")));
    }

    void longTokensWrapAndStatusEnds()
    {
        // A DKIM p= or a URL of 800 characters wraps in its box: the page never scrolls sideways.
        Ui::MainWindow window;
        window.setLiveLookups(false);
        QVERIFY(GuiTest::showAndWaitForView(window));
        Ui::ReportView *view = window.reportView();
        window.analyzeText(QStringLiteral("550 5.7.1 rejected: key p=") + QString(800, QLatin1Char('A')) + QStringLiteral(" end-of-token"));
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(view).contains(QStringLiteral("end-of-token")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(GuiTest::evaluate(view, QStringLiteral("document.documentElement.scrollWidth")).toInt() > 0, 5000);
        const int scrollWidth = GuiTest::evaluate(view, QStringLiteral("document.documentElement.scrollWidth")).toInt();
        const int clientWidth = GuiTest::evaluate(view, QStringLiteral("document.documentElement.clientWidth")).toInt();
        QVERIFY2(scrollWidth <= clientWidth + 1, qPrintable(QStringLiteral("%1 > %2").arg(scrollWidth).arg(clientWidth)));
        // After a pasted line's diagnosis the status bar says it is done, not "Diagnosing…".
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(status);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Diagnosis done."), 5000);
    }

    void pasteBoxDecidesWhatItIs()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QFile file(dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        window.analyzeText(QString::fromUtf8(file.readAll()));
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 5000);
        QCOMPARE(window.items().first().model.kind, Report::ReportModel::Kind::Message);
        QCOMPARE(window.items().first().model.recipients.size(), 2);
    }

    void staleResultNeverShows()
    {
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        QSignalSpy ready(window.controller(), &Ui::AnalysisController::itemsReady);
        // The first analysis is slow; the second starts while it still runs.
        window.controller()->setExtraWorkDelayForTesting(400);
        window.openFiles({dataFile(QStringLiteral("hostile-bounce.eml"))});
        window.controller()->setExtraWorkDelayForTesting(0);
        window.openFiles({dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QTest::qWait(800); // long past the first analysis' end
        QCOMPARE(ready.size(), 1);
        QCOMPARE(window.items().size(), 1);
        QVERIFY(window.items().first().name.endsWith(QStringLiteral("gmail-5.7.26-two-recipients.eml")));
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(window.reportView()).contains(QStringLiteral("bob@gmail.com")), 5000);
        QVERIFY(!bodyText(window.reportView()).contains(QStringLiteral("victim2@example.net")));
    }

    // A file larger than the 12 MB the reader keeps: the report says what was left out, as
    // the CLI's "problems" do (the reader's problems were dropped before).
    void readerProblemsAreShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.eml"));
        QFile out(path);
        QFile in(dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml")));
        QVERIFY(out.open(QIODevice::WriteOnly) && in.open(QIODevice::ReadOnly));
        QVERIFY(out.write(in.readAll()) > 0);
        QVERIFY(out.resize(qint64(20) << 20)); // sparse: 20 MB on paper, no disk used
        out.close();
        Ui::MainWindow window;
        window.setLiveLookups(false); // never the system resolver in tests
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reportView()->isReady(), 10000);
        window.openFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 10000);
        const QStringList problems = window.items().first().model.problems;
        QVERIFY2(!problems.isEmpty(), "no problems reported");
        QCOMPARE(problems.first(), QStringLiteral("message is 20971520 bytes; only the first 12582912 bytes were read"));
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(window.reportView()).contains(QStringLiteral("only the first 12582912 bytes were read")),
                                 5000);
    }

    // A history that cannot be written is said in the status bar, not ignored; once writes
    // work again the notice goes away.
    void failedHistoryWriteIsReported()
    {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString dbPath = dataDir + QStringLiteral("/history.sqlite");
        QFile::remove(dbPath);
        // A directory where the database file should be: SQLite cannot open it.
        QVERIFY(QDir().mkpath(dbPath));
        {
            Ui::MainWindow window;
            window.setLiveLookups(false); // never the system resolver in tests
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *label = window.findChild<QLabel *>(QStringLiteral("historyStatus"));
            QVERIFY(label);
            QVERIFY(!label->isVisible());
            window.openFiles({dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))});
            QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 5000);
            QVERIFY2(label->text().contains(QStringLiteral("not saved to the history")), qPrintable(label->text()));
            QVERIFY2(label->toolTip().startsWith(QStringLiteral("history: ")), qPrintable(label->toolTip()));
        }
        QVERIFY(QDir(dbPath).removeRecursively());
        Ui::MainWindow window;
        window.setLiveLookups(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFiles({dataFile(QStringLiteral("gmail-5.7.26-two-recipients.eml"))});
        QTRY_COMPARE_WITH_TIMEOUT(window.items().size(), 1, 5000);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("historyStatus"))->isVisible());
    }
};

BOUNCELENS_GUI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
