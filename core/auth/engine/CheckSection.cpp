// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSection.h"

namespace Auth {

namespace {

struct SectionName
{
    CheckSection section;
    const char *key;
};

constexpr SectionName names[] = {
    {CheckSection::Spf, "spf"},        {CheckSection::Dkim, "dkim"},       {CheckSection::Dmarc, "dmarc"},
    {CheckSection::Mx, "mx"},          {CheckSection::Ptr, "ptr"},         {CheckSection::Dnsbl, "dnsbl"},
    {CheckSection::MtaSts, "mta-sts"}, {CheckSection::TlsRpt, "tls-rpt"}, {CheckSection::Bimi, "bimi"},
    {CheckSection::Dnssec, "dnssec"},
};

} // namespace

QString checkSectionKey(CheckSection section)
{
    for (const SectionName &n : names) {
        if (n.section == section)
            return QString::fromLatin1(n.key);
    }
    Q_ASSERT(false);
    return QString();
}

std::optional<CheckSection> checkSectionFromKey(const QString &key)
{
    for (const SectionName &n : names) {
        if (key == QLatin1String(n.key))
            return n.section;
    }
    return std::nullopt;
}

const QList<CheckSection> &allCheckSections()
{
    static const QList<CheckSection> all = [] {
        QList<CheckSection> list;
        for (const SectionName &n : names)
            list.append(n.section);
        return list;
    }();
    return all;
}

} // namespace Auth
