// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRules.h"

#include <algorithm>
#include <vector>

#include <QRegularExpression>

#include "ReplyExcerpt.h"
#include "codes/ProviderCatalog.h"

namespace Diagnosis {

namespace {

using Codes::Reason;

// Reason (Sisimai vocabulary, docs/REASONS.md) -> cause. RFC 3463 3.x gives the meaning of
// the codes behind each reason.
struct ReasonRule
{
    Reason reason;
    const char *cause;
    double confidence;
};

const std::vector<ReasonRule> &reasonRules()
{
    static const std::vector<ReasonRule> rules{
        {Reason::UserUnknown, "cause.recipient-unknown", 0.85},        // RFC 3463 3.2 X.1.1
        {Reason::HasMoved, "cause.recipient-unknown", 0.6},            // X.1.6 mailbox has moved
        {Reason::HostUnknown, "cause.recipient-domain-no-mail", 0.8},  // X.1.2 bad destination system
        {Reason::NotAccept, "cause.recipient-domain-no-mail", 0.75},   // RFC 7505 null MX, 5.1.10
        {Reason::MailboxFull, "cause.mailbox-full", 0.85},             // X.2.2 mailbox full
        {Reason::Suspend, "cause.mailbox-disabled", 0.8},              // X.2.1 mailbox disabled
        {Reason::AuthFailure, "cause.spf-not-authorized", 0.45},       // RFC 7372 X.7.20-X.7.27 auth codes
        {Reason::AuthFailure, "cause.dkim-missing-or-failing", 0.4},
        {Reason::AuthFailure, "cause.dmarc-policy-reject", 0.4},
        {Reason::RequirePtr, "cause.no-ptr", 0.8},                     // RFC 7372 X.7.25 reverse DNS
        {Reason::Blocked, "cause.blocklisted", 0.6},                   // RFC 3463 X.7.1 by IP
        {Reason::BadReputation, "cause.reputation-or-rate-limit", 0.7},
        {Reason::Speeding, "cause.reputation-or-rate-limit", 0.75},    // rate limits (X.7.0 / 4.7.28)
        {Reason::TooManyConn, "cause.reputation-or-rate-limit", 0.7},  // RFC 3463 X.4.5 congestion
        {Reason::MesgTooBig, "cause.message-too-large", 0.85},         // X.3.4 / X.2.3
        {Reason::ExceedLimit, "cause.message-too-large", 0.8},         // X.2.3 per-mailbox size limit
        {Reason::SpamDetected, "cause.content-rejected", 0.75},        // X.7.1 content
        {Reason::VirusDetected, "cause.content-rejected", 0.8},
        {Reason::ContentError, "cause.content-rejected", 0.6},         // X.6.x media
        {Reason::NotCompliantRfc, "cause.content-rejected", 0.5},      // RFC 5322 violations
        {Reason::NoRelaying, "cause.relay-denied", 0.85},              // X.7.1 / RFC 5321 3.6.2
        {Reason::PolicyViolation, "cause.recipient-policy", 0.6},
        {Reason::Filtered, "cause.recipient-policy", 0.45},
        {Reason::Rejected, "cause.recipient-policy", 0.35},            // envelope sender refused
        {Reason::FailedStartTls, "cause.tls-required", 0.85},          // RFC 3207, X.7.10
        {Reason::Expired, "cause.temporary", 0.55},                    // X.4.7 delivery time expired
        {Reason::NetworkError, "cause.temporary", 0.55},               // X.4.x
        {Reason::SystemError, "cause.temporary", 0.5},                 // X.3.x
        {Reason::SystemFull, "cause.temporary", 0.55},                 // X.3.1
    };
    return rules;
}

// Enhanced status code -> cause, optionally only for one provider (provider rows are checked
// first: Microsoft's 5.1.10 means "recipient not found", RFC 7505's 5.1.10 means null MX).
struct StatusRule
{
    const char *status;
    const char *provider; // nullptr: any
    const char *cause;
    double confidence;
};

const std::vector<StatusRule> &statusRules()
{
    static const std::vector<StatusRule> rules{
        // Gmail (support.google.com/mail/answer/81126, /3726730): 5.7.26 = unauthenticated
        // (neither SPF nor DKIM passes, or DMARC fails), 5.7.27 = SPF did not pass, 5.7.25 = PTR.
        {"5.7.26", "gmail", "cause.spf-not-authorized", 0.55},
        {"5.7.26", "gmail", "cause.dkim-missing-or-failing", 0.5},
        {"5.7.27", "gmail", "cause.spf-not-authorized", 0.8},
        {"4.7.28", "gmail", "cause.reputation-or-rate-limit", 0.8},
        {"4.7.0", "gmail", "cause.reputation-or-rate-limit", 0.5},
        {"4.2.1", "gmail", "cause.temporary", 0.7},
        // Microsoft 365 (learn.microsoft.com, "Email non-delivery reports in Exchange Online").
        {"5.7.509", "microsoft", "cause.dmarc-policy-reject", 0.85},
        {"5.7.23", "microsoft", "cause.spf-not-authorized", 0.85},
        {"5.1.10", "microsoft", "cause.recipient-unknown", 0.85},
        {"5.4.1", "microsoft", "cause.recipient-unknown", 0.7},       // DBEB "Access denied"
        {"5.7.133", "microsoft", "cause.recipient-policy", 0.85},     // group accepts only members
        {"5.7.134", "microsoft", "cause.recipient-policy", 0.85},
        {"5.7.135", "microsoft", "cause.recipient-policy", 0.85},
        {"5.7.136", "microsoft", "cause.recipient-policy", 0.85},
        {"5.7.129", "microsoft", "cause.recipient-policy", 0.8},
        {"5.7.606", "microsoft", "cause.blocklisted", 0.85},          // banned sending IP
        {"5.7.708", "microsoft", "cause.reputation-or-rate-limit", 0.8},
        {"5.7.750", "microsoft", "cause.reputation-or-rate-limit", 0.8},
        // Generic enhanced codes (RFC 3463, RFC 7372, RFC 7505, IANA SMTP enhanced status registry).
        {"5.7.25", nullptr, "cause.no-ptr", 0.85},                    // RFC 7372 3.5 reverse DNS validation failed
        {"5.7.23", nullptr, "cause.spf-not-authorized", 0.8},         // RFC 7372 3.3 SPF validation failed
        {"5.7.24", nullptr, "cause.spf-broken", 0.75},                // RFC 7372 3.4 SPF validation error
        {"5.7.20", nullptr, "cause.dkim-missing-or-failing", 0.75},   // RFC 7372 3.1 no passing DKIM signature
        {"5.7.21", nullptr, "cause.dkim-missing-or-failing", 0.7},
        {"5.7.22", nullptr, "cause.dkim-missing-or-failing", 0.7},
        {"5.1.10", nullptr, "cause.recipient-domain-no-mail", 0.85},  // RFC 7505 3.2 recipient has null MX
        {"5.1.1", nullptr, "cause.recipient-unknown", 0.85},          // RFC 3463 3.2
        {"5.1.2", nullptr, "cause.recipient-domain-no-mail", 0.7},
        {"5.2.1", nullptr, "cause.mailbox-disabled", 0.75},
        {"5.2.2", nullptr, "cause.mailbox-full", 0.8},
        {"4.2.2", nullptr, "cause.mailbox-full", 0.8},
        {"5.2.3", nullptr, "cause.message-too-large", 0.8},
        {"5.3.4", nullptr, "cause.message-too-large", 0.85},
        {"5.7.10", nullptr, "cause.tls-required", 0.85},              // IANA registry: encryption needed
        {"5.7.11", nullptr, "cause.tls-required", 0.8},
    };
    return rules;
}

// Wording -> cause (lower-case regular expressions on the folded reply text).
struct PhraseRule
{
    const char *pattern;
    const char *cause;
    double confidence;
};

const std::vector<PhraseRule> &phraseRules()
{
    static const std::vector<PhraseRule> rules{
        // RFC 5321 3.6.2: relaying is refused unless authorized.
        {R"(relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)|unable to relay|not permitted to relay)", "cause.relay-denied", 0.85},
        {R"(mailbox (?:is )?full|over ?quota|quota exceeded|insufficient (?:system )?storage|mailbox size limit)", "cause.mailbox-full", 0.85},
        {R"(no such (?:user|mailbox|recipient)|(?:user|mailbox|recipient|address) (?:unknown|not found|does not exist|doesn't exist)|unknown (?:user|recipient)|invalid recipient)", "cause.recipient-unknown", 0.85},
        {R"(account (?:is )?(?:disabled|suspended|inactive|locked)|mailbox (?:is )?(?:disabled|inactive|suspended))", "cause.mailbox-disabled", 0.8},
        {R"(message (?:size )?(?:exceeds|is too (?:large|big)|too (?:large|big))|size limit exceeded)", "cause.message-too-large", 0.85},
        {R"(\bspam\b|\bvirus\b|malware|phishing|content (?:rejected|filter))", "cause.content-rejected", 0.7},
        // DMARC wordings: Gmail 5.7.26, Microsoft 5.7.509, Yahoo 5.7.9 (provider help pages).
        {R"(dmarc (?:policy|verification)|due to domain'?s dmarc)", "cause.dmarc-policy-reject", 0.75},
        {R"(\bspf\b|sender policy framework)", "cause.spf-not-authorized", 0.6},
        {R"(\bdkim\b)", "cause.dkim-missing-or-failing", 0.55},
        {R"(\bptr\b|reverse dns|reverse hostname|\brdns\b)", "cause.no-ptr", 0.75},
        {R"(blocked using|black ?listed|block ?listed|listed (?:at|on|in|by)|spamhaus|spamcop|barracuda|\bdnsbl\b|\brbl\b)", "cause.blocklisted", 0.8},
        {R"(rate limit|rate that prevents|too many (?:messages|connections|recipients)|unusual rate|sending limit)", "cause.reputation-or-rate-limit", 0.75},
        {R"(reputation)", "cause.reputation-or-rate-limit", 0.7},
        {R"(greylist|graylist|try again later|temporarily (?:deferred|rejected|unavailable))", "cause.temporary", 0.7},
        // RFC 3207: a server may require STARTTLS before MAIL.
        {R"(must issue a starttls|tls (?:is )?required|encryption required|requires? (?:a )?(?:secure|encrypted) connection)", "cause.tls-required", 0.8},
        {R"(not (?:authorized|allowed|permitted) to send (?:to|email to)|only accepts? (?:mail|messages) from|restricted to (?:internal|members)|delivery restrictions|tenant (?:restrictions|policy))", "cause.recipient-policy", 0.8},
        {R"(domain (?:does not|doesn't) accept mail|null mx|\bno mx\b|domain not found|host (?:or domain name )?not found|name service error|unrouteable)", "cause.recipient-domain-no-mail", 0.75},
    };
    return rules;
}

const QRegularExpression &phraseRegex(std::size_t index)
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> out;
        for (const PhraseRule &r : phraseRules())
            out.emplace_back(QString::fromLatin1(r.pattern));
        return out;
    }();
    return compiled.at(index);
}

