// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderCatalog.h"

#include <QStringView>

namespace Codes {

// The table lives in ProviderEntries.cpp (data only).
const std::vector<ProviderEntry> &providerEntries();

namespace {

bool codeMatches(const char *wanted, const QString &actual)
{
    if (!wanted)
        return true;
    const QLatin1String w(wanted);
    if (w.endsWith(QLatin1Char('*'))) {
        // "5.7.6*" = Microsoft's numbered ranges (5.7.606-649): strictly longer than the prefix.
        const QLatin1String prefix = w.chopped(1);
        return actual.size() > prefix.size() && actual.startsWith(prefix);
    }
    return actual == w;
}

bool tagIn(const ProviderEntry &e, const QString &lowerText)
{
    return e.tag && lowerText.contains(QString::fromLatin1(e.tag).toLower());
}

bool entryMatches(const ProviderEntry &e, const QString &lowerText, const QString &status, const QString &replyCode)
{
    if (!codeMatches(e.status, status) || !codeMatches(e.replyCode, replyCode))
        return false;
    if (e.tag && !tagIn(e, lowerText))
        return false;
    if (e.phrase && !lowerText.contains(QLatin1String(e.phrase)))
        return false;
    return e.tag || e.phrase || e.status; // an entry needs at least one specific criterion
}

} // namespace

const std::vector<ProviderEntry> &ProviderCatalog::entries()
{
    return providerEntries();
}

const ProviderEntry *ProviderCatalog::match(const QString &provider, const QString &lowerText,
                                            const QString &status, const QString &replyCode)
{
    if (provider.isEmpty())
        return nullptr;
    const ProviderEntry *phraseMatch = nullptr;
    for (const ProviderEntry &e : providerEntries()) {
        if (provider != QLatin1String(e.provider) || !entryMatches(e, lowerText, status, replyCode))
            continue;
        if (e.tag)
            return &e; // the provider's own reference is the most specific evidence
        if (!phraseMatch)
            phraseMatch = &e;
    }
    return phraseMatch;
}

const ProviderEntry *ProviderCatalog::byTag(const QString &tag)
{
    for (const ProviderEntry &e : providerEntries()) {
        if (e.tag && tag.compare(QLatin1String(e.tag), Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

} // namespace Codes
