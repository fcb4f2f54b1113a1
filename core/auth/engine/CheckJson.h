// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "CheckEngine.h"

namespace Auth {

// The JSON form of a DomainCheckResult (English, stable keys), shared by the CLI ("check
// --json"), the report and the GUI. Keys: domain, dns_server, elapsed_ms, spf, dkim (null / []
// when the section did not run), dmarc, mx, mx_status, ptr (null without an IP), dnsbl,
// policy_records, dnssec, dns_unreachable, findings.
class CheckJson
{
public:
    static QJsonObject toJson(const DomainCheckResult &result);
    static QJsonObject finding(const Finding &finding);
    static QJsonArray findings(const Findings &findings);
    static QJsonObject dmarc(const DmarcDiscovery &dmarc);
    // The RFC 9989 (DMARCbis) half of a discovery: the "rfc9989" member of dmarc().
    static QJsonObject dmarcRfc9989(const DmarcDiscovery &dmarc);
    static QJsonArray mx(const MxCheck &mx);
    static QJsonObject ptr(const PtrCheck &ptr);
    static QJsonArray dnsbl(const QList<DnsblResult> &results);
    static QJsonObject policyRecords(const QList<PolicyRecord> &records);
};

} // namespace Auth