// Marks the cause as explaining this recipient's failure (a multi-recipient bounce can fail
// each recipient for a different reason, RFC 3464 2.3).
void appliesTo(Cause &c, const RecipientFacts &r)
{
    if (!r.address.isEmpty() && !c.recipients.contains(r.address))
        c.recipients.append(r.address);
}

Evidence quoteEvidence(const RecipientFacts &r, const QString &quote)
{
    Evidence e = r.source;
    e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The reply says: \"%1\"."), {quote});
    return e;
}

// A failing verdict the remote quoted ("SPF [example.org] with ip: [192.0.2.44] = did not pass")
// names the mechanism outright.
struct VerdictRule
{
    const char *check;
    const char *cause;
    double confidence;
};

const std::vector<VerdictRule> &verdictRules()
{
    static const std::vector<VerdictRule> rules{
        {"spf", "cause.spf-not-authorized", 0.7},
        {"dkim", "cause.dkim-missing-or-failing", 0.65},
        {"dmarc", "cause.dmarc-policy-reject", 0.8},
        {"ptr", "cause.no-ptr", 0.8},
        {"dnsbl", "cause.blocklisted", 0.85},
    };
    return rules;
}

} // namespace

void MessageRules::applyRemoteVerdicts(const BounceFacts &facts, CauseSet &causes)
{
    for (const RemoteVerdict &v : facts.remoteSaw) {
        if (!v.failed() || v.evidence.source == Evidence::Source::Header)
            continue; // Authentication-Results of the returned copy were written before the failure
        for (const VerdictRule &rule : verdictRules()) {
            if (v.check != QLatin1String(rule.check))
                continue;
            const double confidence = v.policy == QLatin1String("reject") ? rule.confidence + 0.05 : rule.confidence;
            Cause &c = causes.add(QString::fromLatin1(rule.cause), confidence,
                                  Text(QT_TRANSLATE_NOOP("Diagnosis", "The receiving server reported %1=%2."), {v.check, v.result}));
            addEvidence(c, v.evidence);
        }
    }
}

