// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonClassifier.h"

#include <bitset>
#include <vector>

#include <QStringMatcher>

#include "ProviderCatalog.h"
#include "ReasonPhrases.h"
#include "StatusReasons.h"
#include "util/PhraseScanner.h"

namespace Codes {

namespace {

// Compiled once: every phrase split at '*' into ordered parts. The first parts of all
// phrases are found in one pass (Util::PhraseScanner); only then are the later parts looked
// for. The earliest occurrence of a first part leaves the most room for the rest, so each
// phrase is tried once, at its first occurrence.
class PhraseIndex
{
public:
    static const PhraseIndex &instance()
    {
        static const PhraseIndex index;
        return index;
    }

    std::bitset<reasonCount> matches(const QString &lowerText) const
    {
        std::bitset<reasonCount> found;
        std::vector<bool> tried(m_phrases.size(), false);
        m_firstParts.scan(lowerText, [&](int index, qsizetype at) {
            const Compiled &c = m_phrases[size_t(index)];
            const auto bit = static_cast<size_t>(c.reason);
            if (tried[size_t(index)] || found.test(bit))
                return true;
            tried[size_t(index)] = true;
            if (restInOrder(lowerText, c.parts, at + m_firstParts.phrase(index).size()))
                found.set(bit);
            return true;
        });
        return found;
    }

private:
    struct Compiled
    {
        Reason reason;
        std::vector<QStringMatcher> parts; // all parts; the first is found by the scanner
    };

    PhraseIndex() : m_firstParts(firstParts()) {}

    // Builds m_phrases as a side effect, in the scanner's index order.
    QStringList firstParts()
    {
        QStringList out;
        for (const ReasonPhrase &p : reasonPhrases()) {
            Compiled c{p.reason, {}};
            const QStringList parts = QString::fromUtf8(p.pattern).split(QLatin1Char('*'));
            for (const QString &part : parts)
                c.parts.emplace_back(part, Qt::CaseSensitive);
            out << parts.front();
            m_phrases.push_back(std::move(c));
        }
        return out;
    }

    static bool restInOrder(const QString &text, const std::vector<QStringMatcher> &parts, qsizetype from)
    {
        for (size_t k = 1; k < parts.size(); ++k) {
            const qsizetype at = parts[k].indexIn(text, from);
            if (at < 0)
                return false;
            from = at + parts[k].pattern().size();
        }
        return true;
    }

