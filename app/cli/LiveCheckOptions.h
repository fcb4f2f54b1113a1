// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QHostAddress>
#include <QList>
#include <QStringList>

#include "auth/domain/DnsblChecker.h"
#include "dns/ServerConfig.h"

class QCommandLineParser;

namespace Cli {

// The live-check options "check" and "diagnose" share: --dns, --timeout, --selector, --dnsbl and
// --ip. As in KeePassXC's Command (src/cli/Command.h), each option is defined once, added to
// every command that takes it, and read and validated in one place, so the commands cannot
// drift apart in names, defaults, limits or error texts.
class LiveCheckOptions
{
public:
    enum Option { Dns = 0x1, Timeout = 0x2, Selector = 0x4, Dnsbl = 0x8, Ip = 0x10 };

    // The option itself (name, value name, default, translated description).
    static QCommandLineOption option(Option which);

    struct Values
    {
        Dns::ServerConfig server;       // --dns (else the system's) with --timeout, 1 retry
        QStringList selectors;          // --selector, validated as domain names
        QList<Auth::DnsblZone> zones;   // --dnsbl, empty when not given
        bool zonesGiven = false;
        QHostAddress ip;                // --ip, null when not given
    };

    // Adds the options in `which` (Option flags) to the parser.
    static void addTo(QCommandLineParser &parser, int which);
    // Reads the options in `which`; the server only when `needServer` (not for --no-network).
    // Returns a usage error text (translated), or an empty string.
    static QString read(const QCommandLineParser &parser, int which, bool needServer, Values *values);
};

} // namespace Cli
