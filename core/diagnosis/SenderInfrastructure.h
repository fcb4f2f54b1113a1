// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "BounceFacts.h"
#include "LiveChecks.h"
#include "Text.h"

namespace Auth {
class PublicSuffix;
}

namespace Diagnosis {

// Whether the evidence ties the sending IP to the sender's own infrastructure. Only then may a
// fix authorize that IP in the sender's SPF: otherwise the IP may be a forger's (backscatter)
// or a shared relay of some provider, and a Copy-ready record would authorize it for good.
class SenderInfrastructure
{
public:
    // The evidence that the IP is the sender's, or nullopt when nothing shows it. Any one suffices:
    //  - its forward-confirmed reverse name (FCrDNS, RFC 8601 2.7.3) lies in the sender's
    //    organizational domain (From or MAIL FROM, RFC 7489 3.2);
    //  - it is an address of one of the sender domain's MX hosts;
    //  - the returned original passed through a host of the sender's organizational domain
    //    right before this IP handed it on (a Received "by" of the sender's domain, with or
    //    without authenticated submission, RFC 5321 4.4, RFC 3848).
    static std::optional<Evidence> tie(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl);
};

} // namespace Diagnosis
