// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include "auth/common/Finding.h"
#include "SpfTraceNode.h"
#include "dns/Resolver.h"

namespace Auth {

struct SpfLintResult
{
    QString domain;
    QString record;        // the top-level record ("" when none or several)
    int lookups = 0;       // DNS-lookup terms of the whole tree (RFC 7208 4.6.4), as a receiver counts them
    int voidLookups = 0;
    SpfTraceNode tree;     // every record and term, lookups counted per branch
    Findings findings;     // ids "spf.*"; Severity::Unknown when the DNS could not answer
};

// Checks a domain's SPF policy without a client IP: walks the whole include/redirect tree,
// counts DNS lookups per branch, names the branch that breaks the 10-lookup limit, and reports
// findings with evidence (record + query) and a fix (for too many lookups or several records:
// the record to publish instead). Ids: spf.none, spf.dns-error, spf.multiple-records, spf.syntax,
// spf.too-many-lookups, spf.void-lookups, spf.permissive-all, spf.ptr-mechanism,
// spf.record-too-long, spf.include-missing, spf.include-loop, spf.mx-too-many, spf.ok.
// Bounded: at most maxWalkLookups lookup terms are followed (then SpfLintResult::tree ends in
// "not-followed" nodes and spf.too-many-lookups says "more than").
class SpfLinter
{
    Q_DECLARE_TR_FUNCTIONS(SpfLinter)

public:
    explicit SpfLinter(Dns::Resolver &resolver);
    SpfLintResult lint(const QString &domain);

    // RFC 7208 3.4: keep the record so that the DNS answer fits in 512 octets.
    static constexpr int maxRecordLength = 450;
    // The walk counts DNS-lookup terms past the receivers' limit of 10 (RFC 7208 4.6.4) up to
    // this many, enough to name the branch that breaks the limit, then follows no more terms
    // (they appear as "not-followed" nodes). This bounds the queries, the tree depth and the
    // size of its JSON whatever the published records do.
    static constexpr int maxWalkLookups = 20;

private:
    Dns::Resolver &m_resolver;
};

} // namespace Auth
