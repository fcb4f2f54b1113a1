// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonClassifier.h"

#include <array>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "ProviderCatalog.h"
#include "ReasonPhraseIndex.h"
#include "ReasonPhrases.h"
#include "ReasonText.h"
#include "StatusReasons.h"

namespace Codes {

namespace {

// Fixed confidence per kind of evidence: a provider's own entry is the most specific, a code
// default the least (it is the code's usual meaning, not what this server said).
constexpr double ConfProvider = 0.95;
constexpr double ConfText = 0.85;
constexpr double ConfStatus = 0.8;
constexpr double ConfDiagnosticType = 0.75;
constexpr double ConfTextWeak = 0.6;
constexpr double ConfStatusDefault = 0.45;
constexpr double ConfReplyCode = 0.4;
constexpr double ConfCommand = 0.35;
constexpr double ConfNone = 0.1;

// The QString of a compiled-in text (a kind, a phrase, a source), made once per thread and
// shared after: every decision names three, and converting them anew cost three allocations
// per classified line. Keyed by address: the tables are static and never freed, so the set is
// bounded by their size.
const QString &interned(const char *utf8)
{
    thread_local std::unordered_map<const char *, QString> strings;
    auto it = strings.find(utf8);
    if (it == strings.end())
        it = strings.emplace(utf8, QString::fromUtf8(utf8)).first;
    return it->second;
}

// Everything the decision looks at, computed once per classification.
class Evidence
{
public:
    explicit Evidence(const ReasonInput &in) : m_in(in), m_folded(foldText(in.text))
    {
        ReasonPhraseIndex::instance().matches(m_folded.text, m_strong, m_weak, m_decisive);
    }

    bool text(Reason r) const { return m_strong[size_t(r)].found(); }
    bool weak(Reason r) const { return m_weak[size_t(r)].found(); }
    // The phrase that found `r` is plain US-ASCII.
    bool textIsAscii(Reason r) const
    {
        const PhraseHit &h = m_strong[size_t(r)];
        if (!h.found())
            return false;
        for (const char *c = reasonPhrases()[size_t(h.phrase)].pattern; *c; ++c) {
            if (static_cast<unsigned char>(*c) >= 0x80)
                return false;
        }
        return true;
    }
    // The phrase for `later` begins after the phrase for `earlier` ends (both found).
    bool textFollows(Reason later, Reason earlier) const
    {
        const PhraseHit &l = m_strong[size_t(later)];
        const PhraseHit &e = m_strong[size_t(earlier)];
        return l.found() && e.found() && l.start >= e.end;
    }
    bool hasText() const { return !m_folded.text.isEmpty(); }
    bool anyWeak() const
    {
        for (const PhraseHit &h : m_weak)
            if (h.found())
                return true;
        return false;
    }
    bool anyText(const std::vector<Reason> &reasons) const
    {
        for (Reason r : reasons)
            if (text(r))
                return true;
        return false;
    }
    const QString &folded() const { return m_folded.text; }

    ReasonDecision byText(Reason r) const { return fromHit(r, m_strong[size_t(r)], "text", ConfText); }
    ReasonDecision byWeak(Reason r) const { return fromHit(r, m_weak[size_t(r)], "text-weak", ConfTextWeak); }

    // The provider reference code that occurs first in the text, if any.
    ReasonDecision decisive() const
    {
        const PhraseHit *best = nullptr;
        size_t reason = 0;
        for (size_t r = 0; r < m_decisive.size(); ++r) {
            if (m_decisive[r].found() && (!best || m_decisive[r].start < best->start)) {
                best = &m_decisive[r];
                reason = r;
            }
        }
        return best ? fromHit(Reason(reason), *best, "provider", ConfProvider) : ReasonDecision{};
    }

    ReasonDecision by(Reason r, const char *kind, const QString &rule, const char *source, double confidence) const
    {
        ReasonDecision d{r, {}};
        d.evidence.kind = interned(kind); // ASCII: the same as fromLatin1
        d.evidence.rule = rule;
        d.evidence.source = interned(source);
        d.evidence.confidence = confidence;
        return d;
    }

    ReasonDecision byStatus(Reason r, bool generic) const
    {
        return generic ? by(r, "status-default", m_in.status, "RFC 3463 / IANA registry (usual meaning of the code)", ConfStatusDefault)
                       : by(r, "status", m_in.status, "RFC 3463 / IANA registry", ConfStatus);
    }

private:
    ReasonDecision fromHit(Reason r, const PhraseHit &h, const char *kind, double confidence) const
    {
        const ReasonPhrase &p = reasonPhrases()[size_t(h.phrase)];
        ReasonDecision d = by(r, kind, interned(p.pattern), p.source, confidence);
        const auto span = m_folded.originalSpan(h.start, h.end);
        d.evidence.start = span.first;
        d.evidence.end = span.second;
        return d;
    }

