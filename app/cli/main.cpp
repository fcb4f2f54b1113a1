// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "CliCommand.h"

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: bouncelens-cli COMMAND [OPTIONS] ...\n\nCommands:\n";
    QList<Cli::Command> sorted = Cli::commands();
    std::sort(sorted.begin(), sorted.end(), [](const Cli::Command &a, const Cli::Command &b) {
        return qstrcmp(a.name, b.name) < 0;
    });
    for (const Cli::Command &c : sorted)
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' ' << QString::fromUtf8(c.summary) << '\n';
    out << "\nRun \"bouncelens-cli COMMAND --help\" for the options of one command.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bouncelens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BounceLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? Cli::ExitUsage : Cli::ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "bouncelens-cli " << QCoreApplication::applicationVersion() << '\n';
        return Cli::ExitOk;
    }
    const QString name = args.takeFirst();
    for (const Cli::Command &c : Cli::commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    err << "bouncelens-cli: unknown command \"" << name << "\"\n\n";
    printUsage(err);
    return Cli::ExitUsage;
}
