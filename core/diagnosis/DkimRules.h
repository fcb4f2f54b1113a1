// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceFacts.h"
#include "CauseSet.h"
#include "LiveChecks.h"

namespace Auth {
class PublicSuffix;
}

namespace Diagnosis {

// DKIM with today's DNS: the verification of a fully returned original, or, when only the
// headers came back, the state of the key its DKIM-Signature names (RFC 6376 3.6, 6).
// A DNS failure lowers confidence only; a body-hash failure of a returned copy is weak evidence,
// since a bouncing MTA may re-encode or cut the copy it returns (RFC 6376 5.3, 8.2).
class DkimRules
{
public:
    static void apply(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                      CauseSet &causes);

    // What today's key says about a signature, from a verification or a key lookup.
    enum class KeyState { Usable, Weak, Testing, Missing, Revoked, Invalid, TooWeak, Unknown };
    static KeyState keyState(const Auth::DkimVerification &v);
    static KeyState keyState(const Auth::DkimKeyCheck &k);
    // Missing, revoked, invalid or under 1024 bits: no signature with this key can verify.
    static bool keyBreaksSignature(KeyState state);

private:
    static void applyVerification(const BounceFacts &facts, const LiveCheckResults &checks,
                                  const Auth::PublicSuffix &psl, CauseSet &causes);
    static void applyKeys(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                          CauseSet &causes);
    static void applyUnsigned(const BounceFacts &facts, CauseSet &causes);
};

} // namespace Diagnosis
