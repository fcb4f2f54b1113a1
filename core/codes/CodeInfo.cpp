// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeInfo.h"

#include <QCoreApplication>

namespace Codes {

QStringList checkNames(unsigned checks)
{
    static const char *const names[] = {"spf", "dkim", "dmarc", "mx", "ptr", "dnsbl"};
    QStringList out;
    for (unsigned i = 0; i < 6; ++i) {
        if (checks & (1u << i))
            out << QString::fromLatin1(names[i]);
    }
    return out;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Success: return QStringLiteral("success");
    case Severity::Soft: return QStringLiteral("soft");
    case Severity::Hard: return QStringLiteral("hard");
    case Severity::Varies: return QStringLiteral("varies");
    case Severity::Info: return QStringLiteral("info");
    }
    return QString();
}

QString codeString(const char *source, bool translated)
{
    if (!source)
        return QString();
    return translated ? QCoreApplication::translate("Codes", source) : QString::fromUtf8(source);
}

QStringList codeStrings(const std::array<const char *, 3> &sources, bool translated)
{
    QStringList out;
    for (const char *s : sources) {
        if (s)
            out << codeString(s, translated);
    }
    return out;
}

} // namespace Codes