    const ReasonInput &m_in;
    FoldedText m_folded;
    PhraseHits m_strong;
    PhraseHits m_weak;
    PhraseHits m_decisive;
};

// Reasons a status code alone cannot settle: the text decides first (Sisimai "GetRetried").
// A decision whose words were found, but whose reason the SMTP command settles (RFC 5321 3.3).
ReasonDecision asCommand(ReasonDecision d, Reason r, const char *source)
{
    d.reason = r;
    d.evidence.kind = QStringLiteral("command");
    d.evidence.source = QString::fromLatin1(source);
    d.evidence.confidence = ConfCommand;
    return d;
}

bool shouldBeRetried(Reason r)
{
    switch (r) {
    case Reason::Undefined: case Reason::OnHold: case Reason::SystemError: case Reason::SecurityError:
    case Reason::Expired: case Reason::NetworkError: case Reason::HostUnknown: case Reason::UserUnknown:
        return true;
    default:
        return false;
    }
}

// Codes whose registry meaning is a category, not a cause: "other or undefined" (X.N.0) and
// X.7.1 "delivery not authorized, message refused" (RFC 3463 3.8), which servers send for
// spam, unknown users, relaying and policy alike.
bool genericStatus(const QString &status)
{
    const QStringView detail = QStringView(status).mid(1);
    return detail.isEmpty() || detail.endsWith(QLatin1String(".0")) || detail == QLatin1String(".7.1");
}

bool isCommand(const QString &command, const char *name)
{
    return command.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

// Refused before MAIL FROM: at the greeting or the connection.
bool isConnectionCommand(const QString &command)
{
    return isCommand(command, "CONNECT") || isCommand(command, "CONN") || isCommand(command, "HELO") || isCommand(command, "EHLO");
}

// Reasons that only a recipient can have.
bool recipientLevel(Reason r)
{
    switch (r) {
    case Reason::UserUnknown: case Reason::MailboxFull: case Reason::Suspend: case Reason::HasMoved:
    case Reason::Filtered: case Reason::ExceedLimit: case Reason::NoRelaying:
        return true;
    default:
        return false;
    }
}

// An addressing status (RFC 3463 section 3.3, X.1.X) that names no other reason: X.1.0,
// X.1.1, X.1.3 and vendor details such as Exchange's 5.1.351 are the server's
// machine-readable statement that the destination mailbox address is bad. X.1.2 (host),
// X.1.6 (moved), X.1.7/X.1.8 (sender) and X.1.10 (null MX) have reasons of their own.
bool addressStatus(const QString &status)
{
    if (!QStringView(status).mid(1).startsWith(QLatin1String(".1.")))
        return false;
    const Reason r = reasonForStatus(status);
    return r == Reason::UserUnknown || r == Reason::Undefined;
}

bool isRecipientCommand(const QString &command)
{
    return command.isEmpty() || isCommand(command, "RCPT");
}

// A status that says "user unknown" while the text names another, more specific problem.
bool userUnknownContradicted(const Evidence &ev)
{
    for (Reason other : {Reason::Blocked, Reason::MailboxFull, Reason::HasMoved, Reason::Rejected,
                         Reason::NotAccept, Reason::SpamDetected, Reason::Speeding, Reason::Suppressed}) {
        if (ev.text(other))
            return true;
    }
    return false;
}

bool isTemporary(const ReasonInput &in)
{
    return in.replyCode.startsWith(QLatin1Char('4')) || (in.replyCode.isEmpty() && in.status.startsWith(QLatin1Char('4')));
}

// Pass 2's reasons, in order (Sisimai's "anotherone"); a syntax error is named last.
const std::vector<Reason> &secondPassOrder()
{
    static const std::vector<Reason> order = {
        Reason::MailboxFull, Reason::AuthFailure, Reason::BadReputation, Reason::Speeding, Reason::SpamDetected,
        Reason::VirusDetected, Reason::PolicyViolation, Reason::NoRelaying, Reason::SystemError,
        Reason::NetworkError, Reason::Suspend, Reason::ContentError, Reason::SystemFull, Reason::NotAccept,
        Reason::Expired, Reason::FailedStartTls, Reason::SecurityError, Reason::Suppressed, Reason::MailerError,
        Reason::SyntaxError,
    };
    return order;
}

// Pass 1 (Sisimai's first class order): a specific status code or a phrase names the reason.
ReasonDecision probeFirstPass(const ReasonInput &in, const Evidence &ev, Reason fromStatus, bool generic)
{
    static const Reason order[] = {
        Reason::MailboxFull, Reason::MesgTooBig, Reason::ExceedLimit, Reason::Suspend, Reason::HasMoved,
        Reason::NoRelaying, Reason::AuthFailure, Reason::UserUnknown, Reason::Filtered, Reason::RequirePtr,
        Reason::NotCompliantRfc, Reason::BadReputation, Reason::ContentError, Reason::Rejected,
        Reason::HostUnknown, Reason::SpamDetected, Reason::Speeding, Reason::TooManyConn, Reason::Blocked,
    };
    // A 4xx "user unknown" stays userunknown (Postfix's 450 4.1.1 for an unverified
    // recipient): the class says when to retry, the words say why.
    for (Reason r : order) {
        // X.2.3 (exceedlimit) wins over "message too large" wording (Sisimai's status table).
        if (r == Reason::MesgTooBig && fromStatus == Reason::ExceedLimit)
            continue;
        if (r == Reason::UserUnknown) {
            if (ev.text(r) && isCommand(in.command, "DATA") && generic) // RCPT had accepted the mailbox
                return asCommand(ev.byText(r), Reason::Filtered, "RFC 5321 3.3 (RCPT accepted the mailbox; refused after DATA: a filter)");
            if (ev.text(r) && fromStatus == Reason::Rejected && !generic)
                return ev.byStatus(Reason::Rejected, false); // X.1.7/X.1.8: the words are about the sender
            if (fromStatus == Reason::UserUnknown && !generic && !userUnknownContradicted(ev))
                return ev.text(r) ? ev.byText(r) : ev.byStatus(r, false);
            const bool stageUnknown = in.command.isEmpty();
            if (ev.text(r) && (isCommand(in.command, "RCPT")
                               || (stageUnknown && (!in.inBounceMessage || addressStatus(in.status) || !ev.textIsAscii(r)))))
                return ev.byText(r);
            // In a bounce message, the words alone, with neither the RCPT stage nor an address
            // status: a recipient's existence is what RCPT TO answers (RFC 5321 section 3.3)
            // and X.1.1 states (RFC 3463 section 3.3); the same words are also what content
            // filters and the per-recipient sender filters of mobile carriers reply. Sisimai's
            // definition (Reason/Filtered, Reason/UserUnknown: userunknown needs RCPT or an
            // X.1.1 status) names this "filtered"; the evidence records why. One pasted reply
            // line never says its stage, so there the words decide.
            // (Words outside US-ASCII cannot be a remote server's SMTP reply, RFC 5321 section
            // 4.2: they are the notice writer's own directory verdict and decide above.)
            if (ev.text(r) && stageUnknown && in.inBounceMessage)
                return asCommand(ev.byText(r), Reason::Filtered,
                                 "RFC 5321 3.3 / RFC 3463 3.3 (user-unknown words without the RCPT stage or an X.1.1 status: not proof the mailbox is absent)");
            continue;
        }
        if (r == Reason::HostUnknown && ev.text(Reason::NetworkError))
            continue; // "malformed or unexpected name server reply": DNS trouble, not a dead domain
        if (ev.text(r)) {
            if (r == Reason::HostUnknown && fromStatus == Reason::Rejected && !generic)
                return ev.byStatus(Reason::Rejected, false); // X.1.7/X.1.8 say the words are about the sender
            if (r == Reason::HostUnknown && isCommand(in.command, "MAIL")) // "no such domain": the sender's
                return asCommand(ev.byText(r), Reason::Rejected, "RFC 5321 3.3 (refused at MAIL FROM: the sender's address)");
            return ev.byText(r);
        }
    }
    // No phrase of this pass: a code that names one of its reasons decides, unless the code
    // alone cannot settle it (a 5.4.4 "no route" is also a null MX) and a phrase of the second
    // pass names the reason.
    if (shouldBeRetried(fromStatus) && ev.anyText(secondPassOrder()))
        return {};
    if (generic && ev.anyWeak())
        return {}; // a category code (X.N.0) waits for the words of pass 2

    for (Reason r : order) {
        if (r == Reason::UserUnknown || fromStatus != r)
            continue;
        if (r == Reason::MesgTooBig && fromStatus == Reason::ExceedLimit)
            continue;
        if (r == Reason::HostUnknown && ev.text(Reason::NetworkError))
            continue; // 5.4.4 with "malformed or unexpected name server reply": DNS trouble
        return ev.byStatus(r, generic);
    }
    return {};
}

// Pass 2 (Sisimai's "anotherone"): other phrases, then weak words, then the status default.
ReasonDecision probeSecondPass(const ReasonInput &in, const Evidence &ev, Reason fromStatus, bool generic)
{
    const std::vector<Reason> &order = secondPassOrder();
    if (fromStatus != Reason::Undefined && !shouldBeRetried(fromStatus) && !generic)
        return ev.byStatus(fromStatus, false);
    // "...: Operation timed out. I'm not going to try again; this message has been in the
    // queue too long": the MTA names the last attempt's error, then says it gave up. The
    // outcome is the expiry (RFC 3463 X.4.7, "delivery time expired").
    if (ev.textFollows(Reason::Expired, Reason::NetworkError) && !isTemporary(in))
        return ev.byText(Reason::Expired);
    for (Reason r : order) {
        if (ev.text(r))
            return ev.byText(r);
    }
    // Weak words: they say more than a generic code, less than a phrase or a specific code.
    static const Reason weakOrder[] = {
        Reason::VirusDetected, Reason::SpamDetected, Reason::AuthFailure, Reason::Blocked, Reason::BadReputation,
        Reason::MailboxFull, Reason::MesgTooBig, Reason::Suspend, Reason::Rejected, Reason::UserUnknown, Reason::NoRelaying,
        Reason::Speeding, Reason::PolicyViolation, Reason::Expired, Reason::NetworkError,
    };
    const bool beforeRecipient = isConnectionCommand(in.command) || isCommand(in.command, "MAIL");
    if (fromStatus == Reason::Undefined || generic || shouldBeRetried(fromStatus)) {
        for (Reason r : weakOrder) {
            if (!ev.weak(r))
                continue;
            if (r == Reason::UserUnknown && isCommand(in.command, "MAIL")) {
                // "unknown" / "does not exist" at MAIL FROM is about the sender (RFC 5321 3.3).
                return asCommand(ev.byWeak(r), Reason::Rejected, "RFC 5321 3.3 (refused at MAIL FROM: the sender's address)");
            }
            if (r == Reason::UserUnknown && !isRecipientCommand(in.command))
                continue;
            if (beforeRecipient && recipientLevel(r))
                continue; // no recipient had been named yet (RFC 5321 3.3)
            return ev.byWeak(r);
        }
    }
    if (fromStatus != Reason::Undefined)
        return ev.byStatus(fromStatus, generic || shouldBeRetried(fromStatus));
    const QStringView subject = QStringView(in.status).left(3);
    if (subject == QLatin1String("5.6") || subject == QLatin1String("4.6"))
        return ev.by(Reason::ContentError, "status-default", in.status, "RFC 3463 3.7 (X.6.X message content or media status)", ConfStatusDefault);
    if (subject == QLatin1String("5.7") || subject == QLatin1String("4.7"))
        return ev.by(Reason::SecurityError, "status-default", in.status, "RFC 3463 3.8 (X.7.X security or policy status)", ConfStatusDefault);
    if (ev.text(Reason::SyntaxError))
        return ev.byText(Reason::SyntaxError);
    if (in.status.startsWith(QLatin1String("5.5.")))
        return ev.by(Reason::SyntaxError, "status-default", in.status, "RFC 3463 3.6 (X.5.X mail delivery protocol status)", ConfStatusDefault);
    if (in.replyCode == QLatin1String("501") || in.replyCode == QLatin1String("503"))
        return ev.by(Reason::SyntaxError, "reply-code", in.replyCode, "RFC 5321 4.2.2", ConfReplyCode);
    if (isCommand(in.command, "HELO") || isCommand(in.command, "EHLO"))
        return ev.by(Reason::Blocked, "command", in.command, "RFC 5321 4.1.1.1 (the client's greeting was refused)", ConfCommand);
    if (isConnectionCommand(in.command) && !isTemporary(in))
        return ev.by(Reason::Blocked, "command", in.command, "RFC 5321 3.1 (refused at connection: before any sender or recipient, only the client is known)", ConfCommand);
    return {};
}

// Last resort when neither the text nor the enhanced code decided (RFC 5321 4.2.3, RFC 7504).
ReasonDecision fromReplyCode(const Evidence &ev, const QString &replyCode)
{
    if (replyCode == QLatin1String("521") || replyCode == QLatin1String("556"))
        return ev.by(Reason::NotAccept, "reply-code", replyCode, "RFC 7504 (521/556: does not accept mail)", ConfReplyCode);
    if (replyCode == QLatin1String("500") || replyCode == QLatin1String("502") || replyCode == QLatin1String("504"))
        return ev.by(Reason::SyntaxError, "reply-code", replyCode, "RFC 5321 4.2.3", ConfReplyCode);
    if (replyCode == QLatin1String("530") || replyCode == QLatin1String("534") || replyCode == QLatin1String("535"))
        return ev.by(Reason::SecurityError, "reply-code", replyCode, "RFC 4954 6 (authentication)", ConfReplyCode);
    return {};
}

} // namespace

ReasonDecision decideReason(const ReasonInput &in)
{
    const Evidence ev(in);
    if (in.status.startsWith(QLatin1Char('2')) || (in.status.isEmpty() && in.replyCode.startsWith(QLatin1Char('2'))))
        return ev.by(Reason::Delivered, "status", in.status.isEmpty() ? in.replyCode : in.status, "RFC 3463 3.1 (2.X.X success)", ConfStatus);
    if (ev.text(Reason::Feedback))
        return ev.byText(Reason::Feedback); // an ARF report quoted as a reply is not a bounce

    if (const ProviderEntry *entry = ProviderCatalog::match(in.provider, ev.folded(), in.status, in.replyCode)) {
        if (entry->reason != Reason::Undefined) {
            const QString rule = QString::fromLatin1(entry->provider) + QLatin1Char(' ')
                                 + QString::fromLatin1(entry->tag ? entry->tag : entry->phrase ? entry->phrase : entry->status ? entry->status : "");
            ReasonDecision d = ev.by(entry->reason, "provider", rule.trimmed(), "ProviderEntries.cpp (provider's published error page)", ConfProvider);
            if (entry->tag || entry->phrase) {
                const QString needle = QString::fromLatin1(entry->tag ? entry->tag : entry->phrase);
                const qsizetype at = in.text.indexOf(needle, 0, Qt::CaseInsensitive);
                if (at >= 0) {
                    d.evidence.start = at;
                    d.evidence.end = at + needle.size();
                }
            }
            return d;
        }
    }

    // A provider's own reference code with a published meaning.
    if (ReasonDecision d = ev.decisive(); d.reason != Reason::Undefined)
        return d;

    // A local delivery program's own message (RFC 3464 "X-UNIX" type): only a full mailbox is
    // more specific than "the mailer failed".
    if (in.diagnosticType.compare(QLatin1String("X-UNIX"), Qt::CaseInsensitive) == 0)
        return ev.text(Reason::MailboxFull) ? ev.byText(Reason::MailboxFull)
                                            : ev.by(Reason::MailerError, "diagnostic-type", in.diagnosticType, "RFC 3464 2.3.6 (X-Unix: a local mailer's exit)", ConfDiagnosticType);

    const Reason fromStatus = reasonForStatus(in.status);
    const bool generic = genericStatus(in.status);
    ReasonDecision d = probeFirstPass(in, ev, fromStatus, generic);
    if (d.reason == Reason::Undefined)
        d = probeSecondPass(in, ev, fromStatus, generic);
    if (d.reason == Reason::Undefined)
        d = fromReplyCode(ev, in.replyCode);
    if (d.reason == Reason::Undefined && ev.text(Reason::Vacation))
        d = ev.byText(Reason::Vacation);
    if (d.reason == Reason::Undefined && ev.hasText())
        d = ev.by(Reason::OnHold, "none", QString(), "REASONS.md (onhold: too little information)", ConfNone);
    // "User unknown" after DATA: RCPT had accepted the mailbox (RFC 5321 section 3.3), so a
    // content filter refused the message; likewise under X.2.0, which says the mailbox
    // exists (RFC 3463 section 3.3). Sisimai calls both "filtered".
    // A specific address status (X.1.1) stays decisive.
    const QString detail = in.status.mid(1);
    const bool vague = detail.isEmpty() || detail == QLatin1String(".0.0") || detail == QLatin1String(".2.0");
    if (d.reason == Reason::UserUnknown && vague && (isCommand(in.command, "DATA") || detail == QLatin1String(".2.0")))
        return asCommand(d, Reason::Filtered, "RFC 5321 3.3 / RFC 3463 3.3 (the mailbox was accepted or exists: a filter refused)");
    return d;
}

Reason classifyReason(const ReasonInput &in)
{
    return decideReason(in).reason;
}

} // namespace Codes
