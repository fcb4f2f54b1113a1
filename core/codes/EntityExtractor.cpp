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

bool isIpv4Address(const QString &dottedQuad)
{
    // Four groups of one to three digits, none with a leading zero, each at most 255.
    int groups = 0, digits = 0, value = 0;
    bool plain = true;
    for (qsizetype i = 0; i <= dottedQuad.size() && plain; ++i) {
        const char16_t c = i < dottedQuad.size() ? dottedQuad[i].unicode() : u'.';
        if (c == u'.') {
            plain = digits > 0 && value <= 255 && ++groups <= 4;
            digits = value = 0;
        } else {
            plain = isAsciiDigit(c) && ++digits <= 3 && !(digits == 2 && value == 0);
            value = value * 10 + (c - u'0');
        }
    }
    if (plain && groups == 4)
        return true;
    QHostAddress a;
    return a.setAddress(dottedQuad) && a.protocol() == QAbstractSocket::IPv4Protocol;
}

bool isIpv6Address(const QString &span)
{
    // RFC 4291 2.2: a ':' at either end is only ever half of "::". Postfix's "]:25: Connection
    // timed out" gives the span ":25:" on every connect failure, refused here without parsing.
    const qsizetype n = span.size();
    if (n >= 1 && ((span[0] == QLatin1Char(':') && (n < 2 || span[1] != QLatin1Char(':')))
                   || (span[n - 1] == QLatin1Char(':') && (n < 2 || span[n - 2] != QLatin1Char(':')))))
        return false;
    QHostAddress a;
    return span.count(QLatin1Char(':')) >= 2 && a.setAddress(span) && a.protocol() == QAbstractSocket::IPv6Protocol;
}

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
            if (isIpv4Address(ip))
                addUnique(e.ips, ip);
        }
    }
    if (mayHaveIpv6(text)) {
        for (const EntitySpan &m : scanner.ipv6()) {
            const QString ip = text.mid(m.start, m.length);
            if (isIpv6Address(ip))
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
