// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli check [--json] DOMAIN [--ip IP] [--sender ADDR] [--helo NAME] [--selector S]...
// [--dnsbl ZONE]... [--dns HOST[:PORT]] [--timeout MS] [--sequential]": asks the DNS what the
// domain publishes for mail (SPF, DKIM, DMARC, MX, PTR, DNSBL, MTA-STS/TLS-RPT/BIMI) and judges it.
// Exit status: 0 the check ran (whatever it found), 3 the DNS server never answered, 2 usage.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include "CliCommand.h"
#include "CliLanguage.h"
#include "DomainArgument.h"
#include "LiveCheckOptions.h"
#include "auth/engine/CheckJson.h"
#include "auth/engine/CheckEngine.h"
#include "auth/common/PublicSuffix.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"
#include "dns/ServerConfig.h"
#include "report/CheckTextBuilder.h"
#include "util/TerminalText.h"

namespace {

// Sections plus their fan-out queries in flight at once (see Auth::CheckEngine).
constexpr int PoolThreads = 48;

// Context for lupdate and QCoreApplication::translate: "CheckCommand". (A free tr() wrapper in an
// anonymous namespace is invisible to lupdate: its strings never reached the .ts files.)
struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

struct Options
{
    bool json = false;
    bool sequential = false;
    Auth::CheckRequest params;
    Dns::ServerConfig server;
};

constexpr int LiveOptions = Cli::LiveCheckOptions::Ip | Cli::LiveCheckOptions::Selector | Cli::LiveCheckOptions::Dnsbl
    | Cli::LiveCheckOptions::Dns | Cli::LiveCheckOptions::Timeout;

void addOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("domain"), CheckCommand::tr("The domain to check."));
    p.addOptions({
        {QStringLiteral("json"), CheckCommand::tr("Print JSON.")},
        {QStringLiteral("sender"), CheckCommand::tr("MAIL FROM address for SPF."), QStringLiteral("ADDR")},
        {QStringLiteral("helo"), CheckCommand::tr("HELO name for SPF."), QStringLiteral("NAME")},
        {QStringLiteral("sequential"), CheckCommand::tr("Ask one query at a time (for benchmarks).")},
        Cli::langOption(),
    });
    Cli::LiveCheckOptions::addTo(p, LiveOptions);
}

// Fills options from the parsed command line; returns an error text for usage errors.
QString readOptions(const QCommandLineParser &p, Options *o)
{
    if (p.positionalArguments().size() != 1)
        return CheckCommand::tr("exactly one DOMAIN is needed");
    o->json = p.isSet(QStringLiteral("json"));
    o->sequential = p.isSet(QStringLiteral("sequential"));
    // Garbage (spaces, backslashes, control characters, ...) is refused before any query.
    const QString name = p.positionalArguments().first();
    const QString why = Cli::domainArgumentError(name);
    if (!why.isEmpty())
        return CheckCommand::tr("\"%1\" is not a valid domain name: %2").arg(Util::escapeTerminal(name), why);
    o->params.domain = Dns::DnsName::normalize(name);
    if (!Dns::DnsName::isValid(o->params.domain))
        return CheckCommand::tr("\"%1\" is not a domain name").arg(name);
    Cli::LiveCheckOptions::Values live;
    const QString error = Cli::LiveCheckOptions::read(p, LiveOptions, true, &live);
    if (!error.isEmpty())
        return error;
    o->params.ip = live.ip;
    o->params.sender = p.value(QStringLiteral("sender"));
    o->params.helo = p.value(QStringLiteral("helo"));
    o->params.selectors = live.selectors;
    if (live.zonesGiven)
        o->params.dnsblZones = live.zones;
    o->server = live.server;
    return QString();
}

int runCheck(const QStringList &args)
{
    {
        QTextStream helpErr(stderr);
        Cli::useLanguageForHelp(args, helpErr);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckCommand::tr("Check what a domain publishes for mail."));
    addOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("bouncelens-cli check")} + args)) {
        err << "bouncelens-cli check: " << parser.errorText() << "\n";
        return Cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Cli::ExitOk;
    }
    Options o;
    const QString usage = readOptions(parser, &o);
    if (!usage.isEmpty()) {
        err << "bouncelens-cli check: " << usage << "\n\n" << parser.helpText();
        return Cli::ExitUsage;
    }
    if (!o.json)
        Cli::useLanguage(parser.value(QStringLiteral("lang")), err);
    Dns::LdnsResolver ldns(o.server);
    Dns::CachingResolver cache(ldns);
    Dns::LookupPool pool(cache, PoolThreads);
    const Auth::CheckEngine engine = o.sequential ? Auth::CheckEngine(cache, Auth::PublicSuffix::system())
                                                  : Auth::CheckEngine(pool, Auth::PublicSuffix::system());
    const Auth::DomainCheckResult result = engine.run(o.params); // printed at the end, not per section
    if (o.json)
        out << QJsonDocument(Auth::CheckJson::toJson(result)).toJson(QJsonDocument::Indented);
    else // TXT records, MX host names and findings come from the DNS: escaped for the terminal
        out << Util::escapeTerminal(Report::CheckTextBuilder::build(result));
    return result.dnsUnreachable ? Cli::ExitDnsUnreachable : Cli::ExitOk;
}

const Cli::CommandRegistrar registrar({"check", "Check a domain's SPF, DKIM, DMARC, MX, PTR and blocklists", runCheck});

} // namespace
