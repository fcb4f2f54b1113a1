// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include "SpfResult.h"
#include "SpfTraceNode.h"
#include "dns/Resolver.h"

namespace Auth {

struct SpfCheckParams
{
    QHostAddress ip;        // the SMTP client; IPv4-mapped IPv6 is treated as IPv4
    QString domain;         // the domain whose policy is checked (MAIL FROM domain or HELO)
    QString sender;         // MAIL FROM; empty: "postmaster@<helo>" (RFC 7208 2.4)
    QString helo;
    QString receiver;       // "r" macro in exp=, default "unknown"
    qint64 timestamp = -1;  // "t" macro, default now
    int lookupLimit = 10;   // 4.6.4
    int voidLookupLimit = 2;
};

struct SpfCheckResult
{
    SpfResult result = SpfResult::None;
    QString domain;
    QString record;            // the top-level record ("" when none)
    QString problem;           // why permerror/temperror/none, in English
    QString matchedTerm;       // the mechanism that decided, if any
    QString explanation;       // fail only (6.2): exp= text or the default
    bool explanationIsDefault = false;
    int lookups = 0;
    int voidLookups = 0;
    SpfTraceNode trace;
};

// check_host() of RFC 7208, complete: all mechanisms and modifiers, macros (7), the 10 DNS-lookup
// and 2 void-lookup limits, the 10-name MX/PTR limits, dual CIDR, explanation (6.2).
// Synchronous over the resolver; run it on a Dns::LookupPool from the GUI.
class SpfEvaluator
{
public:
    explicit SpfEvaluator(Dns::Resolver &resolver);

    SpfCheckResult checkHost(const QHostAddress &ip, const QString &domain, const QString &sender,
                             const QString &helo);
    SpfCheckResult checkHost(const SpfCheckParams &params);

    // The explanation used when the record has no usable exp= (English; 6.2 leaves it local).
    static QString defaultExplanation(const QString &domain, const QHostAddress &ip);

private:
    Dns::Resolver &m_resolver;
};

} // namespace Auth
