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
#include "auth/CheckJson.h"
#include "auth/DomainCheck.h"
#include "auth/PublicSuffix.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"
#include "dns/ServerConfig.h"
#include "util/TerminalText.h"

namespace {

// Sections plus their fan-out queries in flight at once (see Auth::DomainCheck).
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
    Auth::DomainCheckParams params;
    Dns::ServerConfig server;
};

void addOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("domain"), CheckCommand::tr("The domain to check."));
    p.addOptions({
        {QStringLiteral("json"), CheckCommand::tr("Print JSON.")},
        {QStringLiteral("ip"), CheckCommand::tr("Sending IP: PTR, IP blocklists, SPF result."), QStringLiteral("IP")},
        {QStringLiteral("sender"), CheckCommand::tr("MAIL FROM address for SPF."), QStringLiteral("ADDR")},
        {QStringLiteral("helo"), CheckCommand::tr("HELO name for SPF."), QStringLiteral("NAME")},
        {QStringLiteral("selector"), CheckCommand::tr("DKIM selector (repeatable)."), QStringLiteral("S")},
        {QStringLiteral("dnsbl"), CheckCommand::tr("Blocklist zone (repeatable; replaces the default list)."), QStringLiteral("ZONE")},
        {QStringLiteral("dns"), CheckCommand::tr("DNS server (default: the system's)."), QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("timeout"), CheckCommand::tr("Timeout per DNS query in ms (default 2000)."), QStringLiteral("MS"), QStringLiteral("2000")},
        {QStringLiteral("sequential"), CheckCommand::tr("Ask one query at a time (for benchmarks).")},
        Cli::langOption(),
    });
}

// Fills options from the parsed command line; returns an error text for usage errors.
QString readOptions(const QCommandLineParser &p, Options *o)
{
    if (p.positionalArguments().size() != 1)
        return CheckCommand::tr("exactly one DOMAIN is needed");
    o->json = p.isSet(QStringLiteral("json"));
    o->sequential = p.isSet(QStringLiteral("sequential"));
    // Garbage (spaces, backslashes, control characters, ...) is refused before any query.
    for (const QString &name : QStringList{p.positionalArguments().first()} + p.values(QStringLiteral("dnsbl"))
             + p.values(QStringLiteral("selector"))) {
        const QString why = Cli::domainArgumentError(name);
        if (!why.isEmpty())
            return CheckCommand::tr("\"%1\" is not a valid domain name: %2").arg(Util::escapeTerminal(name), why);
    }
    o->params.domain = Dns::DnsName::normalize(p.positionalArguments().first());
    if (!Dns::DnsName::isValid(o->params.domain))
        return CheckCommand::tr("\"%1\" is not a domain name").arg(p.positionalArguments().first());
    if (p.isSet(QStringLiteral("ip"))) {
        o->params.ip = QHostAddress(p.value(QStringLiteral("ip")));
        if (o->params.ip.isNull())
            return CheckCommand::tr("\"%1\" is not an IP address").arg(p.value(QStringLiteral("ip")));
    }
    o->params.sender = p.value(QStringLiteral("sender"));
    o->params.helo = p.value(QStringLiteral("helo"));
    o->params.selectors = p.values(QStringLiteral("selector"));
    if (p.isSet(QStringLiteral("dnsbl"))) {
        o->params.dnsblZones.clear();
        for (const QString &z : p.values(QStringLiteral("dnsbl")))
            o->params.dnsblZones.append(Auth::DnsblChecker::zoneFromName(z));
    }
    bool ok = false;
    const int timeout = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 60000)
        return CheckCommand::tr("--timeout wants milliseconds between 1 and 60000");
    const Util::Result<Dns::ServerConfig> server = p.isSet(QStringLiteral("dns"))
        ? Dns::parseServerSpec(p.value(QStringLiteral("dns")), timeout, 1)
        : Dns::systemServerConfig();
    if (!server.ok())
        return server.error().detail.isEmpty() ? server.error().code : server.error().detail;
    o->server = server.value();
    o->server.timeoutMs = timeout;
    return QString();
}

void printSections(QTextStream &out, const Auth::DomainCheckResult &r)
{
    out << CheckCommand::tr("Domain: %1   DNS server: %2   (%3 ms)").arg(r.params.domain, r.dnsServer).arg(r.elapsedMs) << "\n";
    if (!r.dmarc.record.text.isEmpty())
        out << "DMARC: " << r.dmarc.recordAt << ": " << r.dmarc.record.text << "\n";
    for (const Auth::MxHost &h : r.mx.hosts) {
        QStringList addresses;
        for (const QHostAddress &a : h.addresses)
            addresses.append(a.toString());
        out << "MX: " << h.preference << ' ' << h.host << " (" << addresses.join(QStringLiteral(", ")) << ")\n";
    }
    if (r.ptr) {
        QStringList names;
        for (const Auth::PtrName &n : r.ptr->names)
            names.append(n.name);
        out << "PTR: " << r.ptr->ip.toString() << " -> " << names.join(QStringLiteral(", "))
            << (r.ptr->fcrdns() ? CheckCommand::tr(" (forward-confirmed)") : QString()) << "\n";
    }
    for (const Auth::DnsblResult &b : r.dnsbl)
        out << "DNSBL: " << b.zone.zone << ": " << Auth::DnsblChecker::stateName(b.state) << "\n";
}

void printHuman(QTextStream &out, const Auth::DomainCheckResult &r)
{
    printSections(out, r);
    out << "\n" << CheckCommand::tr("Findings:") << "\n";
    for (const Auth::Finding &f : r.findings) {
        out << "  [" << Auth::severityName(f.severity) << "] " << f.id << ": " << f.message << "\n";
        if (!f.evidence.isEmpty())
            out << "      " << CheckCommand::tr("evidence: %1").arg(f.evidence) << "\n";
        if (!f.fix.isEmpty())
            out << "      " << CheckCommand::tr("fix: %1").arg(f.fix) << "\n";
        for (const Dns::ZoneRecord &r : f.records)
            out << "        " << r.zoneLine() << "\n";
    }
    if (r.dnsUnreachable)
        out << "\n" << CheckCommand::tr("The DNS server %1 did not answer at all.").arg(r.dnsServer) << "\n";
}

// TXT records, MX host names and findings come from the DNS: escaped for the terminal.
QString humanText(const Auth::DomainCheckResult &r)
{
    QString text;
    QTextStream out(&text);
    printHuman(out, r);
    out.flush();
    return text;
}

int runCheck(const QStringList &args)
{
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
    Auth::DomainCheck check = o.sequential ? Auth::DomainCheck(cache, Auth::PublicSuffix::system())
                                           : Auth::DomainCheck(pool, Auth::PublicSuffix::system());
    check.addStandardParts();
    const Auth::DomainCheckResult result = check.run(o.params);
    if (o.json)
        out << QJsonDocument(Auth::CheckJson::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << Util::escapeTerminal(humanText(result));
    return result.dnsUnreachable ? Cli::ExitDnsUnreachable : Cli::ExitOk;
}

const Cli::CommandRegistrar registrar({"check", "Check a domain's SPF, DKIM, DMARC, MX, PTR and blocklists", runCheck});

} // namespace
