// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "DkimCrypto.h"

namespace Auth {

// One DKIM public key record, the TXT data at <selector>._domainkey.<domain> (RFC 6376 3.6.1;
// Ed25519 per RFC 8463). Parsing is lenient in what it keeps and strict in what it accepts:
// every tag read is kept, and problem says why the record cannot be used.
struct DkimKeyRecord
{
    enum class Problem {
        None,
        TagSyntax,       // not a valid tag-list (RFC 6376 3.2)
        BadVersion,      // v= present but not "DKIM1"
        VersionNotFirst, // v= present but not the first tag ("MUST be the first tag")
        MissingKey,      // no p= tag (p= is REQUIRED)
        UnknownKeyType,  // k= not rsa or ed25519
        BadBase64,       // p= is not base64
        BadKeyData,      // p= decodes, but not to a key of type k=
    };

    QByteArray text;            // the record as published (strings concatenated)
    Problem problem = Problem::None;
    QString problemDetail;      // English, for evidence; empty when problem is None

    QByteArray version;         // v=, empty when absent
    QByteArray keyTypeName = "rsa"; // k= as written (default rsa)
    DkimKeyType keyType = DkimKeyType::Rsa;
    QByteArray keyData;         // p= decoded
    bool revoked = false;       // p= present and empty: the key was withdrawn
    QList<QByteArray> hashAlgorithms; // h=, lower-case; empty = all allowed
    QList<QByteArray> serviceTypes;   // s=, lower-case; default "*"
    bool testing = false;       // t=y
    bool strictSubdomain = false; // t=s: i= domain must equal d= exactly
    QByteArray notes;           // n=
    int keyBits = 0;            // from OpenSSL; 0 when the key could not be read

    static DkimKeyRecord parse(const QByteArray &text);

    bool usable() const { return problem == Problem::None && !revoked; }
    bool allowsHash(DkimHash hash) const;      // key h= (RFC 6376 3.6.1)
    bool allowsEmailService() const;           // key s= contains "*" or "email"
    static QString problemCode(Problem problem); // "tag-syntax", "bad-version", ... (stable, English)
};

} // namespace Auth
