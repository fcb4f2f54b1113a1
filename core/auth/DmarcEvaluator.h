// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

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
};

} // namespace Auth
