// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "CheckEngine.h"
#include "auth/spf/SpfTraceNode.h"

namespace Auth {

// The sections Auth::CheckEngine takes from the evaluators of the core that have no JSON of
// their own: SPF (Auth::SpfLinter, and Auth::SpfEvaluator when an IP is given), DKIM keys
// (Auth::DkimKeyChecker) and the DNSSEC summary. Each is synchronous over the resolver.
class CheckSections
{
    Q_DECLARE_TR_FUNCTIONS(Auth::CheckSections)

public:
    // JSON: {"record", "lookups", "void_lookups", "tree", "result" (with an IP), "problem", ...}.
    static SectionResult spf(Dns::Resolver &resolver, const CheckRequest &request);
    // JSON: [{"selector", "source", "query", "found", "key_type", "key_bits", "revoked", "testing", ...}].
    // Selectors: the request's, those of the returned original's signatures, else the common
    // provider list (Auth::DkimKeyChecker). `concurrent`: all key names are asked at once first.
    static SectionResult dkim(Dns::Resolver &resolver, const CheckRequest &request, bool concurrent);
    // From the AD bits (RFC 4035 3.2.3) of the answers the other sections and the SOA probe got:
    // ids dnssec.validated (ok), dnssec.not-validated (info), dnssec.dns-error (unknown).
    // JSON: {"soa", "mx", "dmarc", "ptr"}: the AD bit of each answer asked.
    static SectionResult dnssec(const DomainCheckResult &result, const Dns::Answer &soa);
    static QJsonObject traceJson(const SpfTraceNode &node);
};

} // namespace Auth
