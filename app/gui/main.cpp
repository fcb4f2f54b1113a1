// SPDX-License-Identifier: GPL-3.0-or-later
// bouncelens [--dns HOST[:PORT]] [--no-network] [FILE...]
#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyleFactory>
#include <QElapsedTimer>
#include <QTimer>

#include "util/Translations.h"

#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ReportScheme.h"
#include "ui/ReportView.h"

namespace {

// For desktops without a platform theme that reports dark mode (plain X11, Xvfb).
void applyDarkPalette(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x22, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
    p.setColor(QPalette::AlternateBase, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0x9d, 0xa7, 0xb3));
    p.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Link, QColor(0x79, 0xc0, 0xff));
    app.setPalette(p);
}

// --help, --version and malformed options are answered before the QApplication exists: a
// QApplication needs a display (xcb aborts without one), a QCoreApplication does not.
void answerWithoutDisplay(QCommandLineParser &parser, int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const bool parsed = parser.parse(args);
    static const QStringList informational{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?"),
                                           QStringLiteral("help-all"), QStringLiteral("v"), QStringLiteral("version")};
    bool asked = false;
    for (const QString &name : parser.optionNames())
        asked = asked || informational.contains(name);
    if (parsed && !asked)
        return;
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BounceLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    parser.process(core); // prints the help, the version or the error and exits
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explains why an email bounced."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dns(QStringLiteral("dns"), QCoreApplication::translate("main", "DNS server to ask."),
                                 QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption noNetwork(QStringLiteral("no-network"), QCoreApplication::translate("main", "Send no DNS query at all."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "Language (en, de, fr); default: the settings, then the system."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption palette(QStringLiteral("palette"), QCoreApplication::translate("main", "Force the light or dark palette (default: the system's)."),
                                     QStringLiteral("light|dark"));
    const QCommandLineOption scrollTo(QStringLiteral("scroll-to"), QCoreApplication::translate("main", "Scroll the report to this section id (for screenshots)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption timing(QStringLiteral("timing"), QCoreApplication::translate("main", "Print startup and report timings."));
    const QCommandLineOption check(QStringLiteral("check"), QCoreApplication::translate("main", "Check what this domain publishes for mail."),
                                   QStringLiteral("DOMAIN"));
    const QCommandLineOption checkIp(QStringLiteral("check-ip"), QCoreApplication::translate("main", "With --check: the sending IP (PTR, IP blocklists, SPF result)."),
                                     QStringLiteral("IP"));
    const QCommandLineOption checkSelector(QStringLiteral("check-selector"), QCoreApplication::translate("main", "With --check: DKIM selectors to look at (space or comma separated)."),
                                           QStringLiteral("S"));
    parser.addOptions({dns, noNetwork, lang, palette, scrollTo, timing, check, checkIp, checkSelector});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("main", "Bounces to open."), QStringLiteral("[FILE...]"));
    answerWithoutDisplay(parser, argc, argv);

    Ui::registerReportScheme(); // before QApplication (QWebEngineUrlScheme)
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BounceLens"));
    QApplication::setOrganizationName(QStringLiteral("BounceLens"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Wayland compositors and task bars match the window to the installed desktop file (and
    // its icon) by this id (resources/io.github.bouncelens.BounceLens.desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.bouncelens.BounceLens"));
    parser.process(app);

    if (parser.value(palette) == QLatin1String("dark"))
        applyDarkPalette(app);
    const QString language = parser.isSet(lang) ? parser.value(lang) : Ui::AppSettings::load().language;
    Util::installTranslators(language);
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));

    const qint64 beforeWindow = startup.elapsed();
    Ui::MainWindow window;
    if (parser.isSet(timing))
        qInfo("application ready: %lld ms, window constructed: %lld ms", static_cast<long long>(beforeWindow),
              static_cast<long long>(startup.elapsed()));
    if (parser.isSet(dns))
        window.setDnsServer(parser.value(dns));
    if (parser.isSet(scrollTo))
        window.setScrollTarget(parser.value(scrollTo));
    if (parser.isSet(noNetwork))
        window.setLiveLookups(false);
    window.show();
    if (parser.isSet(timing)) {
        window.setTimingLog(true);
        QObject::connect(window.reportView(), &Ui::ReportView::reportLoaded, &window, [&startup] {
            static bool first = true;
            if (first)
                qInfo("startup to ready window: %lld ms", static_cast<long long>(startup.elapsed()));
            first = false;
        });
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && parser.isSet(timing)) {
        // Measure the two figures apart: files open once the window is ready, like a drop.
        auto *once = new QObject(&window);
        QObject::connect(window.reportView(), &Ui::ReportView::reportLoaded, once, [&window, files, once] {
            once->deleteLater();
            QTimer::singleShot(200, &window, [&window, files] { window.openFiles(files); });
        });
    } else if (!files.isEmpty()) {
        window.openFiles(files);
    } else if (parser.isSet(check)) {
        window.setDomainCheckInputs(parser.value(checkIp), parser.value(checkSelector));
        window.checkDomain(parser.value(check));
    }
    return app.exec();
}
