// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimRules.h"

#include <algorithm>

#include "CheckRules.h"
#include "DmarcReadings.h"
#include "RuleHelpers.h"
#include "auth/common/PublicSuffix.h"

namespace Diagnosis {

using H = RuleHelpers;

namespace {

const QString kDkim = QStringLiteral("cause.dkim-missing-or-failing");

// A phrase that stands on its own (after a colon); translated where it is shown
// (Text::translateArg), English in the JSON.
QString keyStateName(DkimRules::KeyState s)
{
    using S = DkimRules::KeyState;
    switch (s) {
    case S::Usable: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key usable"));
    case S::Weak: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key under 2048 bits"));
    case S::Testing: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key in testing mode (t=y)"));
    case S::Missing: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "no key published"));
    case S::Revoked: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key revoked (empty p=)"));
    case S::Invalid: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key record unusable"));
    case S::TooWeak: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key under 1024 bits"));
    case S::Unknown: return QString::fromLatin1(QT_TRANSLATE_NOOP("Diagnosis", "key lookup failed"));
    }
    return QString();
}

// One sentence per key state, naming the key's DNS name (RFC 6376 3.6.1, RFC 8301 3.2).
Text keyText(DkimRules::KeyState s, const QString &query, int bits)
{
    using S = DkimRules::KeyState;
    switch (s) {
    case S::Usable: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key at %1 is published and usable today (%2 bits)."), {query, QString::number(bits)});
    case S::Weak: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key at %1 has only %2 bits; some receivers distrust keys under 2048 bits (RFC 8301 3.2)."), {query, QString::number(bits)});
    case S::Testing: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key at %1 is in testing mode (t=y): receivers treat the mail as unsigned (RFC 6376 3.6.1)."), {query});
    case S::Missing: return Text(QT_TRANSLATE_NOOP("Diagnosis", "No DKIM key is published at %1 today: the signature cannot verify (RFC 6376 6.1.2)."), {query});
    case S::Revoked: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key at %1 is revoked (empty p=): the signature cannot verify (RFC 6376 3.6.1)."), {query});
    case S::Invalid: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key record at %1 is not usable for this signature (RFC 6376 3.6.1)."), {query});
    case S::TooWeak: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key at %1 has only %2 bits; verifiers must reject keys under 1024 bits (RFC 8301 3.2)."), {query, QString::number(bits)});
    case S::Unknown: return Text(QT_TRANSLATE_NOOP("Diagnosis", "The DKIM key at %1 could not be looked up: unknown, not proof."), {query});
    }
    return Text();
}

Evidence keyEvidence(const LiveCheckResults &checks, const QString &query, const QString &outcome, const QString &record,
                     DkimRules::KeyState state, int bits)
{
    return H::checkEvidence(QStringLiteral("TXT ") + query, checks.dnsServer, outcome, record, keyText(state, query, bits));
}

Evidence verificationKeyEvidence(const LiveCheckResults &checks, const Auth::DkimVerification &v)
{
    const QString outcome = v.keyOutcome ? Dns::outcomeName(*v.keyOutcome) : QString();
    const QString record = v.key ? QString::fromLatin1(v.key->text) : QString();
    return keyEvidence(checks, v.keyQuery, outcome, record, DkimRules::keyState(v), v.key ? v.key->keyBits : 0);
}

void addKeyFix(Cause &c, const QString &query)
{
    // The key itself is only known to the signing server: the record is described, not given.
    c.fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Publish the public key of this selector again as a TXT record at %1 (\"v=DKIM1; k=rsa; p=\" followed by the base64 key your mail server or provider shows), or make the server sign with a selector whose key is published (RFC 6376 3.6.2)."), {query}),
                         std::nullopt});
}

// The signatures that matter for DMARC (aligned with From); all of them when none is.
QList<const Auth::DkimVerification *> relevant(const BounceFacts &facts, const LiveCheckResults &checks,
                                               const Auth::PublicSuffix &psl)
{
    QList<const Auth::DkimVerification *> aligned, all;
    for (const Auth::DkimVerification &v : checks.dkim) {
        all.append(&v);
        if (DmarcReadings::alignedWithFrom(facts, checks, v.signature.domain, psl))
            aligned.append(&v);
    }
    return aligned.isEmpty() ? all : aligned;
}

