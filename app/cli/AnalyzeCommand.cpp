// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli analyze [--json | --jsonl] [--time-limit=SECONDS] [--lang LANG] PATH...": reads bounces
// (files, directories, Maildirs, mbox files, "-" for stdin) and prints what each says.
// Messages are analysed in worker processes of this program, one per core
// (AnalyzeSupervisor.h), and printed in input order, each answer written and flushed as soon
// as it and those before it are done: what was answered is never lost, and a message that
// cannot be read, crashes its worker or runs past the time limit gets an error object while
// the batch goes on.
#include <algorithm>
#include <cstdio>
#include <optional>

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>
#include <QThread>

#include "AnalyzeOutput.h"
#include "AnalyzeSupervisor.h"
#include "AnalyzeWorker.h"
#include "CliCommand.h"
#include "CliLanguage.h"
#include "codes/ReasonPhrases.h"
#include "dsn/MessageSource.h"
#include "util/TerminalText.h"

namespace {

using Cli::Analyze::Format;
using Cli::Analyze::Outcome;

// Context for lupdate and QCoreApplication::translate: "AnalyzeCommand". (A free tr() wrapper in an
// anonymous namespace is invisible to lupdate: its strings never reached the .ts files.)
struct AnalyzeCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
};

void printTable(const QMap<QString, int> &counts, const QString &title)
{
    QTextStream out(stdout);
    out << '\n' << title << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << "  " << Util::escapeTerminal(it.key()).leftJustified(30) << ' ' << it.value() << '\n';
}

int usage(int code)
{
    QTextStream(code == 0 ? stdout : stderr)
        << AnalyzeCommand::tr("Usage: bouncelens-cli analyze [--json | --jsonl] [--time-limit=SECONDS] [--lang LANG] PATH...\n"
              "Reads bounce messages (.eml, mbox, Maildir or directory; \"-\" for standard input)\n"
              "and prints recipients, status codes, reasons and the returned original.\n"
              "A message whose analysis takes longer than SECONDS (default 10, 0 for no limit)\n"
              "or crashes is skipped with an error; the others are still answered.\n"
              "--lang LANG: language of the readable output (en, de, fr; default: the locale of\n"
              "LC_ALL, LC_MESSAGES or LANG). JSON stays English.\n");
    return code;
}

struct Options
{
    Format format = Format::Human;
    QStringList paths;
    QStringList workerArgs; // what a worker needs to answer like us
    bool worker = false;
    QString lang; // --lang; empty: the locale's (CliLanguage.h)
    int timeLimitMs = 10000;
};

// Parses the arguments; returns an exit code when there is nothing to analyse.
std::optional<int> parseArgs(const QStringList &args, Options &o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            // Both spellings, as QCommandLineParser accepts them for the other commands.
            if (a == QLatin1String("--lang") && ++i == args.size())
                return usage(Cli::ExitUsage);
            o.lang = a == QLatin1String("--lang") ? args.at(i) : a.mid(int(qstrlen("--lang=")));
            o.workerArgs << QStringLiteral("--lang=") + o.lang; // the workers write the readable text
        } else if (a == QLatin1String("--json") || a == QLatin1String("--jsonl")) {
            o.format = a == QLatin1String("--json") ? Format::Json : Format::JsonLines;
            o.workerArgs << a;
        } else if (a == QLatin1String("--worker")) {
            o.worker = true; // internal: started by the supervisor (AnalyzeWorker.h)
        } else if (a.startsWith(QLatin1String("--time-limit="))) {
            bool ok = false;
            const double seconds = a.mid(int(qstrlen("--time-limit="))).toDouble(&ok);
            if (!ok || seconds < 0 || seconds > 86400)
                return usage(Cli::ExitUsage);
            o.timeLimitMs = int(seconds * 1000);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            QTextStream helpErr(stderr);
            Cli::useLanguageForHelp(args, helpErr);
            return usage(Cli::ExitOk);
        } else if (a.startsWith(QLatin1String("--without-rules-from="))) {
            // Leave-one-family-out scoring (scripts/score_reasons.py): reason phrases whose
            // provenance is this origin ("corpus:postfix") are switched off. Not for daily use.
            Codes::setExcludedPhraseOrigin(a.mid(int(qstrlen("--without-rules-from="))).toUtf8().constData());
            o.workerArgs << a;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(Cli::ExitUsage);
        } else {
            o.paths << a;
        }
    }
    if (o.format == Format::Human) {
        // The supervisor has warned about a missing translation already; its workers keep quiet.
        QString quiet;
        QTextStream err(stderr);
        QTextStream none(&quiet);
        Cli::useLanguage(o.lang, o.worker ? none : err);
    }
    if (o.worker)
        return Cli::Analyze::runWorker(o.format);
    if (o.paths.isEmpty())
        return usage(Cli::ExitUsage);
    return std::nullopt;
}

int run(const QStringList &args)
{
    Options opt;
    if (const std::optional<int> code = parseArgs(args, opt))
        return *code;

    QMap<QString, int> reasons, domains;
    int messages = 0;
    bool anyError = false;
    bool firstJson = true;
    const Format format = opt.format;
    // Each answer is written and flushed as it comes, in input order: a later message that
    // takes long or dies cannot cost the answers before it.
    auto print = [&](const Outcome &o) {
        if (format == Format::Json) {
            std::fputs(firstJson ? "[\n" : ",\n", stdout);
            firstJson = false;
        }
        std::fwrite(o.text.constData(), 1, size_t(o.text.size()), stdout);
        std::fflush(stdout);
        anyError |= o.readError;
        for (const QString &r : o.reasons)
            ++reasons[r];
        for (const QString &d : o.domains)
            ++domains[d];
        ++messages;
    };
    Cli::Analyze::SupervisorOptions so;
    so.program = QCoreApplication::applicationFilePath();
    so.workerArgs = QStringList{QStringLiteral("--worker")} + opt.workerArgs;
    so.format = format;
    so.maxWorkers = std::max(1, QThread::idealThreadCount());
    so.timeLimitMs = opt.timeLimitMs;
    {
        Cli::Analyze::Supervisor supervisor(so, print);
        Dsn::MessageSource source(opt.paths);
        Dsn::SourceMessage m;
        while (source.next(m))
            supervisor.submit(std::move(m));
        supervisor.finish();
    }
    if (format == Format::Json)
        std::fputs(firstJson ? "[]\n" : "]\n", stdout);
    std::fflush(stdout);
    if (format == Format::Human && messages > 1) {
        printTable(reasons, AnalyzeCommand::tr("Recipients per reason:"));
        printTable(domains, AnalyzeCommand::tr("Recipients per domain:"));
    }
    return anyError ? Cli::ExitNotRecognized : Cli::ExitOk;
}

const Cli::CommandRegistrar registrar({"analyze", "read bounce messages (DSN, MTA texts) and print what they say", &run});

} // namespace
