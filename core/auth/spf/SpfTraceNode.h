// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Auth {

// One step of an SPF evaluation or lint, for the report's tree view and JSON "tree".
// A node is either a record (domain + record text) or a term inside its parent's record.
struct SpfTraceNode
{
    QString term;       // "include:_spf.example.net", empty for the root record
    QString domain;     // domain whose record this node evaluates (records, include, redirect)
    QString record;     // the SPF record text found there
    QString query;      // the DNS question behind this node, e.g. "TXT example.org"
    QString outcome;    // "match", "no-match", an SPF result name, "error"
    QString detail;     // why, in English (JSON) — e.g. "nxdomain", "lookup limit exceeded"
    int lookups = 0;    // DNS-lookup terms counted in this subtree (4.6.4)
    int voidLookups = 0;
    QList<SpfTraceNode> children;
};

} // namespace Auth
