// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimVerifier.h"

#include <QHash>

#include "DkimCanonicalizer.h"
#include "DkimFindingFactory.h"
#include "DkimRawMessage.h"
#include "DkimTagList.h"

namespace Auth {

namespace {

bool verdict(DkimVerification &v, DkimResult result, const QString &reason, const QString &detail)
{
    v.result = result;
    v.reason = reason;
    v.detail = detail;
    return false;
}

// RFC 6376 6.1.1 rules that need no key: syntax, RFC 8301 algorithm ban, time window.
bool checkSignature(DkimVerification &v, const DkimVerifyOptions &options)
{
    const DkimSignature &sig = v.signature;
    if (!sig.ok())
        return verdict(v, DkimResult::PermError, DkimSignature::reasonCode(sig.problem), sig.problemDetail);
    if (sig.hash == DkimHash::Sha1) {
        return verdict(v, DkimResult::PermError, QStringLiteral("sig_alg_sha1_forbidden"),
                       QStringLiteral("rsa-sha1 signatures must not be considered valid (RFC 8301 3.1)"));
    }
    if (options.now && sig.expiration && *sig.expiration < *options.now) {
        return verdict(v, DkimResult::PermError, QStringLiteral("sig_expired"),
                       QStringLiteral("signature expired at x=%1").arg(*sig.expiration));
    }
    if (options.now && sig.timestamp && *sig.timestamp > *options.now + options.allowedClockSkew) {
        return verdict(v, DkimResult::PermError, QStringLiteral("sig_future"),
                       QStringLiteral("signature timestamp t=%1 is in the future").arg(*sig.timestamp));
    }
    return true;
}

// Whether this key may verify this signature (RFC 6376 3.6.1, 6.1.2; RFC 8301 3.2).
bool checkKey(DkimVerification &v, const DkimKeyRecord &key)
{
    using P = DkimKeyRecord::Problem;
    const QString syntax = QStringLiteral("key_syntax");
    const DkimSignature &sig = v.signature;
    if (key.problem == P::TagSyntax || key.problem == P::BadVersion || key.problem == P::VersionNotFirst
        || key.problem == P::MissingKey || key.problem == P::UnknownKeyType)
        return verdict(v, DkimResult::PermError, syntax, key.problemDetail);
    if (key.revoked)
        return verdict(v, DkimResult::PermError, QStringLiteral("key_revoked"), QStringLiteral("the key is revoked (empty p=)"));
    if (key.keyType != sig.keyType) {
        return verdict(v, DkimResult::PermError, QStringLiteral("key_type_mismatch"),
                       QStringLiteral("key k=%1 cannot verify a=%2").arg(QString::fromLatin1(key.keyTypeName), QString::fromLatin1(sig.algorithmName)));
    }
    if (!key.usable())
        return verdict(v, DkimResult::PermError, syntax, key.problemDetail);
    if (!key.allowsHash(sig.hash))
        return verdict(v, DkimResult::PermError, QStringLiteral("key_hash_restricted"), QStringLiteral("key h= does not allow the signature's hash"));
    if (!key.allowsEmailService())
        return verdict(v, DkimResult::PermError, QStringLiteral("key_service_type"), QStringLiteral("key s= does not include email"));
    if (key.strictSubdomain && sig.auidDomain != sig.domain) {
        return verdict(v, DkimResult::PermError, QStringLiteral("key_strict_subdomain"),
                       QStringLiteral("key t=s requires the i= domain to be exactly d="));
    }
    if (key.keyType == DkimKeyType::Rsa && key.keyBits < 1024) {
        return verdict(v, DkimResult::PermError, QStringLiteral("key_too_small"),
                       QStringLiteral("RSA key of %1 bits; at least 1024 are required (RFC 8301 3.2)").arg(key.keyBits));
    }
    return true;
}

bool checkBodyHash(DkimVerification &v, const DkimRawMessage &message)
{
    const DkimSignature &sig = v.signature;
    QByteArray canonical = DkimCanonicalizer::body(sig.bodyCanonicalization, message.body());
    if (sig.bodyLength) {
        if (*sig.bodyLength > canonical.size()) {
            return verdict(v, DkimResult::PermError, QStringLiteral("l_too_large"),
                           QStringLiteral("l=%1 is longer than the body (%2 bytes)").arg(*sig.bodyLength).arg(canonical.size()));
        }
        v.partialBody = *sig.bodyLength < canonical.size();
        canonical.truncate(qsizetype(*sig.bodyLength));
    }
    v.computedBodyHash = DkimCrypto::digest(sig.hash, canonical);
    if (v.computedBodyHash != sig.bodyHash) {
        return verdict(v, DkimResult::Fail, QStringLiteral("body_hash_mismatch"),
                       QStringLiteral("body hash %1 does not match bh=%2")
                           .arg(QString::fromLatin1(v.computedBodyHash.toBase64()), QString::fromLatin1(sig.bodyHash.toBase64())));
    }
    return true;
}

// 5.4.2: each name in h= takes the last not-yet-used field of that name; a name with no
// field left contributes nothing (over-signing). Then the signature field itself, without b=.
QByteArray signedHeaderData(const DkimRawMessage &message, int signatureField, const DkimSignature &sig)
{
    const auto &fields = message.fields();
    // Fields of each name, top to bottom; taking from the back is the bottom-up selection.
    // One pass builds it, so a hostile h= with thousands of names stays linear.
    QHash<QByteArray, QList<int>> unused;
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).colon >= 0)
            unused[fields.at(i).name.toLower()].append(i);
    }
    QByteArray data;
    for (const QByteArray &name : sig.signedHeaders) {
        auto it = unused.find(name);
        if (it == unused.end() || it->isEmpty())
            continue;
        data += DkimCanonicalizer::header(sig.headerCanonicalization, fields.at(it->takeLast()).raw);
    }
    QByteArray self = DkimCanonicalizer::header(sig.headerCanonicalization,
                                                DkimCanonicalizer::withoutSignatureValue(fields.at(signatureField).raw));
    self.chop(2); // 3.7: the signature field is hashed without its trailing CRLF
    return data + self;
}

