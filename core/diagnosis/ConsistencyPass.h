// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "BounceFacts.h"
#include "Cause.h"
#include "LiveChecks.h"

namespace Auth {
class PublicSuffix;
}

namespace Diagnosis {

// Looks at the ranked causes as a whole, after every rule ran, so that what the report tells a
// person to do never contradicts its own top cause:
//  - backscatter on top: the causes that describe the forger's server (its SPF result, PTR,
//    blocklistings, the forged message's DKIM/DMARC) are set aside with their fixes, and the
//    forgery cause says what protects the domain, given what it publishes today;
//  - the bounce's failure no longer shows in today's DNS ("fixed since"): a cause that says so
//    and that resending is worth it, instead of "could not be determined".
class ConsistencyPass
{
public:
    // `ranked` is highest confidence first; it stays so.
    static void apply(QList<Cause> &ranked, const BounceFacts &facts, const LiveCheckResults &checks,
                      const Auth::PublicSuffix &psl);

    // Causes about the server that sent the returned message: on a forged message, the forger's.
    static bool aboutSendingServer(const QString &causeId);
};

} // namespace Diagnosis
