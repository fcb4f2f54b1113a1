// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceFacts.h"
#include "CauseSet.h"
#include "LiveChecks.h"

namespace Auth {
class PublicSuffix;
}

namespace Diagnosis {

// Confirms, weakens or adds causes with today's DNS, sets "then vs now" and the exact DNS fixes.
// A DNS failure (timeout, SERVFAIL) only lowers confidence: it is never proof (RFC 8020 and
// Dns::Answer::isUnknown()).
class CheckRules
{
public:
    static void apply(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                      CauseSet &causes);

    // Whether the message already points at authentication or policy (so a failing check is
    // worth raising as a cause rather than a side note).
    static bool authRelated(const BounceFacts &facts, const CauseSet &causes);

private:
    static void applySpf(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, CauseSet &causes);
    static void applyDmarc(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, CauseSet &causes);
    static void applyPtr(const BounceFacts &facts, const LiveCheckResults &checks, CauseSet &causes);
    static void applyDnsbl(const BounceFacts &facts, const LiveCheckResults &checks, CauseSet &causes);
    static void applyRecipientDomain(const BounceFacts &facts, const LiveCheckResults &checks, CauseSet &causes);
    static void applyBackscatter(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl, CauseSet &causes);
};

} // namespace Diagnosis
