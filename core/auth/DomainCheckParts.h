// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "DomainCheck.h"
#include "SpfTraceNode.h"

namespace Auth {

// The sections DomainCheck takes from the other evaluators of the core: SPF (Auth::SpfLinter,
// and Auth::SpfEvaluator when an IP is given). Each part is synchronous over the resolver;
// DomainCheck runs it concurrently with the other sections.
class DomainCheckParts
{
    Q_DECLARE_TR_FUNCTIONS(Auth::DomainCheckParts)

public:
    // JSON: {"record", "lookups", "void_lookups", "tree", "result" (with an IP), "problem", ...}.
    static DomainCheckPart spf();
    static QJsonObject traceJson(const SpfTraceNode &node);
};

} // namespace Auth
