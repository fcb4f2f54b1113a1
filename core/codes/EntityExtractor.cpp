// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityExtractor.h"

#include <QHostAddress>

#include "EntityScanner.h"
#include "RegexPrefilter.h"

namespace Codes {

namespace {

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value, Qt::CaseInsensitive))
        list << value;
}

// Names that look like domains but are not: file names, abbreviations.
bool isPlausibleDomain(const QString &d)
{
    static const QLatin1String fileSuffixes[] = {
        QLatin1String(".html"), QLatin1String(".htm"), QLatin1String(".php"), QLatin1String(".aspx"),
        QLatin1String(".txt"), QLatin1String(".exe"), QLatin1String(".pdf"), QLatin1String(".zip"),
    };
    // `d` is ASCII (EntityScanner's classes are): ASCII folding is all of Qt's here.
    for (const QLatin1String s : fileSuffixes) {
        if (d.size() >= s.size() && indexOfAscii(QStringView(d).right(s.size()), s, 0, Qt::CaseInsensitive) == 0)
            return false;
    }
    return d.size() > 4;
}

} // namespace

Entities extractEntities(const QString &text)
{
    Entities e;
    const EntityScanner scanner(text);
    // By hand (EntityScanner.h: the same spans as the patterns they replace), each only where
    // its pattern's literal characters occur (RegexPrefilter.h).
    if (text.contains(QLatin1Char('@'))) {
        for (const EntitySpan &m : scanner.addresses())
            addUnique(e.addresses, text.mid(m.start, m.length));
    }
    if (mayHaveIpv4(text)) {
        for (const EntitySpan &m : scanner.ipv4()) {
            const QString ip = text.mid(m.start, m.length);
            QHostAddress a;
            if (a.setAddress(ip) && a.protocol() == QAbstractSocket::IPv4Protocol)
                addUnique(e.ips, ip);
        }
    }
    if (mayHaveIpv6(text)) {
        for (const EntitySpan &m : scanner.ipv6()) {
            const QString ip = text.mid(m.start, m.length);
            QHostAddress a;
            if (ip.count(QLatin1Char(':')) >= 2 && a.setAddress(ip) && a.protocol() == QAbstractSocket::IPv6Protocol)
                addUnique(e.ips, ip);
        }
    }
    for (const EntitySpan &m : scanner.domains()) {
        const QString d = text.mid(m.start, m.length);
        if (isPlausibleDomain(d))
            addUnique(e.domains, d.toLower());
    }
    for (const QString &a : std::as_const(e.addresses))
        addUnique(e.domains, a.mid(a.lastIndexOf(QLatin1Char('@')) + 1).toLower());
    return e;
}

} // namespace Codes
