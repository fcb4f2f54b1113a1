// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "dns/ServerConfig.h"

namespace Ui {

// The user's settings (QSettings). Command-line options override them for one run.
struct AppSettings
{
    QString dnsServer;        // "HOST[:PORT]"; empty = the system's (first nameserver of resolv.conf)
    int timeoutMs = 2000;
    QStringList dkimSelectors;
    QStringList blocklists;   // empty = the core's default list
    QString language;         // "" = system, "en", "de", "fr"
    bool liveLookups = true;

    static AppSettings load();
    void save() const;
    // The server to ask, or an error text (shown in the report) when none can be determined.
    [[nodiscard]] Util::Result<Dns::ServerConfig> serverConfig() const;
};

} // namespace Ui