void MessageRules::applyReason(const RecipientFacts &r, CauseSet &causes)
{
    const QString name = Codes::reasonName(r.reason);
    for (const ReasonRule &rule : reasonRules()) {
        if (rule.reason != r.reason)
            continue;
        Cause &c = causes.add(QString::fromLatin1(rule.cause), rule.confidence,
                              Text(QT_TRANSLATE_NOOP("Diagnosis", "The bounce's reason is \"%1\"."), {name}));
        addEvidence(c, quoteEvidence(r, ReplyExcerpt::of(r.text)));
        appliesTo(c, r);
    }
}

void MessageRules::applyStatus(const RecipientFacts &r, CauseSet &causes)
{
    if (r.status.isEmpty())
        return;
    bool providerMatched = false;
    for (int pass = 0; pass < 2; ++pass) {
        for (const StatusRule &rule : statusRules()) {
            const bool providerRow = rule.provider != nullptr;
            if (providerRow != (pass == 0) || r.status != QLatin1String(rule.status))
                continue;
            if (providerRow && r.provider != QLatin1String(rule.provider))
                continue;
            if (!providerRow && providerMatched)
                continue; // the provider's meaning of the code replaces the generic one
            providerMatched |= providerRow;
            Cause &c = causes.add(QString::fromLatin1(rule.cause), rule.confidence,
                                  providerRow ? Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 uses status %2 for this."), {r.provider, r.status})
                                              : Text(QT_TRANSLATE_NOOP("Diagnosis", "The enhanced status code is %1."), {r.status}));
            Evidence e = r.statusSource;
            e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "Status %1."), {r.status});
            addEvidence(c, e);
            appliesTo(c, r);
        }
    }
}

