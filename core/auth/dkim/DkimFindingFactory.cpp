// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimFindingFactory.h"

#include <algorithm>

#include "DkimTagList.h"
#include "DkimVerifier.h"

namespace Auth {

namespace {

Finding make(const char *id, Severity severity, const QString &message, const QString &evidence, const QString &fix = {})
{
    return Finding{QString::fromLatin1(id), severity, message, evidence, fix};
}

QString keyTypeLabel(const DkimKeyRecord &key)
{
    return QString::fromLatin1(key.keyTypeName);
}

// The record with t=y dropped, so the fix is the exact record to publish.
QString withoutTestingFlag(const QByteArray &record)
{
    const DkimTagList tags = DkimTagList::parse(record);
    QStringList parts;
    for (const DkimTagList::Tag &tag : tags.tags()) {
        QByteArray value = tag.value;
        if (tag.name == "t") {
            QList<QByteArray> flags = DkimTagList::splitColonList(value);
            flags.removeAll("y");
            flags.removeAll("Y");
            if (flags.isEmpty())
                continue;
            value = flags.join(':');
        }
        parts << QString::fromLatin1(tag.name + '=' + value);
    }
    return parts.join(QStringLiteral("; "));
}

QString signatureEvidence(const DkimVerification &v)
{
    const DkimSignature &sig = v.signature;
    QString text = QStringLiteral("DKIM-Signature #%1 d=%2 s=%3 a=%4: %5 (%6)")
                       .arg(v.index + 1)
                       .arg(sig.domain, sig.selector, QString::fromLatin1(sig.algorithmName), dkimResultName(v.result),
                            v.reason.isEmpty() ? QStringLiteral("ok") : v.reason);
    if (!v.detail.isEmpty())
        text += QStringLiteral("; ") + v.detail;
    if (v.key)
        text += QStringLiteral("; ") + DkimFindingFactory::txtEvidence(v.keyQuery, v.key->text);
    return text;
}

} // namespace

QString DkimFindingFactory::txtEvidence(const QString &query, const QByteArray &record)
{
    return QStringLiteral("TXT %1: \"%2\"").arg(query, QString::fromLatin1(record));
}

Finding DkimFindingFactory::keyMissing(const QString &query, Dns::Outcome outcome)
{
    return make("dkim.key-missing", Severity::Error,
                tr("No DKIM key is published at %1.").arg(query),
                QStringLiteral("TXT %1: %2").arg(query, Dns::outcomeName(outcome)),
                tr("Publish the public key of this selector as a TXT record at %1, for example "
                   "\"v=DKIM1; k=rsa; p=<base64 public key>\", or make the mail server sign with a "
                   "selector that is published.").arg(query));
}

Finding DkimFindingFactory::dnsUnknown(const QString &query, Dns::Outcome outcome)
{
    return make("dkim.dns-error", Severity::Unknown,
                tr("The DKIM key at %1 could not be looked up (%2); its state is unknown.")
                    .arg(query, Dns::outcomeName(outcome)),
                QStringLiteral("TXT %1: %2").arg(query, Dns::outcomeName(outcome)),
                tr("Retry later or with another DNS server; if it persists, check the domain's name servers."));
}

Finding DkimFindingFactory::multipleKeys(const QString &query, int count)
{
    return make("dkim.multiple-keys", Severity::Warning,
                tr("%1 TXT records are published at %2; verifiers may pick any of them.").arg(count).arg(query),
                QStringLiteral("TXT %1: %2 records").arg(query).arg(count),
                tr("Keep exactly one DKIM key record per selector; use a new selector for a new key."));
}

Finding DkimFindingFactory::noSelectorFound(const QString &domain, int tried)
{
    return make("dkim.no-selector-found", Severity::Info,
                tr("No DKIM key was found for %1 at %2 common selectors; it may use another selector.").arg(domain).arg(tried),
                QStringLiteral("TXT <selector>._domainkey.%1: none of %2 common selectors").arg(domain).arg(tried),
                tr("Give the selector from a DKIM-Signature of a sent message (the s= tag) to check its key."));
}

// Weak RSA size (RFC 8301 3.2), testing mode and service restriction of a readable key.
Findings DkimFindingFactory::keyQualityFindings(const QString &query, const DkimKeyRecord &key, const QString &evidence)
{
    Findings findings;
    const QString weakFix = tr("Generate a 2048-bit RSA key, publish it under a new selector as "
                               "\"v=DKIM1; k=rsa; p=<base64 public key>\" and switch signing to that selector.");
    if (key.keyType == DkimKeyType::Rsa && key.keyBits < 1024) {
        findings << make("dkim.weak-key", Severity::Error,
                         tr("The RSA key at %1 has only %2 bits; verifiers must reject keys under 1024 bits (RFC 8301).")
                             .arg(query).arg(key.keyBits), evidence, weakFix);
    } else if (key.keyType == DkimKeyType::Rsa && key.keyBits < 2048) {
        findings << make("dkim.weak-key", Severity::Warning,
                         tr("The RSA key at %1 has %2 bits; 2048 bits are recommended (RFC 8301).").arg(query).arg(key.keyBits),
                         evidence, weakFix);
    }
    if (key.testing) {
        Finding testing = make("dkim.testing", Severity::Warning,
                               tr("The DKIM key at %1 is in testing mode (t=y): receivers may treat signed mail as unsigned.").arg(query),
                               evidence, tr("Once signing works, replace the record with the same key without t=y:"));
        if (const auto record = Dns::ZoneRecord::txt(query, withoutTestingFlag(key.text)))
            testing.records.append(*record);
        findings << testing;
    }
    if (!key.allowsEmailService()) {
        findings << make("dkim.key-unsuitable", Severity::Error,
                         tr("The DKIM key at %1 is restricted to other services (s=) and cannot verify email.").arg(query),
                         evidence, tr("Remove the s= tag from the record at %1 or set s=email.").arg(query));
    }
    return findings;
}

Findings DkimFindingFactory::forKey(const QString &query, const DkimKeyRecord &key, bool inUse)
{
    const QString evidence = txtEvidence(query, key.text);
    if (key.revoked) {
        return {make("dkim.key-revoked", inUse ? Severity::Error : Severity::Warning,
                     tr("The DKIM key at %1 is revoked (empty p=); signatures with this selector fail.").arg(query),
                     evidence,
                     tr("If this selector still signs mail, publish its public key again at %1, or switch "
                        "signing to a selector with a published key.").arg(query))};
    }
    if (key.problem != DkimKeyRecord::Problem::None) {
        return {make("dkim.key-syntax", Severity::Error,
                     tr("The DKIM key record at %1 is invalid: %2.").arg(query, key.problemDetail), evidence,
                     tr("Publish a valid record at %1 such as \"v=DKIM1; k=rsa; p=<base64 public key>\" "
                        "(v= first if present, p= the base64 of the public key, no other text).").arg(query))};
    }
    Findings findings = keyQualityFindings(query, key, evidence);
    if (findings.isEmpty()) {
        findings << make("dkim.key-ok", Severity::Ok,
                         tr("DKIM key at %1: %2, %3 bits.").arg(query, keyTypeLabel(key)).arg(key.keyBits), evidence);
    }
    return findings;
}

Findings DkimFindingFactory::forVerification(const DkimVerification &v)
{
    const QString evidence = signatureEvidence(v);
    const QString who = QStringLiteral("d=%1 s=%2").arg(v.signature.domain, v.signature.selector);
    Findings findings;
    if (v.result == DkimResult::Pass) {
        findings << make("dkim.pass", Severity::Ok, tr("The DKIM signature %1 verifies.").arg(who), evidence);
        if (v.partialBody) {
            findings << make("dkim.partial-body", Severity::Warning,
                             tr("The DKIM signature %1 covers only part of the body (l=); anything appended is unsigned.").arg(who),
                             evidence, tr("Stop using the l= tag when signing (RFC 6376 8.2)."));
        }
        if (v.keyRecords.size() > 1)
            findings << multipleKeys(v.keyQuery, int(v.keyRecords.size()));
        // A passing key can still be weak (1024-2047 bits) or in testing mode: say so.
        Findings keyNotes = v.key ? forKey(v.keyQuery, *v.key, true) : Findings();
        keyNotes.erase(std::remove_if(keyNotes.begin(), keyNotes.end(),
                                      [](const Finding &f) { return f.id == QLatin1String("dkim.key-ok"); }),
                       keyNotes.end());
        return findings + keyNotes;
    }
    if (v.result == DkimResult::TempError)
        return {dnsUnknown(v.keyQuery, v.keyOutcome.value_or(Dns::Outcome::Error))};
    if (v.reason == QLatin1String("key_missing"))
        return {keyMissing(v.keyQuery, v.keyOutcome.value_or(Dns::Outcome::NxDomain))};
    if (v.key && (v.reason == QLatin1String("key_revoked") || v.reason == QLatin1String("key_syntax")
                  || v.reason == QLatin1String("key_too_small")))
        return forKey(v.keyQuery, *v.key, true).mid(0, 1); // the revoked / syntax / weak finding
    if (v.reason == QLatin1String("body_hash_mismatch")) {
        return {make("dkim.body-hash-mismatch", Severity::Error,
                     tr("The body of the message was changed after it was signed (%1).").arg(who), evidence,
                     tr("Look for a footer, disclaimer or re-encoding added after signing (mailing list, gateway, "
                        "antivirus); sign after such changes, or use c=relaxed/relaxed if only whitespace changes."))};
    }
    return {make("dkim.signature-fail", Severity::Error,
                 tr("The DKIM signature %1 does not verify: %2.").arg(who, v.detail), evidence,
                 tr("Sign with rsa-sha256 or ed25519-sha256 and a key of at least 2048 bits, include From in h=, "
                    "and make sure nothing rewrites signed headers after signing and the published key matches."))};
}

} // namespace Auth
