// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "DmarcRecord.h"

namespace Auth {

class PublicSuffix;

enum class DmarcResult { Pass, Fail, None, TempError };
QString dmarcResultName(DmarcResult result); // "pass", "fail", "none", "temperror"

// An authenticated identifier: SPF (RFC5321.MailFrom domain, or HELO for a null sender) or a
// DKIM signature's d=. result is the SPF/DKIM result name ("pass", "fail", "softfail", ...).
struct DmarcAuthResult
{
    QString result;
    QString domain;
};

struct DmarcEvaluationInput
{
    QString fromDomain;
    DmarcRecord record;          // the record that applies to fromDomain
    bool useSubdomainPolicy = false; // record came from the organizational domain (6.6.3 step 3)
    DmarcAuthResult spf;
    QList<DmarcAuthResult> dkim;
    bool sampled = true; // whether this message falls in the pct sample (pct=0 never, pct=100 always)
    // RFC 9989 only: the author domain does not exist (NXDOMAIN), so np= applies to it when
    // the record is inherited (useSubdomainPolicy).
    bool authorNonexistent = false;
};

// RFC 9989 4.10.2 Organizational Domains by name (lower-case, no trailing dot), e.g. from
// DmarcChecker::organizationalDomains(). A missing or empty value is unknown (a DNS error).
using DmarcOrgDomains = QHash<QString, QString>;

enum class DmarcAlignment { Aligned, NotAligned, Unknown };

struct DmarcEvaluation
{
    DmarcResult result = DmarcResult::None;
    DmarcPolicy disposition = DmarcPolicy::None; // what the receiver does
    bool spfAligned = false;  // SPF passed AND aligned
    bool dkimAligned = false; // some DKIM signature passed AND is aligned
};

// DMARC identifier alignment and message evaluation (RFC 7489 3.1, 6.6.2, 6.6.4).
class DmarcEvaluator
{
public:
    // Relaxed: same organizational domain; strict: identical names (case-insensitive) (3.1.1, 3.1.2).
    static bool aligned(const QString &fromDomain, const QString &authDomain, bool strict,
                        const PublicSuffix &psl);
    static DmarcEvaluation evaluate(const DmarcEvaluationInput &input, const PublicSuffix &psl);
    // Several author domains (RFC 7489 6.6.1): each is evaluated, the strictest disposition
    // among the failing ones is applied; the result is fail when any fails.
    static DmarcEvaluation evaluateAll(const QList<DmarcEvaluationInput> &inputs, const PublicSuffix &psl);

    // RFC 9989 (DMARCbis): relaxed alignment compares the Organizational Domains of the DNS tree
    // walk (3.2.10.1, 4.10.2); strict compares the names. Unknown when a needed org domain is.
    static DmarcAlignment alignedRfc9989(const QString &fromDomain, const QString &authDomain, bool strict,
                                         const DmarcOrgDomains &orgs);
    // RFC 9989 5.3.4-5.3.6: pass when an aligned identifier passed; fail otherwise, or temperror
    // when an alignment could not be decided (a DNS error). The disposition is p (or sp/np for
    // an inherited record), one level lower with t=y (4.7); pct is removed and not applied.
    static DmarcEvaluation evaluateRfc9989(const DmarcEvaluationInput &input, const DmarcOrgDomains &orgs);
};

} // namespace Auth