    std::vector<Compiled> m_phrases;
    Util::PhraseScanner m_firstParts;
};

// Lower-case, whitespace folded to single spaces, so that phrases match across folded lines.
QString normalizedText(const QString &text)
{
    return text.toLower().simplified();
}

// The reasons whose phrases occur in one text (computed once per classification).
class TextMatches
{
public:
    explicit TextMatches(const QString &lower) : m_bits(PhraseIndex::instance().matches(lower)) {}
    bool operator()(Reason r) const { return m_bits.test(static_cast<size_t>(r)); }

private:
    std::bitset<reasonCount> m_bits;
};

// Reasons a status code alone cannot settle: the text decides first (Sisimai "GetRetried").
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

bool isRecipientCommand(const QString &command)
{
    return command.isEmpty() || command == QLatin1String("RCPT");
}

// A status that says "user unknown" while the text names another, more specific problem.
bool userUnknownContradicted(const TextMatches &textMatches)
{
    for (Reason other : {Reason::Blocked, Reason::MailboxFull, Reason::HasMoved, Reason::Rejected,
                         Reason::NotAccept, Reason::SpamDetected, Reason::Speeding, Reason::Suppressed}) {
        if (textMatches(other))
            return true;
    }
    return false;
}

// Reasons that only exist as permanent failures (REASONS.md: no temporary pseudo code):
// a 4xx "domain not found" is a DNS hiccup, not a dead address.
bool permanentOnly(Reason r)
{
    return r == Reason::UserUnknown || r == Reason::HostUnknown || r == Reason::HasMoved;
}

// Pass 1 (Sisimai's first class order): the status code or the text names the reason.
Reason probeFirstPass(const ReasonInput &in, const TextMatches &textMatches, Reason fromStatus)
{
    static const Reason order[] = {
        Reason::MailboxFull, Reason::MesgTooBig, Reason::ExceedLimit, Reason::Suspend, Reason::HasMoved,
        Reason::NoRelaying, Reason::AuthFailure, Reason::UserUnknown, Reason::Filtered, Reason::RequirePtr,
        Reason::NotCompliantRfc, Reason::BadReputation, Reason::ContentError, Reason::Rejected,
        Reason::HostUnknown, Reason::SpamDetected, Reason::Speeding, Reason::TooManyConn, Reason::Blocked,
    };
    const bool temporary = in.replyCode.startsWith(QLatin1Char('4'))
                           || (in.replyCode.isEmpty() && in.status.startsWith(QLatin1Char('4')));
    for (Reason r : order) {
        if (temporary && permanentOnly(r))
            continue;
        // X.2.3 (exceedlimit) wins over "message too large" wording (Sisimai's status table).
        if (r == Reason::MesgTooBig && fromStatus == Reason::ExceedLimit)
            continue;
        if (r == Reason::UserUnknown) {
            if (fromStatus == Reason::UserUnknown && !userUnknownContradicted(textMatches))
                return r;
            if (fromStatus != Reason::UserUnknown && isRecipientCommand(in.command) && textMatches(r))
                return r;
            continue;
        }
        if (r == Reason::HostUnknown && textMatches(Reason::NetworkError))
            continue; // "malformed or unexpected name server reply": DNS trouble, not a dead domain
        if (fromStatus == r || textMatches(r))
            return r;
    }
    return Reason::Undefined;
}

// Pass 2 (Sisimai's "anotherone"): other phrases, then the status, then the subject digit.
Reason probeSecondPass(const ReasonInput &in, const TextMatches &textMatches, Reason fromStatus)
{
    static const Reason order[] = {
        Reason::MailboxFull, Reason::AuthFailure, Reason::BadReputation, Reason::Speeding, Reason::SpamDetected,
        Reason::VirusDetected, Reason::PolicyViolation, Reason::NoRelaying, Reason::SystemError,
        Reason::NetworkError, Reason::Suspend, Reason::ContentError, Reason::SystemFull, Reason::NotAccept,
        Reason::Expired, Reason::FailedStartTls, Reason::SecurityError, Reason::Suppressed, Reason::MailerError,
    };
    if (fromStatus != Reason::Undefined && !shouldBeRetried(fromStatus))
        return fromStatus;
    for (Reason r : order) {
        if (textMatches(r))
            return r;
    }
    if (fromStatus != Reason::Undefined)
        return fromStatus;
    const QStringView subject = QStringView(in.status).left(3);
    if (subject == QLatin1String("5.6") || subject == QLatin1String("4.6"))
        return Reason::ContentError;
    if (subject == QLatin1String("5.7") || subject == QLatin1String("4.7"))
        return Reason::SecurityError;
    if (textMatches(Reason::SyntaxError) || in.status.startsWith(QLatin1String("5.5."))
        || in.replyCode == QLatin1String("501") || in.replyCode == QLatin1String("503"))
        return Reason::SyntaxError;
    if (in.command == QLatin1String("HELO") || in.command == QLatin1String("EHLO"))
        return Reason::Blocked;
    return Reason::Undefined;
}

// Last resort when neither the text nor the enhanced code decided (RFC 5321 4.2.3, RFC 7504).
Reason fromReplyCode(const QString &replyCode)
{
    if (replyCode == QLatin1String("521") || replyCode == QLatin1String("556"))
        return Reason::NotAccept;
    if (replyCode == QLatin1String("500") || replyCode == QLatin1String("502") || replyCode == QLatin1String("504"))
        return Reason::SyntaxError;
    if (replyCode == QLatin1String("530") || replyCode == QLatin1String("534") || replyCode == QLatin1String("535"))
        return Reason::SecurityError;
    return Reason::Undefined;
}

} // namespace

Reason classifyReason(const ReasonInput &in)
{
    if (in.status.startsWith(QLatin1Char('2')) || (in.status.isEmpty() && in.replyCode.startsWith(QLatin1Char('2'))))
        return Reason::Delivered;
    const QString lower = normalizedText(in.text);
    const TextMatches textMatches(lower);
    if (textMatches(Reason::Feedback))
        return Reason::Feedback; // an ARF report quoted as a reply is not a bounce

    if (const ProviderEntry *entry = ProviderCatalog::match(in.provider, lower, in.status, in.replyCode))
        if (entry->reason != Reason::Undefined)
            return entry->reason;

    // A local delivery program's own message (RFC 3464 "X-UNIX" type): only a full mailbox is
    // more specific than "the mailer failed".
    if (in.diagnosticType.compare(QLatin1String("X-UNIX"), Qt::CaseInsensitive) == 0)
        return textMatches(Reason::MailboxFull) ? Reason::MailboxFull : Reason::MailerError;

    const Reason fromStatus = reasonForStatus(in.status);
    Reason r = probeFirstPass(in, textMatches, fromStatus);
    if (r == Reason::Undefined)
        r = probeSecondPass(in, textMatches, fromStatus);
    if (r == Reason::Undefined)
        r = fromReplyCode(in.replyCode);
    if (r == Reason::Undefined && textMatches(Reason::Vacation))
        r = Reason::Vacation;
    if (r == Reason::Undefined && !lower.isEmpty())
        r = Reason::OnHold; // there was text, but nothing in it is known (Sisimai: onhold)
    // "User unknown" after DATA: RCPT had accepted the mailbox (RFC 5321 section 3.3), so a
    // content filter refused the message; likewise under X.2.0, which says the mailbox
    // exists (RFC 3463 section 3.3). Sisimai calls both "filtered".
    // A specific address status (X.1.1) stays decisive.
    const QString detail = in.status.mid(1);
    const bool vague = detail.isEmpty() || detail == QLatin1String(".0.0") || detail == QLatin1String(".2.0");
    if (r == Reason::UserUnknown && vague
        && (in.command.compare(QLatin1String("DATA"), Qt::CaseInsensitive) == 0 || detail == QLatin1String(".2.0")))
        r = Reason::Filtered;
    return r;
}

} // namespace Codes
