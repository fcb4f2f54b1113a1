// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "DkimKeyRecord.h"
#include "DkimSignature.h"
#include "auth/common/Finding.h"
#include "dns/Resolver.h"

namespace Auth {

class DkimRawMessage;

// RFC 8601 dkim= results. PermError = RFC 6376 PERMFAIL that is not a crypto mismatch.
enum class DkimResult { None, Pass, Fail, PermError, TempError };
QString dkimResultName(DkimResult result); // "none", "pass", "fail", "permerror", "temperror"

// The outcome for one DKIM-Signature field.
struct DkimVerification
{
    int index = 0;                 // among the DKIM-Signature fields, 0 = topmost
    DkimResult result = DkimResult::PermError;
    QString reason;                // stable code (conformance manifest vocabulary); empty for a clean pass
    QString detail;                // English, for evidence
    DkimSignature signature;
    QString keyQuery;              // "<s>._domainkey.<d>", empty when no lookup was made
    std::optional<Dns::Outcome> keyOutcome; // set when the key was looked up
    QList<QByteArray> keyRecords;  // TXT records found there (strings concatenated)
    std::optional<DkimKeyRecord> key; // the record used (or the first one rejected)
    QByteArray computedBodyHash;   // set once the body was hashed
    bool testingKey = false;       // pass with a key in testing mode (t=y)
    bool partialBody = false;      // l= left part of the body unsigned (RFC 6376 8.2)
};

struct DkimVerifyOptions
{
    // "Now" for x= and t= (Unix seconds). Unset = no time checks: for an old bounce pass the
    // time the message was received, or signatures will read as expired.
    std::optional<qint64> now;
    qint64 allowedClockSkew = 300; // t= may be this far in the future
    int maxSignatures = 20;        // more are reported, not verified: each costs a DNS query
};

// Verifies the DKIM signatures of a message from its raw bytes (RFC 6376 6, RFC 8463,
// RFC 8301). Keys come from the resolver; DNS trouble gives temperror, never "no key".
class DkimVerifier
{
public:
    explicit DkimVerifier(Dns::Resolver &resolver);

    // One entry per DKIM-Signature field, top to bottom; empty when the message has none.
    QList<DkimVerification> verify(const QByteArray &rawMessage, const DkimVerifyOptions &options = {});
    QList<DkimVerification> verify(const DkimRawMessage &message, const DkimVerifyOptions &options = {});

    // Findings for a person: dkim.pass, dkim.signature-fail, dkim.body-hash-mismatch, dkim.key-*, ...
    static Findings findings(const QList<DkimVerification> &verifications);

private:
    DkimVerification verifyField(const DkimRawMessage &message, int fieldIndex, const DkimVerifyOptions &options);
    bool lookupKey(DkimVerification &verification);
    bool selectKey(DkimVerification &verification);

    Dns::Resolver &m_resolver;
};

} // namespace Auth
