// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include "ui/MainWindow.h"
#include "ui/ReportScheme.h"
#include "ui/ReportView.h"

namespace GuiTest {

inline QString dataFile(const QString &name)
{
    return QStringLiteral(BOUNCELENS_TEST_DATA "/report/") + name;
}

// Runs a script in the view's isolated world and waits for its result (QTRY_ polls the event loop).
// Shows the window and waits until it is exposed and its report view has loaded its page
// (10 s); false on a time-out. Callers wrap it in QVERIFY.
inline bool showAndWaitForView(Ui::MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    return QTest::qWaitFor([&window] { return window.reportView()->isReady(); }, 10000);
}

inline QVariant evaluate(Ui::ReportView *view, const QString &script)
{
    bool done = false;
    QVariant result;
    view->inspect(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000); // on time-out the result stays invalid
    return result;
}

inline QString bodyText(Ui::ReportView *view)
{
    return evaluate(view, QStringLiteral("document.body ? document.body.innerText : ''")).toString();
}

// Drags files onto a widget the way a file manager does: enter, then drop, at its centre.
inline bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF pos = QPointF(target->rect().center());
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace GuiTest

// QApplication after the scheme registration; settings and history in a throw-away place of
// this test's own (ctest runs GUI tests in parallel: one must not see another's history file).
#define BOUNCELENS_GUI_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char *argv[])                                                              \
    {                                                                                             \
        Ui::registerReportScheme();                                                               \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                               \
        QStandardPaths::setTestModeEnabled(true);                                                 \
        QApplication app(argc, argv);                                                             \
        QApplication::setApplicationName(QStringLiteral("BounceLensTest-") + QStringLiteral(#TestClass)); \
        TestClass test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                   \
    }