// The signature verifies today with a usable key.
void verifiedToday(const LiveCheckResults &checks, const Auth::DkimVerification &v, const RemoteVerdict *remote,
                   CauseSet &causes)
{
    Cause *c = causes.find(kDkim);
    if (!c)
        return;
    causes.set(kDkim, std::min(c->confidence, 0.2),
               Text(QT_TRANSLATE_NOOP("Diagnosis", "The aligned DKIM signature d=%1 s=%2 of the returned message verifies today."),
                    {v.signature.domain, v.signature.selector}));
    addEvidence(*c, H::checkEvidence(QStringLiteral("TXT ") + v.keyQuery, checks.dnsServer, QStringLiteral("pass"),
                                     v.key ? QString::fromLatin1(v.key->text) : QString(),
                                     Text(QT_TRANSLATE_NOOP("Diagnosis", "DKIM signature d=%1 s=%2 of the returned message: pass with today's key."),
                                          {v.signature.domain, v.signature.selector})));
    c->thenVsNow.append(H::compare("dkim", remote, Text::verbatim(QStringLiteral("pass")), false, false));
}

// The key itself is gone or unusable: no copy of the message can verify, returned or not.
void keyBroken(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::DkimVerification &v,
               const RemoteVerdict *remote, CauseSet &causes)
{
    const DkimRules::KeyState state = DkimRules::keyState(v);
    const double alone = CheckRules::authRelated(facts, causes) ? 0.75 : 0.3;
    Cause &c = causes.add(kDkim, H::confirmed(causes, kDkim, remote, alone),
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "The key of the DKIM signature d=%1 s=%2: %3."),
                               {v.signature.domain, v.signature.selector, keyStateName(state)})
                              .translateArg(3));
    addEvidence(c, verificationKeyEvidence(checks, v));
    c.thenVsNow.append(H::compare("dkim", remote, Text("%1: %2", {Auth::dkimResultName(v.result), keyStateName(state)}).translateArg(2), true, false));
    addKeyFix(c, v.keyQuery);
}

// Only the body hash fails and the key is fine: the copy that came back may not be the message
// that was sent (re-encoded, line ends changed, cut), so this proves little (RFC 6376 5.3).
void bodyHashOnly(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::DkimVerification &v,
                  const RemoteVerdict *remote, CauseSet &causes)
{
    const Text why(QT_TRANSLATE_NOOP("Diagnosis", "Only the body hash of the returned copy fails; the bounce may have altered or cut the copy, so this is weak evidence."));
    if (causes.contains(kDkim))
        causes.scale(kDkim, 0.8, why);
    else if (CheckRules::authRelated(facts, causes))
        causes.add(kDkim, 0.35, why);
    Cause *c = causes.find(kDkim);
    if (!c)
        return;
    addEvidence(*c, H::checkEvidence(QStringLiteral("TXT ") + v.keyQuery, checks.dnsServer, Auth::dkimResultName(v.result),
                                     v.detail,
                                     Text(QT_TRANSLATE_NOOP("Diagnosis", "DKIM signature d=%1 s=%2: the body of the returned copy does not match bh=; the returned copy may differ from the message as sent (bounces may re-encode or truncate it)."),
                                          {v.signature.domain, v.signature.selector})));
    addEvidence(*c, verificationKeyEvidence(checks, v));
    c->thenVsNow.append(H::compare("dkim", remote, Text(QT_TRANSLATE_NOOP("Diagnosis", "body hash mismatch on the returned copy")), false, true));
}

void otherFailure(const BounceFacts &facts, const LiveCheckResults &checks,
                  const QList<const Auth::DkimVerification *> &list, const RemoteVerdict *remote, CauseSet &causes)
{
    const double alone = CheckRules::authRelated(facts, causes) ? 0.6 : 0.2;
    Cause &c = causes.add(kDkim, H::confirmed(causes, kDkim, remote, alone),
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "No DKIM signature aligned with %1 verifies today."), {facts.fromDomain}));
    for (const Auth::DkimVerification *v : list) {
        const QString result = Auth::dkimResultName(v->result);
        addEvidence(c, H::checkEvidence(QStringLiteral("TXT ") + v->keyQuery, checks.dnsServer, result, v->detail,
                                        Text(QT_TRANSLATE_NOOP("Diagnosis", "DKIM signature d=%1 s=%2 of the returned message: %3 %4"),
                                             {v->signature.domain, v->signature.selector, result, v->reason})));
    }
    c.thenVsNow.append(H::compare("dkim", remote, Text::verbatim(QStringLiteral("fail")), true, false));
}

} // namespace