// Filters answer with "user unknown" words too: a content filter after DATA, a mobile carrier's
// domain filter, a sender filter (Sisimai's definition of the "filtered" reason, docs/REASONS.md).
// When the classifier read the reply as such a refusal (the SMTP stage, RFC 5321 3.3: a mailbox
// is judged at RCPT TO; or a provider's documented use of the words), the words alone must not
// say that the address does not exist: the cause stays, below the filter, with the doubt stated,
// and the fix asks before anyone deletes an address that may be good.
static constexpr double UnknownWordsOfAFilter = 0.4; // below cause.recipient-policy's 0.45 for "filtered"

static void addUnknownWordsOfAFilter(const RecipientFacts &r, const QString &words, const Evidence &quote, CauseSet &causes)
{
    Cause &filter = causes.add(QStringLiteral("cause.recipient-policy"), 0.0, Text());
    const Text askFirst(QT_TRANSLATE_NOOP("Diagnosis", "Before removing the address from any list, ask the recipient by another channel whether it is right and whether a filter of theirs (a spam filter, a phone carrier's domain filter) refuses your mail; correct the address if it is wrong, else ask them to allow your address or domain."));
    const bool asked = std::any_of(filter.fix.cbegin(), filter.fix.cend(),
                                   [&](const FixStep &f) { return f.text.english() == askFirst.english(); });
    if (!asked) // once, however many recipients it concerns
        filter.fix.append(FixStep{askFirst, std::nullopt});
    const Cause *other = causes.find(QStringLiteral("cause.recipient-unknown"));
    if (other && other->confidence > UnknownWordsOfAFilter)
        return; // another recipient's address is surely unknown: that cause is not this one's
    const bool byStage = r.reasonEvidence.kind == QLatin1String("command");
    Cause &unknown = causes.add(QStringLiteral("cause.recipient-unknown"), UnknownWordsOfAFilter,
                                byStage ? Text(QT_TRANSLATE_NOOP("Diagnosis", "The reply mentions \"%1\", but not in reply to RCPT TO, where a server judges an address (RFC 5321 3.3): filters refuse with these words after the message was sent, so the address may exist."), {words})
                                        : Text(QT_TRANSLATE_NOOP("Diagnosis", "The reply mentions \"%1\", but this server uses these words when a filter refuses the message (%2), so the address may exist."), {words, r.reasonEvidence.source}));
    addEvidence(unknown, quote);
    appliesTo(unknown, r);
}

