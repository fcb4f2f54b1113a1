// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "dns/Resolver.h"

namespace Auth {

// Record lookup and selection (RFC 7208 4.4, 4.5): the TXT records of a domain that start with
// "v=spf1". Type SPF (99) is not queried (RFC 7208 3.1 removed it).
class SpfRecordFetcher
{
public:
    enum class Status { Found, None, Multiple, DnsError };

    struct Fetched
    {
        Status status = Status::None;
        QString record;        // the one record when Found
        QStringList records;   // every SPF record found (Multiple: all of them)
        Dns::Answer answer;    // the TXT answer, for evidence and "unknown" reporting
        QString query() const; // "TXT example.org"
    };

    static Fetched fetch(Dns::Resolver &resolver, const QString &domain);
};

} // namespace Auth
