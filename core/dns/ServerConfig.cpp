// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

namespace Dns {

namespace {

Util::Error syntaxError(const QString &spec)
{
    return Util::Error{QStringLiteral("dns.server-syntax"),
                       QCoreApplication::translate("Dns", "Not a DNS server address (HOST[:PORT] or [IPv6]:PORT): %1")
                           .arg(spec)};
}

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

QString ServerConfig::description() const
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

Util::Result<ServerConfig> parseServerSpec(const QString &spec, int timeoutMs, int retries)
{
    const QString text = spec.trimmed();
    ServerConfig config;
    config.timeoutMs = timeoutMs;
    config.retries = retries;
    QString host = text;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return syntaxError(spec);
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && (!rest.startsWith(QLatin1Char(':')) || !parsePort(rest.mid(1), &config.port)))
            return syntaxError(spec);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        if (!parsePort(text.section(QLatin1Char(':'), 1), &config.port))
            return syntaxError(spec);
    }
    QHostAddress address;
    if (!address.setAddress(host) || address.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol)
        return syntaxError(spec);
    config.host = address.toString();
    return config;
}

Util::Result<ServerConfig> systemServerConfig(const QString &resolvConfPath)
{
    QFile file(resolvConfPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).simplified();
            if (!line.startsWith(QLatin1String("nameserver ")))
                continue;
            QString host = line.section(QLatin1Char(' '), 1, 1);
            host = host.section(QLatin1Char('%'), 0, 0); // drop a link-local zone id
            QHostAddress address;
            if (address.setAddress(host)) {
                ServerConfig config;
                config.host = address.toString();
                return config;
            }
        }
    }
    return Util::Error{QStringLiteral("dns.no-system-server"),
                       QCoreApplication::translate("Dns", "No nameserver found in %1").arg(resolvConfPath)};
}

} // namespace Dns
