// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogSummary.h"

#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

// Past this many distinct domains the rest are counted under "(other)": a log of a
// million recipients must not grow the summary without bound.
constexpr int MaxDomains = 10000;

QJsonObject counts(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

void LogSummary::add(const DeliveryResult &r)
{
    ++results;
    ++reasons[Codes::reasonName(r.parsed.reason)];
    ++actions[r.action];
    // The part after the last '@' (QString::section(..., -1) did the same with a split).
    const qsizetype at = r.recipient.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? Codes::asciiFastToLower(QStringView(r.recipient).mid(at + 1)) : QStringLiteral("(none)");
    const auto known = domains.find(domain);
    if (known != domains.end())
        ++*known;
    else if (domains.size() >= MaxDomains)
        ++domains[QStringLiteral("(other)")];
    else
        domains.insert(domain, 1);
}

QJsonObject LogSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("summary"), true},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("results"), results},
                  {QStringLiteral("reasons"), counts(reasons)},
                  {QStringLiteral("domains"), counts(domains)},
                  {QStringLiteral("actions"), counts(actions)}};
    if (notifications > 0)
        o.insert(QStringLiteral("notifications"), notifications);
    return o;
}

} // namespace Logs