bool checkSignatureValue(DkimVerification &v, const DkimRawMessage &message, int fieldIndex)
{
    const DkimKeyRecord &key = *v.key;
    const QByteArray data = signedHeaderData(message, fieldIndex, v.signature);
    if (!DkimCrypto::verify(key.keyType, key.keyData, v.signature.hash, data, v.signature.signature)) {
        return verdict(v, DkimResult::Fail, QStringLiteral("signature_mismatch"),
                       QStringLiteral("the b= signature does not verify with the published key"));
    }
    return true;
}

} // namespace

QString dkimResultName(DkimResult result)
{
    switch (result) {
    case DkimResult::None: return QStringLiteral("none");
    case DkimResult::Pass: return QStringLiteral("pass");
    case DkimResult::Fail: return QStringLiteral("fail");
    case DkimResult::PermError: return QStringLiteral("permerror");
    case DkimResult::TempError: return QStringLiteral("temperror");
    }
    return QStringLiteral("none");
}

DkimVerifier::DkimVerifier(Dns::Resolver &resolver)
    : m_resolver(resolver)
{
}

QList<DkimVerification> DkimVerifier::verify(const QByteArray &rawMessage, const DkimVerifyOptions &options)
{
    return verify(DkimRawMessage::fromBytes(rawMessage), options);
}

QList<DkimVerification> DkimVerifier::verify(const DkimRawMessage &message, const DkimVerifyOptions &options)
{
    QList<DkimVerification> results;
    const QList<int> fields = message.fieldIndexes("dkim-signature");
    for (int i = 0; i < fields.size(); ++i) {
        DkimVerification v;
        if (i < options.maxSignatures) {
            v = verifyField(message, fields.at(i), options);
        } else {
            v.signature = DkimSignature::parse(DkimRawMessage::fieldValue(message.fields().at(fields.at(i))));
            verdict(v, DkimResult::PermError, QStringLiteral("too_many_signatures"),
                    QStringLiteral("not verified: more than %1 signatures").arg(options.maxSignatures));
        }
        v.index = i;
        results.append(v);
    }
    return results;
}

DkimVerification DkimVerifier::verifyField(const DkimRawMessage &message, int fieldIndex, const DkimVerifyOptions &options)
{
    DkimVerification v;
    v.signature = DkimSignature::parse(DkimRawMessage::fieldValue(message.fields().at(fieldIndex)));
    if (!checkSignature(v, options) || !lookupKey(v) || !selectKey(v) || !checkBodyHash(v, message)
        || !checkSignatureValue(v, message, fieldIndex))
        return v;
    v.testingKey = v.key->testing;
    const qsizetype fromCount = message.fieldIndexes("from").size();
    if (fromCount != 1) {
        // RFC 6376 8.15 / RFC 5322 3.6: a message needs exactly one From field; an unsigned
        // extra From would be shown to the reader, so this is no pass.
        verdict(v, DkimResult::Fail, QStringLiteral("multiple_from"),
                QStringLiteral("the message has %1 From fields instead of one").arg(fromCount));
        return v;
    }
    QString reason;
    if (v.partialBody)
        reason = QStringLiteral("l_tag_partial_body");
    else if (v.testingKey)
        reason = QStringLiteral("key_testing");
    else if (v.keyRecords.size() > 1)
        reason = QStringLiteral("key_multiple_records");
    verdict(v, DkimResult::Pass, reason, QStringLiteral("signature verified"));
    return v;
}

bool DkimVerifier::lookupKey(DkimVerification &v)
{
    v.keyQuery = v.signature.keyQueryName();
    const Dns::Answer answer = m_resolver.query(v.keyQuery, Dns::RrType::TXT);
    v.keyOutcome = answer.outcome;
    if (answer.isUnknown()) {
        const bool timeout = answer.outcome == Dns::Outcome::Timeout;
        return verdict(v, DkimResult::TempError, timeout ? QStringLiteral("dns_timeout") : QStringLiteral("dns_error"),
                       QStringLiteral("key lookup %1 TXT failed: %2").arg(v.keyQuery, Dns::outcomeName(answer.outcome)));
    }
    for (const Dns::Record &record : answer.records) {
        if (record.type == Dns::RrType::TXT)
            v.keyRecords.append(record.txt);
    }
    if (v.keyRecords.isEmpty()) {
        return verdict(v, DkimResult::PermError, QStringLiteral("key_missing"),
                       QStringLiteral("no key at %1 TXT (%2)").arg(v.keyQuery, Dns::outcomeName(answer.outcome)));
    }
    return true;
}

// Several TXT records at one selector are undefined behaviour (RFC 6376 3.6.2.2): use the
// first one that is acceptable for this signature, else report why the first one is not.
bool DkimVerifier::selectKey(DkimVerification &v)
{
    std::optional<DkimVerification> firstRejection;
    for (const QByteArray &text : v.keyRecords) {
        DkimVerification attempt = v;
        attempt.key = DkimKeyRecord::parse(text);
        if (checkKey(attempt, *attempt.key)) {
            v = attempt;
            return true;
        }
        if (!firstRejection)
            firstRejection = attempt;
    }
    v = *firstRejection;
    return false;
}

Findings DkimVerifier::findings(const QList<DkimVerification> &verifications)
{
    Findings all;
    for (const DkimVerification &v : verifications)
        all += DkimFindingFactory::forVerification(v);
    return all;
}

} // namespace Auth