void MessageRules::applyUnknownWordsOfAFilter(const RecipientFacts &r, CauseSet &causes)
{
    if (r.reason != Reason::Filtered)
        return;
    for (std::size_t i = 0; i < phraseRules().size(); ++i) {
        if (qstrcmp(phraseRules()[i].cause, "cause.recipient-unknown") != 0)
            continue;
        const QRegularExpressionMatch m = phraseRegex(i).match(r.lowerText);
        if (m.hasMatch()) {
            addUnknownWordsOfAFilter(r, m.captured(0), quoteEvidence(r, ReplyExcerpt::of(r.text, m.captured(0))), causes);
            return;
        }
    }
}

void MessageRules::applyPhrases(const RecipientFacts &r, CauseSet &causes)
{
    for (std::size_t i = 0; i < phraseRules().size(); ++i) {
        const QRegularExpressionMatch m = phraseRegex(i).match(r.lowerText);
        if (!m.hasMatch())
            continue;
        const PhraseRule &rule = phraseRules()[i];
        if (r.reason == Reason::Filtered && qstrcmp(rule.cause, "cause.recipient-unknown") == 0)
            continue; // applyUnknownWordsOfAFilter, after every recipient's own evidence
        Cause &c = causes.add(QString::fromLatin1(rule.cause), rule.confidence,
                              Text(QT_TRANSLATE_NOOP("Diagnosis", "The reply mentions \"%1\"."), {m.captured(0)}));
        addEvidence(c, quoteEvidence(r, ReplyExcerpt::of(r.text, m.captured(0))));
        appliesTo(c, r);
    }
}

void MessageRules::applyClass(const RecipientFacts &r, CauseSet &causes)
{
    // RFC 5321 4.2.1 / RFC 3463 3.1: class 4 is transient, the sender's MTA retries by itself.
    if (r.statusClass != QLatin1Char('4') && r.action != QLatin1String("delayed"))
        return;
    Cause &c = causes.add(QStringLiteral("cause.temporary"), 0.5,
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "The failure is transient (class 4): the server asks to try again later.")));
    Evidence e = r.statusSource;
    e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "Status %1 is a temporary failure."), {r.status.isEmpty() ? r.replyCode : r.status});
    addEvidence(c, e);
    appliesTo(c, r);
    for (Cause &other : causes.causes()) {
        const bool passing = other.id == QLatin1String("cause.mailbox-full") || other.id == QLatin1String("cause.reputation-or-rate-limit");
        if (passing && (other.recipients.isEmpty() || other.recipients.contains(r.address)))
            other.retryHelps = true;
    }
}

void MessageRules::applyKnowledgeBase(const RecipientFacts &r, CauseSet &causes)
{
    // The codes knowledge base knows provider replies that are temporary despite a 5xx class.
    const Codes::ProviderEntry *entry = Codes::ProviderCatalog::match(r.provider, r.lowerText, r.status, r.replyCode);
    if (!entry || !entry->reallyTemporary)
        return;
    Cause &c = causes.add(QStringLiteral("cause.reputation-or-rate-limit"), 0.7,
                          Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 documents this reply as a passing condition (rate or reputation)."), {r.provider}));
    addEvidence(c, quoteEvidence(r, ReplyExcerpt::of(r.text)));
    appliesTo(c, r);
}

void MessageRules::apply(const BounceFacts &facts, CauseSet &causes)
{
    for (const RecipientFacts &r : facts.recipients) {
        applyReason(r, causes);
        applyStatus(r, causes);
        applyPhrases(r, causes);
        applyKnowledgeBase(r, causes);
        applyClass(r, causes);
    }
    for (const RecipientFacts &r : facts.recipients)
        applyUnknownWordsOfAFilter(r, causes);
    applyRemoteVerdicts(facts, causes);
}

} // namespace Diagnosis
