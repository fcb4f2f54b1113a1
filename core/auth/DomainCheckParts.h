// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "DomainCheck.h"
#include "SpfTraceNode.h"

namespace Auth {

// The sections DomainCheck takes from the other evaluators of the core: SPF (Auth::SpfLinter,
// and Auth::SpfEvaluator when an IP is given) and DKIM keys (Auth::DkimKeyChecker). Each part is synchronous over the resolver;
// DomainCheck runs it concurrently with the other sections.
class DomainCheckParts
{
    Q_DECLARE_TR_FUNCTIONS(Auth::DomainCheckParts)

public:
    // JSON: {"record", "lookups", "void_lookups", "tree", "result" (with an IP), "problem", ...}.
    static DomainCheckPart spf();
    // JSON: [{"selector", "source", "query", "found", "key_type", "key_bits", "revoked", "testing", ...}].
    // Selectors: --selector values, else the common provider list (Auth::DkimKeyChecker).
    static DomainCheckPart dkim();
    static QJsonObject traceJson(const SpfTraceNode &node);
};

} // namespace Auth
