// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli diagnose [--json] (FILE | --line TEXT) [--dns HOST[:PORT]] [--timeout MS]
// [--selector S]... [--dnsbl ZONE]... [--no-network]": ranks the likely causes of a bounce with
// evidence and fixes, asking the DNS only what the bounce involves.
// Exit status: 0 the diagnosis ran, 3 the DNS server never answered, 2 usage or unreadable input.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "CliCommand.h"
#include "CliLanguage.h"
#include "LiveCheckOptions.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"
#include "dns/ServerConfig.h"
#include "dsn/BounceAnalyzer.h"
#include "dsn/MimeReader.h"
#include "report/DiagnosisTextBuilder.h"
#include "util/FdReader.h"
#include "util/TerminalText.h"

#include <memory>

#include <unistd.h>

namespace {

constexpr int PoolThreads = 48; // sections plus their fan-out queries (see Auth::CheckEngine)
constexpr qsizetype MaxInputBytes = Dsn::MimeReader::MaxInputBytes;

// Context for lupdate and QCoreApplication::translate: "DiagnoseCommand". (A free tr() wrapper in an
// anonymous namespace is invisible to lupdate: its strings never reached the .ts files.)
struct DiagnoseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
};

struct Options
{
    bool json = false;
    QString file;
    QString line;
    bool isLine = false;
    Dns::ServerConfig server;
    Diagnosis::CheckOptions checks;
};

constexpr int LiveOptions = Cli::LiveCheckOptions::Selector | Cli::LiveCheckOptions::Dnsbl | Cli::LiveCheckOptions::Dns
    | Cli::LiveCheckOptions::Timeout;

void addOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"), DiagnoseCommand::tr("The bounce message (.eml); \"-\" for standard input."));
    p.addOptions({
        {QStringLiteral("json"), DiagnoseCommand::tr("Print JSON.")},
        {QStringLiteral("line"), DiagnoseCommand::tr("Diagnose one pasted reply line instead of a message."), QStringLiteral("TEXT")},
        {QStringLiteral("no-network"), DiagnoseCommand::tr("Diagnose from the message alone; list the checks skipped.")},
        Cli::langOption(),
    });
    Cli::LiveCheckOptions::addTo(p, LiveOptions);
}

QString readOptions(const QCommandLineParser &p, Options *o)
{
    o->json = p.isSet(QStringLiteral("json"));
    o->isLine = p.isSet(QStringLiteral("line"));
    o->line = p.value(QStringLiteral("line"));
    const QStringList files = p.positionalArguments();
    if (o->isLine == !files.isEmpty() || files.size() > 1)
        return DiagnoseCommand::tr("give exactly one FILE or one --line TEXT");
    if (!files.isEmpty())
        o->file = files.first();
    o->checks.network = !p.isSet(QStringLiteral("no-network"));
    Cli::LiveCheckOptions::Values live;
    const QString error = Cli::LiveCheckOptions::read(p, LiveOptions, o->checks.network, &live);
    if (!error.isEmpty())
        return error;
    o->checks.selectors = live.selectors;
    o->checks.dnsblZones = live.zones;
    o->server = live.server;
    return QString();
}

bool readInput(const Options &o, Diagnosis::DiagnosisInput &input, QString *error)
{
    if (o.isLine) {
        input.line = Codes::parseLine(o.line);
        return true;
    }
    // Standard input is read to its end however slowly it arrives; a file only if it is a
    // regular one (a FIFO or device is refused, never waited on); at most the analyzer's cut.
    qint64 size = -1;
    std::unique_ptr<Util::FdReader> reader;
    if (o.file == QLatin1String("-")) {
        reader = std::make_unique<Util::FdReader>(STDIN_FILENO, false);
    } else {
        QString why;
        const int fd = Util::openRegularFile(o.file, &size, &why);
        if (fd < 0) {
            *error = DiagnoseCommand::tr("cannot read %1: %2").arg(o.file, why);
            return false;
        }
        reader = std::make_unique<Util::FdReader>(fd, true);
    }
    const QByteArray data = reader->read(MaxInputBytes);
    const bool more = !reader->atEnd();
    Dsn::BounceAnalysis analysis = Dsn::BounceAnalyzer::analyze(data);
    if (more) {
        analysis.problems.prepend(size >= 0 ? QStringLiteral("message is %1 bytes; only the first %2 bytes were read").arg(size).arg(data.size())
                                                  : QStringLiteral("message is more than %1 bytes; only the first %1 bytes were read").arg(data.size()));
    }
    input.analysis = std::move(analysis);
    return true;
}

int runDiagnose(const QStringList &args)
{
    {
        QTextStream helpErr(stderr);
        Cli::useLanguageForHelp(args, helpErr);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(DiagnoseCommand::tr("Explain why a message bounced: ranked causes, evidence and fixes."));
    addOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("bouncelens-cli diagnose")} + args)) {
        err << "bouncelens-cli diagnose: " << parser.errorText() << "\n";
        return Cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Cli::ExitOk;
    }
    Options o;
    QString error = readOptions(parser, &o);
    Diagnosis::DiagnosisInput input;
    if (error.isEmpty() && !readInput(o, input, &error)) {
        err << "bouncelens-cli diagnose: " << error << "\n";
        return Cli::ExitUsage;
    }
    if (!error.isEmpty()) {
        err << "bouncelens-cli diagnose: " << error << "\n\n" << parser.helpText();
        return Cli::ExitUsage;
    }
    if (!o.json)
        Cli::useLanguage(parser.value(QStringLiteral("lang")), err);
    input.options = o.checks;
    Dns::LdnsResolver ldns(o.server);
    Dns::CachingResolver cache(ldns);
    Dns::LookupPool pool(cache, PoolThreads);
    const Diagnosis::DiagnosisResult result = Diagnosis::Diagnoser(pool).run(input);
    if (o.json)
        out << QJsonDocument(Diagnosis::DiagnosisJson::toJson(result, o.file)).toJson(QJsonDocument::Indented);
    else // causes quote the bounce and DNS answers: escaped for the terminal
        out << Util::escapeTerminal(Report::DiagnosisTextBuilder::build(result));
    return result.checks.dnsUnreachable ? Cli::ExitDnsUnreachable : Cli::ExitOk;
}

const Cli::CommandRegistrar registrar({"diagnose", "Rank the likely causes of a bounce, with evidence and fixes", runDiagnose});

} // namespace
