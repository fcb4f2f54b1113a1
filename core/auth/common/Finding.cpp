// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include <QStringList>

namespace Auth {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString Finding::recordText() const
{
    QStringList lines;
    for (const Dns::ZoneRecord &r : records)
        lines << r.zoneLine();
    return lines.join(QLatin1Char('\n'));
}

} // namespace Auth
