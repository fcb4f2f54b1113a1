// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveCheckOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "DomainArgument.h"
#include "util/TerminalText.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::LiveCheckOptions", text); // the context lupdate gives it
}

constexpr int MaxTimeoutMs = 60000;

} // namespace

QCommandLineOption LiveCheckOptions::option(Option which)
{
    // Described when asked, not at static initialisation: the translator is installed by then.
    switch (which) {
    case Dns: return {QStringLiteral("dns"), tr("DNS server (default: the system's)."), QStringLiteral("HOST[:PORT]")};
    case Timeout:
        return {QStringLiteral("timeout"), tr("Timeout per DNS query in ms (default 2000)."), QStringLiteral("MS"), QStringLiteral("2000")};
    case Selector: return {QStringLiteral("selector"), tr("DKIM selector to look at (repeatable)."), QStringLiteral("S")};
    case Dnsbl:
        return {QStringLiteral("dnsbl"), tr("Blocklist zone to ask (repeatable; replaces the lists BounceLens would choose)."),
                QStringLiteral("ZONE")};
    case Ip: return {QStringLiteral("ip"), tr("Sending IP: PTR, IP blocklists, SPF result."), QStringLiteral("IP")};
    }
    Q_ASSERT(false);
    return QCommandLineOption(QString());
}

void LiveCheckOptions::addTo(QCommandLineParser &parser, int which)
{
    for (Option o : {Ip, Selector, Dnsbl, Dns, Timeout}) {
        if (which & o)
            parser.addOption(option(o));
    }
}

QString LiveCheckOptions::read(const QCommandLineParser &p, int which, bool needServer, Values *v)
{
    // Garbage (spaces, backslashes, control characters, ...) is refused before any query.
    QStringList names;
    if (which & Dnsbl)
        names += p.values(QStringLiteral("dnsbl"));
    if (which & Selector)
        names += p.values(QStringLiteral("selector"));
    for (const QString &name : names) {
        const QString why = domainArgumentError(name);
        if (!why.isEmpty())
            return tr("\"%1\" is not a valid domain name: %2").arg(Util::escapeTerminal(name), why);
    }
    if (which & Selector)
        v->selectors = p.values(QStringLiteral("selector"));
    if ((which & Dnsbl) && p.isSet(QStringLiteral("dnsbl"))) {
        v->zonesGiven = true;
        for (const QString &z : p.values(QStringLiteral("dnsbl")))
            v->zones.append(Auth::DnsblChecker::zoneFromName(z));
    }
    if ((which & Ip) && p.isSet(QStringLiteral("ip"))) {
        v->ip = QHostAddress(p.value(QStringLiteral("ip")));
        if (v->ip.isNull())
            return tr("\"%1\" is not an IP address").arg(Util::escapeTerminal(p.value(QStringLiteral("ip"))));
    }
    bool ok = false;
    const int timeout = (which & Timeout) ? p.value(QStringLiteral("timeout")).toInt(&ok) : 2000;
    if ((which & Timeout) && (!ok || timeout < 1 || timeout > MaxTimeoutMs))
        return tr("--timeout wants milliseconds between 1 and 60000");
    if (!needServer)
        return QString();
    // Loopback-only tests always name the server; the system's is the interactive default.
    const Util::Result<Dns::ServerConfig> server = (which & Dns) && p.isSet(QStringLiteral("dns"))
        ? Dns::parseServerSpec(p.value(QStringLiteral("dns")), timeout, 1)
        : Dns::systemServerConfig();
    if (!server.ok())
        return server.error().detail.isEmpty() ? server.error().code : server.error().detail;
    v->server = server.value();
    v->server.timeoutMs = timeout;
    return QString();
}

} // namespace Cli
