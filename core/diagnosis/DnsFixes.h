// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Diagnosis {

// The exact DNS records a fix asks for.
class DnsFixes
{
public:
    // The SPF record with `ip` authorized and every existing term kept (includes, redirect,
    // all), in master-file form. Without a record: "v=spf1 ip4:IP ~all" (RFC 7208 4.6.1, 5.6).
    static QString mergedSpfRecord(const QString &domain, const QString &existingRecord, const QString &ip);
    // A starter DMARC record, monitoring only, with an aggregate report address (RFC 7489 6.3).
    static QString starterDmarcRecord(const QString &domain);
    // The PTR to ask the IP's owner for (RFC 1912 2.1: every host needs a matching PTR).
    static QString ptrRequest(const QString &ip, const QString &hostname);
};

} // namespace Diagnosis
