// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicAddress.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace Util {

bool isPublicAddress(const QString &text)
{
    QHostAddress ip;
    if (!ip.setAddress(text.trimmed()))
        return false;
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    if (isV4)
        ip = QHostAddress(v4);
    static const QList<QPair<QHostAddress, int>> nonPublic{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")), QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")), QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")), QHostAddress::parseSubnet(QStringLiteral("fc00::/7"))};
    for (const auto &net : nonPublic) {
        if (ip.isInSubnet(net))
            return false;
    }
    return !(ip.isLoopback() || ip.isLinkLocal() || ip.isNull() || ip.isMulticast() || ip.isBroadcast());
}

} // namespace Util
