// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "BounceFacts.h"
#include "CauseSet.h"
#include "dns/Resolver.h"

namespace Diagnosis {

// Small pieces the check rules (CheckRules, DkimRules) share: DNS evidence, "then vs now" and
// how a confirming check raises a cause.
class RuleHelpers
{
public:
    // Weight of a DNS failure: the question stays open, the message-based confidence shrinks.
    static constexpr double kUnknownFactor = 0.6;

    static Evidence dnsEvidence(const Dns::Answer &answer, const Text &text);
    static Evidence checkEvidence(const QString &query, const QString &server, const QString &outcome,
                                  const QString &answer, const Text &text);
    // What the remote reported ("dkim=fail for example.org"); empty without a remote verdict.
    static Text thenText(const RemoteVerdict *remote);
    static ThenVsNow compare(const char *check, const RemoteVerdict *remote, const Text &now, bool nowFails,
                             bool nowUnknown);
    // Confidence of a cause today's DNS confirms: stronger when the remote said the same, or the
    // message already pointed there; `alone` otherwise.
    static double confirmed(const CauseSet &causes, const QString &id, const RemoteVerdict *remote, double alone);
};

} // namespace Diagnosis
