// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshot driver (not a test): opens the real main window, puts a text file into the paste
// box and presses "Explain", as a person would; with --click-row N it then clicks that row of the
// log overview where the page draws it. It stays open SECONDS so that log-paste.sh can take the
// screenshot under Xvfb. Live lookups are off: no DNS query leaves the machine.
//   bouncelens-shot-logpaste FILE [SECONDS] [--click-row N]
#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include "ui/MainWindow.h"
#include "ui/ReportScheme.h"
#include "ui/ReportView.h"

namespace {

void clickRow(Ui::ReportView *view, int row)
{
    const QString script = QStringLiteral("(function(){var a=document.querySelector('#result-%1 a.row-link');if(!a)return [];"
                                          "a.scrollIntoView({block:'center'});var r=a.getBoundingClientRect();"
                                          "return [r.left+r.width/2, r.top+r.height/2];})()").arg(row);
    view->inspect(script, [view](const QVariant &v) {
        const QVariantList c = v.toList();
        if (c.size() != 2)
            return;
        QWidget *surface = view->focusProxy() ? view->focusProxy() : view;
        QTest::mouseClick(surface, Qt::LeftButton, Qt::NoModifier, QPoint(qRound(c.at(0).toDouble()), qRound(c.at(1).toDouble())));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    Ui::registerReportScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true); // the history of a screenshot run is not the user's
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BounceLensShot"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2)
        return 2;
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 8;
    const int row = args.indexOf(QStringLiteral("--click-row")) > 0 ? args.value(args.indexOf(QStringLiteral("--click-row")) + 1).toInt() : -1;
    Ui::MainWindow window;
    window.setLiveLookups(false);
    window.show();
    auto *box = window.findChild<QPlainTextEdit *>(QStringLiteral("pasteBox"));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("analyzeButton"));
    if (!box || !button)
        return 1;
    box->setPlainText(QString::fromUtf8(file.readAll()));
    QTimer::singleShot(1500, button, &QPushButton::click);
    if (row >= 0)
        QTimer::singleShot(3500, &window, [&window, row] { clickRow(window.reportView(), row); });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    return app.exec();
}
