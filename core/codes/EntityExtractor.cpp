// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityExtractor.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "RegexPrefilter.h"

namespace Codes {

namespace {

const QRegularExpression &addressPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.+\-])([A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})))"));
    return re;
}

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d))"));
    return re;
}

// IPv6 as MTAs print it: "[IPv6:2001:db8::1]", "[2001:db8::1]", or bare with at least two colons.
const QRegularExpression &ipv6Pattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w:])(?:ipv6:)?((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?![\w:]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &domainPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w@.\-])((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-]|\.\w))"));
    return re;
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value, Qt::CaseInsensitive))
        list << value;
}

// Names that look like domains but are not: file names, abbreviations.
bool isPlausibleDomain(const QString &d)
{
    static const QStringList fileSuffixes = {
        QStringLiteral(".html"), QStringLiteral(".htm"), QStringLiteral(".php"), QStringLiteral(".aspx"),
        QStringLiteral(".txt"), QStringLiteral(".exe"), QStringLiteral(".pdf"), QStringLiteral(".zip"),
    };
    for (const QString &s : fileSuffixes) {
        if (d.endsWith(s, Qt::CaseInsensitive))
            return false;
    }
    return d.size() > 4;
}

} // namespace

Entities extractEntities(const QString &text)
{
    Entities e;
    const QRegularExpression::MatchOptions options = matchOptionsFor(text);
    constexpr auto normal = QRegularExpression::NormalMatch;
    // Each pattern runs only where its own literal characters occur (RegexPrefilter.h).
    if (text.contains(QLatin1Char('@'))) {
        auto it = addressPattern().globalMatch(text, 0, normal, options);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            addUnique(e.addresses, m.captured(1));
        }
    }
    if (mayHaveIpv4(text)) {
        auto it = ipv4Pattern().globalMatch(text, 0, normal, options);
        while (it.hasNext()) {
            const QString ip = it.next().captured(1);
            QHostAddress a;
            if (a.setAddress(ip) && a.protocol() == QAbstractSocket::IPv4Protocol)
                addUnique(e.ips, ip);
        }
    }
    if (mayHaveIpv6(text)) {
        auto it = ipv6Pattern().globalMatch(text, 0, normal, options);
        while (it.hasNext()) {
            const QString ip = it.next().captured(1);
            QHostAddress a;
            if (ip.count(QLatin1Char(':')) >= 2 && a.setAddress(ip) && a.protocol() == QAbstractSocket::IPv6Protocol)
                addUnique(e.ips, ip);
        }
    }
    auto it = domainPattern().globalMatch(text, 0, normal, options);
    while (it.hasNext()) {
        const QString d = it.next().captured(1);
        if (isPlausibleDomain(d))
            addUnique(e.domains, d.toLower());
    }
    for (const QString &a : std::as_const(e.addresses))
        addUnique(e.domains, a.mid(a.lastIndexOf(QLatin1Char('@')) + 1).toLower());
    return e;
}

} // namespace Codes
