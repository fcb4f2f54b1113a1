// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "DkimCrypto.h"

namespace Auth {

enum class DkimCanonicalization { Simple, Relaxed };

// One DKIM-Signature header field (RFC 6376 3.5; a=ed25519-sha256 per RFC 8463).
// parse() never fails hard: it keeps every tag it could read and names the first rule broken.
struct DkimSignature
{
    // Problems, in the order they are checked. Codes match the reason codes of the
    // conformance manifest (../shared/conformance/dkim/README.md) where one exists.
    enum class Problem {
        None,
        TagSyntax,        // "sig_syntax": not a tag-list, or a value with bad syntax
        MissingTag,       // "sig_missing_tag": one of v a b bh d h s absent (3.5 REQUIRED)
        Version,          // "sig_version": v= not "1"
        UnknownAlgorithm, // "sig_unknown_alg"
        QueryMethod,      // "sig_query_method": q= without dns/txt
        DomainSyntax,     // "sig_syntax_d": d= is not a domain name
        FromNotSigned,    // "from_not_signed": h= lacks From (6.1.1 PERMFAIL)
        AuidNotInSdid,    // "auid_not_in_sdid": i= domain not d= or below (6.1.1)
        ExpiryBeforeTime, // "sig_syntax": x= earlier than t= (3.5 x=)
    };

    QByteArray fieldValue;      // raw value after "DKIM-Signature:", folding kept
    Problem problem = Problem::None;
    QString problemDetail;      // English, for evidence

    QByteArray version;
    QByteArray algorithmName;   // a= as written, lower-case
    DkimKeyType keyType = DkimKeyType::Unknown;
    DkimHash hash = DkimHash::Unknown;
    QByteArray signature;       // b= decoded
    QByteArray bodyHash;        // bh= decoded
    DkimCanonicalization headerCanonicalization = DkimCanonicalization::Simple;
    DkimCanonicalization bodyCanonicalization = DkimCanonicalization::Simple;
    QString domain;             // d=, lower-case (SDID)
    QList<QByteArray> signedHeaders; // h=, lower-case, in order, repeats kept (over-signing)
    QString auid;               // i= decoded; "@" + d= when absent (3.5 i= default)
    QString auidDomain;         // the part of i= after "@", lower-case
    std::optional<qint64> bodyLength;  // l=
    QString selector;           // s=
    std::optional<qint64> timestamp;   // t=
    std::optional<qint64> expiration;  // x=
    QByteArray copiedHeaders;   // z=, raw

    static DkimSignature parse(const QByteArray &fieldValue);

    bool ok() const { return problem == Problem::None; }
    QString keyQueryName() const { return selector + QStringLiteral("._domainkey.") + domain; }
    static QString reasonCode(Problem problem); // "sig_syntax", "sig_missing_tag", ...
    static bool isDomainName(const QString &name); // LDH labels (RFC 6376 3.5 d=, RFC 5321 sub-domain)
};

} // namespace Auth
