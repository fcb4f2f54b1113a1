// SPDX-License-Identifier: GPL-3.0-or-later
// bouncelens [--dns HOST[:PORT]] [--no-network] [FILE...]
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include "ui/MainWindow.h"
#include "ui/ReportScheme.h"
#include "ui/ReportView.h"

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    Ui::registerReportScheme(); // before QApplication (QWebEngineUrlScheme)
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BounceLens"));
    QApplication::setOrganizationName(QStringLiteral("BounceLens"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explains why an email bounced."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dns(QStringLiteral("dns"), QCoreApplication::translate("main", "DNS server to ask."),
                                 QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption noNetwork(QStringLiteral("no-network"), QCoreApplication::translate("main", "Send no DNS query at all."));
    const QCommandLineOption timing(QStringLiteral("timing"), QCoreApplication::translate("main", "Print startup and report timings."));
    parser.addOptions({dns, noNetwork, timing});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("main", "Bounces to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    Ui::MainWindow window;
    window.show();
    if (parser.isSet(timing)) {
        QObject::connect(window.reportView(), &Ui::ReportView::reportLoaded, &window, [&startup] {
            static bool first = true;
            if (first)
                qInfo("startup to ready window: %lld ms", static_cast<long long>(startup.elapsed()));
            first = false;
        });
    }
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    return app.exec();
}