DkimRules::KeyState DkimRules::keyState(const Auth::DkimVerification &v)
{
    const QString &r = v.reason;
    if (v.result == Auth::DkimResult::TempError)
        return KeyState::Unknown;
    if (r == QLatin1String("key_missing"))
        return KeyState::Missing;
    if (r == QLatin1String("key_revoked"))
        return KeyState::Revoked;
    if (r == QLatin1String("key_too_small"))
        return KeyState::TooWeak;
    if (r.startsWith(QLatin1String("key_")) && r != QLatin1String("key_testing") && r != QLatin1String("key_multiple_records"))
        return KeyState::Invalid;
    if (v.testingKey || (v.key && v.key->testing))
        return KeyState::Testing;
    if (v.key && v.key->keyType == Auth::DkimKeyType::Rsa && v.key->keyBits > 0 && v.key->keyBits < 2048)
        return KeyState::Weak;
    return KeyState::Usable;
}

DkimRules::KeyState DkimRules::keyState(const Auth::DkimKeyCheck &k)
{
    Dns::Answer outcome;
    outcome.outcome = k.outcome;
    if (outcome.isUnknown())
        return KeyState::Unknown;
    if (!k.found() || !k.key)
        return KeyState::Missing;
    const Auth::DkimKeyRecord &key = *k.key;
    if (key.revoked)
        return KeyState::Revoked;
    if (key.problem != Auth::DkimKeyRecord::Problem::None || !key.allowsEmailService())
        return KeyState::Invalid;
    if (key.keyType == Auth::DkimKeyType::Rsa && key.keyBits < 1024)
        return KeyState::TooWeak;
    if (key.testing)
        return KeyState::Testing;
    if (key.keyType == Auth::DkimKeyType::Rsa && key.keyBits < 2048)
        return KeyState::Weak;
    return KeyState::Usable;
}

bool DkimRules::keyBreaksSignature(KeyState state)
{
    return state == KeyState::Missing || state == KeyState::Revoked || state == KeyState::Invalid
        || state == KeyState::TooWeak;
}

void DkimRules::applyVerification(const BounceFacts &facts, const LiveCheckResults &checks,
                                  const Auth::PublicSuffix &psl, CauseSet &causes)
{
    const RemoteVerdict *remote = facts.remote(QStringLiteral("dkim"));
    const QList<const Auth::DkimVerification *> list = relevant(facts, checks, psl);
    const Auth::DkimVerification *pass = nullptr, *broken = nullptr, *bodyHash = nullptr;
    bool allUnknown = !list.isEmpty();
    for (const Auth::DkimVerification *v : list) {
        const KeyState state = keyState(*v);
        if (v->result == Auth::DkimResult::Pass && state != KeyState::Testing && DmarcReadings::alignedWithFrom(facts, checks, v->signature.domain, psl))
            pass = pass ? pass : v;
        if (keyBreaksSignature(state))
            broken = broken ? broken : v;
        if (v->reason == QLatin1String("body_hash_mismatch"))
            bodyHash = bodyHash ? bodyHash : v;
        allUnknown &= state == KeyState::Unknown;
    }
    if (pass)
        verifiedToday(checks, *pass, remote, causes);
    else if (allUnknown)
        causes.scale(kDkim, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "The DNS did not answer the DKIM key lookup: unknown, not proof.")));
    else if (broken)
        keyBroken(facts, checks, *broken, remote, causes);
    else if (bodyHash && list.size() == 1)
        bodyHashOnly(facts, checks, *bodyHash, remote, causes);
    else
        otherFailure(facts, checks, list, remote, causes);
}

