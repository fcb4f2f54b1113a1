// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QSettings>

namespace Ui {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.dnsServer = s.value(QStringLiteral("dns/server")).toString();
    a.timeoutMs = qBound(200, s.value(QStringLiteral("dns/timeoutMs"), 2000).toInt(), 30000);
    a.dkimSelectors = s.value(QStringLiteral("checks/dkimSelectors")).toStringList();
    a.blocklists = s.value(QStringLiteral("checks/blocklists")).toStringList();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.liveLookups = s.value(QStringLiteral("privacy/liveLookups"), true).toBool();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("dns/server"), dnsServer);
    s.setValue(QStringLiteral("dns/timeoutMs"), timeoutMs);
    s.setValue(QStringLiteral("checks/dkimSelectors"), dkimSelectors);
    s.setValue(QStringLiteral("checks/blocklists"), blocklists);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("privacy/liveLookups"), liveLookups);
}

Util::Result<Dns::ServerConfig> AppSettings::serverConfig() const
{
    if (dnsServer.trimmed().isEmpty()) {
        auto system = Dns::systemServerConfig();
        if (system)
            system.value().timeoutMs = timeoutMs;
        return system;
    }
    return Dns::parseServerSpec(dnsServer.trimmed(), timeoutMs, 1);
}

} // namespace Ui
