// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Auth {

class PublicSuffix;

enum class DmarcPolicy { Unset, None, Quarantine, Reject };
QString dmarcPolicyName(DmarcPolicy policy); // "none", "quarantine", "reject", "" for Unset

// One destination of rua= or ruf= (RFC 7489 6.4: dmarc-uri = URI [ "!" 1*DIGIT [k/m/g/t] ]).
struct DmarcReportUri
{
    QString uri;     // "mailto:dmarc@example.com"
    QString maxSize; // "10m", empty when not given
    bool isMailto() const;
    QString host() const; // domain of a mailto: address (lower-case), host of other URIs
};

// What a receiver does with the record (RFC 7489 6.6.3 step 6).
enum class DmarcProcessing {
    Normal,
    AsPolicyNone, // no valid p (or invalid sp) but a valid rua: act as if p=none
    NoProcessing, // no valid p (or invalid sp) and no valid rua: no DMARC processing at all
};

// A parsed DMARC record (RFC 7489 6.3, 6.4). Parsing is lenient: tags with syntax errors are
// replaced by their defaults and named in errors (6.3: "syntax errors in the remainder of the
// record SHOULD be discarded in favor of default values"). Error and warning codes are stable
// strings (the same as ../shared/conformance/dmarc/cases.json).
struct DmarcRecord
{
    // Parses one TXT record (character-strings already joined). policyDomain (the domain the
    // record was found for) enables the external-destination warning (RFC 7489 7.1); psl gives
    // organizational domains for it (exact domain comparison without it).
    static DmarcRecord parse(const QString &text, const QString &policyDomain = {},
                             const PublicSuffix *psl = nullptr);
    // True when text starts with the DMARC version tag (RFC 7489 6.6.3 step 2: others are discarded).
    static bool looksLikeDmarc(const QString &text);

    QString text;
    bool isDmarc = false; // false: not a DMARC record at all (treated as absent)
    DmarcPolicy policy = DmarcPolicy::Unset;          // effective p (after 6.6.3 step 6)
    DmarcPolicy subdomainPolicy = DmarcPolicy::Unset; // effective sp (defaults to p)
    bool subdomainPolicyGiven = false;
    bool strictDkim = false; // adkim=s
    bool strictSpf = false;  // aspf=s
    int pct = 100;
    QStringList fo{QStringLiteral("0")};
    QStringList rf{QStringLiteral("afrf")};
    qint64 ri = 86400;
    QList<DmarcReportUri> rua;
    QList<DmarcReportUri> ruf;
    DmarcProcessing processing = DmarcProcessing::Normal;
    QStringList errors;   // e.g. "p_missing", "pct_invalid", "rua_invalid_uri", "duplicate_tag"
    QStringList warnings; // e.g. "policy_none_monitoring_only", "no_rua", "unknown_tag"

    // RFC 9989 (DMARCbis) tags: unknown under RFC 7489 and therefore ignored there, kept here
    // for the report. pct, rf and ri are historic in RFC 9989.
    DmarcPolicy nonexistentPolicy = DmarcPolicy::Unset; // np
    QString psd;     // "y", "n", "u" or empty
    bool testing = false; // t=y
    QStringList rfc9989Errors;
    QStringList rfc9989Warnings; // "pct_historic", "rf_historic", "ri_historic", "unknown_tag", "uri_size_obsolete"
    QStringList unknownTags;     // names of the tags neither RFC defines, in record order
    // RFC 9989 4.10.1: no valid p, or an invalid sp or np: p=none with a valid rua, else no
    // DMARC processing. (pct, rf and ri errors do not count: the tags are removed.)
    DmarcProcessing rfc9989Processing = DmarcProcessing::Normal;

    bool usable() const { return isDmarc && processing != DmarcProcessing::NoProcessing; }
    bool usableRfc9989() const { return isDmarc && rfc9989Processing != DmarcProcessing::NoProcessing; }
    // Errors as an RFC 9989 reader sees them: RFC 7489 errors of the removed tags dropped, the
    // np/psd/t errors added.
    QStringList rfc9989AllErrors() const;
    // The policy an RFC 9989 reader applies (4.7, 4.10.1): p for the record's own domain; for a
    // subdomain sp, or np when it does not exist, each falling back to p (np first to sp).
    DmarcPolicy rfc9989Policy(bool subdomain, bool nonexistent) const;
    // Which tag that policy came from: "p", "sp" or "np".
    QString rfc9989PolicyTag(bool subdomain, bool nonexistent) const;
    QStringList externalReportDomains(const QString &policyDomain, const PublicSuffix *psl) const;
};

} // namespace Auth