void DkimRules::applyKeys(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                          CauseSet &causes)
{
    if (!checks.dkimKeys)
        return;
    const RemoteVerdict *remote = facts.remote(QStringLiteral("dkim"));
    for (const Auth::DkimKeyCheck &k : checks.dkimKeys->keys) {
        if (k.source != Auth::DkimSelectorSource::Signature)
            continue;
        const KeyState state = keyState(k);
        const Evidence e = keyEvidence(checks, k.query, Dns::outcomeName(k.outcome),
                                       k.key ? QString::fromLatin1(k.key->text) : QString(), state, k.key ? k.key->keyBits : 0);
        if (state == KeyState::Unknown) {
            causes.scale(kDkim, H::kUnknownFactor, Text(QT_TRANSLATE_NOOP("Diagnosis", "The DNS did not answer the DKIM key lookup: unknown, not proof.")));
            if (Cause *c = causes.find(kDkim)) {
                addEvidence(*c, e);
                c->thenVsNow.append(H::compare("dkim", remote, Text::verbatim(keyStateName(state)).translateArg(1), false, true));
            }
        } else if (keyBreaksSignature(state) || state == KeyState::Testing) {
            // A testing key makes the signature count as none (RFC 6376 3.6.1): likely, less certain.
            // It explains a "dkim=fail" the remote reported, so that verdict confirms it.
            const bool broken = keyBreaksSignature(state);
            const double alone = CheckRules::authRelated(facts, causes) ? (broken ? 0.75 : 0.55) : (broken ? 0.3 : 0.2);
            double confidence = H::confirmed(causes, kDkim, remote, alone);
            confidence = broken ? confidence : std::min(confidence, 0.85);
            // RFC 7489 3.1.1: DMARC counts only signatures aligned with From; another's matters less.
            const QString domain = k.query.section(QStringLiteral("._domainkey."), 1);
            if (!DmarcReadings::alignedWithFrom(facts, checks, domain, psl))
                confidence = std::min(confidence, 0.3);
            Cause &c = causes.add(kDkim, confidence,
                                  Text(QT_TRANSLATE_NOOP("Diagnosis", "The key of the returned DKIM-Signature (%1): %2."), {k.query, keyStateName(state)}).translateArg(2));
            addEvidence(c, e);
            c.thenVsNow.append(H::compare("dkim", remote, Text::verbatim(keyStateName(state)).translateArg(1), true, false));
            if (broken)
                addKeyFix(c, k.query);
        } else if (Cause *c = causes.find(kDkim)) {
            // Usable (or merely weak) key: the signature may still have failed, which only the whole
            // message could show.
            c->why.append(Text(QT_TRANSLATE_NOOP("Diagnosis", "Only the headers came back: the key is fine today, whether the signature verified cannot be checked.")));
            addEvidence(*c, e);
            c->thenVsNow.append(H::compare("dkim", remote, Text::verbatim(keyStateName(state)).translateArg(1), false, true));
        }
    }
}

void DkimRules::applyUnsigned(const BounceFacts &facts, CauseSet &causes)
{
    // RFC 6376 / RFC 7489 4: without a signature DMARC rests on SPF alone.
    Evidence e = facts.fromEvidence;
    e.field = QStringLiteral("DKIM-Signature");
    e.value.clear();
    e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The returned message carries no DKIM-Signature."));
    const RemoteVerdict *remote = facts.remote(QStringLiteral("dkim"));
    Cause &c = causes.add(kDkim, remote && remote->failed() ? 0.85 : 0.65,
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "The message was not signed with DKIM.")));
    addEvidence(c, e);
    c.thenVsNow.append(H::compare("dkim", remote, Text(QT_TRANSLATE_NOOP("Diagnosis", "no signature")), true, false));
}

void DkimRules::apply(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl,
                      CauseSet &causes)
{
    if (checks.dkimVerified)
        applyVerification(facts, checks, psl, causes);
    else if (checks.dkimKeys)
        applyKeys(facts, checks, psl, causes);
    else if (facts.originalPresent && facts.dkimDomains.isEmpty() && CheckRules::authRelated(facts, causes))
        applyUnsigned(facts, causes);
    Cause *c = causes.find(kDkim);
    if (!c || facts.fromDomain.isEmpty())
        return;
    c->fix.append(FixStep{Text(QT_TRANSLATE_NOOP("Diagnosis", "Sign outgoing mail with DKIM for d=%1 (or a subdomain of it) and publish the public key at <selector>._domainkey.%1 (RFC 6376 3.6.2)."),
                               {facts.fromDomain}), std::nullopt});
}

} // namespace Diagnosis
