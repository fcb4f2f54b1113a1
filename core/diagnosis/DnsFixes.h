// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "dns/ZoneRecord.h"

namespace Diagnosis {

// The exact DNS records a fix asks for. Every argument may come from a bounce, so each is
// validated (Dns::ZoneRecord): nullopt when a name or address is not fit for a record.
class DnsFixes
{
public:
    // The SPF record with `ip` authorized and every existing term kept (includes, redirect,
    // all). Without a record: "v=spf1 ip4:IP ~all" (RFC 7208 4.6.1, 5.6). Only for an IP the
    // evidence ties to the sender (Diagnosis::SenderInfrastructure); never for a forger's.
    static std::optional<Dns::ZoneRecord> mergedSpfRecord(const QString &domain, const QString &existingRecord, const QString &ip);
    // A starter DMARC record, monitoring only, with an aggregate report address (RFC 7489 6.3).
    static std::optional<Dns::ZoneRecord> starterDmarcRecord(const QString &domain);
    // The PTR to ask the IP's owner for (RFC 1912 2.1: every host needs a matching PTR).
    static std::optional<Dns::ZoneRecord> ptrRequest(const QString &ip, const QString &hostname);
    // DKIM delegation: <selector>._domainkey.<fromDomain> CNAME <selector>._domainkey.<signerDomain>,
    // the way sending services let a customer's domain sign with their key (RFC 6376 3.6.2.1).
    static std::optional<Dns::ZoneRecord> dkimDelegation(const QString &fromDomain, const QString &selector, const QString &signerDomain);
    // A custom bounce (Return-Path) domain bounce.<fromDomain> delegated to the mailer's, so that
    // SPF is checked for a domain aligned with From (RFC 7489 3.1.2).
    static std::optional<Dns::ZoneRecord> returnPathDelegation(const QString &fromDomain, const QString &mailerDomain);
};

} // namespace Diagnosis
