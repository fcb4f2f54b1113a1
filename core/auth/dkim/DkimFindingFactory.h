// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "DkimKeyRecord.h"
#include "auth/common/Finding.h"
#include "dns/Resolver.h"

namespace Auth {

struct DkimVerification;

// Builds the dkim.* findings (stable ids, translated message and fix, evidence = record + query).
// Ids: dkim.pass, dkim.key-ok, dkim.key-missing, dkim.key-revoked, dkim.weak-key, dkim.testing,
// dkim.key-syntax, dkim.key-unsuitable, dkim.multiple-keys, dkim.dns-error, dkim.signature-fail,
// dkim.body-hash-mismatch, dkim.partial-body, dkim.no-selector-found.
class DkimFindingFactory
{
    Q_DECLARE_TR_FUNCTIONS(Auth::DkimFindingFactory)

public:
    static Findings forVerification(const DkimVerification &verification);

    // Key-record findings for one selector. `inUse`: the selector signs mail (from a signature
    // or named by the user), so a revoked key is an error rather than a note.
    static Findings forKey(const QString &query, const DkimKeyRecord &key, bool inUse);
    static Finding keyMissing(const QString &query, Dns::Outcome outcome);
    static Finding dnsUnknown(const QString &query, Dns::Outcome outcome);
    static Finding multipleKeys(const QString &query, int count);
    static Finding noSelectorFound(const QString &domain, int tried);

    static QString txtEvidence(const QString &query, const QByteArray &record);

private:
    static Findings keyQualityFindings(const QString &query, const DkimKeyRecord &key, const QString &evidence);
};

} // namespace Auth
