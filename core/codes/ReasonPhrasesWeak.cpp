// SPDX-License-Identifier: GPL-3.0-or-later
// Single words that point at a reason without naming it precisely. They decide only when no
// strong phrase matched and the status code is generic (X.0.0, X.7.0, X.7.1, X.1.0, ...):
// providers use 5.7.1 for spam, user unknown, relaying and policy alike (RFC 3463 3.8: X.7.1
// is "delivery not authorized, message refused"), so the words that explain the refusal are
// better evidence than the code's own default. Sources: the vocabulary of the MTA and provider
// texts in the other tables (each word occurs in several of them).
#include "ReasonPhrases.h"

namespace Codes {

namespace {

using R = Reason;
constexpr PhraseWeight W = PhraseWeight::Weak;
constexpr const char *Src = "generalised from the MTA/provider tables (ReasonPhrasesMta.cpp, ReasonPhrasesProviders.cpp)";

const std::vector<ReasonPhrase> kWeak = {
    {R::SpamDetected, "spam", Src, "", W},
    {R::SpamDetected, "junk", Src, "", W},
    {R::SpamDetected, "unsolicited", Src, "", W},
    {R::SpamDetected, "unacceptable content", Src, "", W},
    {R::SpamDetected, "bulk", Src, "", W},
    {R::SpamDetected, "spf/dkim/spam", Src, "", W},
    {R::Blocked, "blacklist", Src, "", W},
    {R::Blocked, "blocklist", Src, "", W},
    {R::Blocked, "black list", Src, "", W},
    {R::Blocked, "block list", Src, "", W},
    {R::Blocked, "denylist", Src, "", W},
    {R::Blocked, "rbl", Src, "", W},
    {R::Blocked, "your ip", Src, "", W},
    {R::BadReputation, "reputation", Src, "", W},
    {R::PolicyViolation, "policy", Src, "", W},
    {R::PolicyViolation, "policies", Src, "", W},
    {R::MailboxFull, "quota", Src, "", W},
    {R::MailboxFull, "mailbox full", Src, "", W},
    {R::UserUnknown, "unknown", Src, "", W},
    {R::UserUnknown, "does not exist", Src, "", W},
    {R::UserUnknown, "doesn't exist", Src, "", W},
    {R::UserUnknown, "not exist", Src, "", W},
    {R::UserUnknown, "no such", Src, "", W},
    {R::UserUnknown, "not found", Src, "", W},
    {R::UserUnknown, "invalid recipient", Src, "", W},
    {R::UserUnknown, "inactive", Src, "", W},
    // Postfix prefixes every recipient restriction's reply with it (src/smtpd/smtpd_check.c,
    // "Recipient address rejected: %s"); bare (the sentence ends there), at RCPT, it is a
    // refused mailbox address. With a restriction's own text after the colon, that text decides.
    {R::UserUnknown, "recipient address rejected.", "postfix src/smtpd/smtpd_check.c", "", W},
    // The same words in other languages (this project's translations of "unknown", "does not
    // exist", "full", "spam"): weak like their English counterparts.
    {R::UserUnknown, "unbekannt", "translation", "", W},
    {R::UserUnknown, "existiert nicht", "translation", "", W},
    {R::UserUnknown, "inconnu", "translation", "", W},
    {R::UserUnknown, "inexistant", "translation", "", W},
    {R::UserUnknown, "desconocido", "translation", "", W},
    {R::UserUnknown, "no existe", "translation", "", W},
    {R::UserUnknown, "sconosciuto", "translation", "", W},
    {R::UserUnknown, "inesistente", "translation", "", W},
    {R::UserUnknown, "desconhecido", "translation", "", W},
    {R::UserUnknown, "inexistente", "translation", "", W},
    {R::UserUnknown, "onbekend", "translation", "", W},
    {R::UserUnknown, "bestaat niet", "translation", "", W},
    {R::UserUnknown, "не найден", "translation", "", W},
    {R::UserUnknown, "не существует", "translation", "", W},
    {R::UserUnknown, "存在しません", "translation", "", W},
    {R::MailboxFull, "postfach voll", "translation", "", W},
    {R::MailboxFull, "pleine", "translation", "", W},
    {R::MailboxFull, "lleno", "translation", "", W},
    {R::MailboxFull, "piena", "translation", "", W},
    {R::MailboxFull, "cheia", "translation", "", W},
    {R::MailboxFull, "переполнен", "translation", "", W},
    {R::MailboxFull, "квота", "translation", "", W},
    {R::SpamDetected, "спам", "translation", "", W},
    {R::SpamDetected, "迷惑", "translation", "", W},
    {R::NoRelaying, "relay", Src, "", W},
    {R::Blocked, "blocked", Src, "", W},
    {R::Rejected, "sender", Src, "", W},
    {R::Speeding, "too many", Src, "", W},
    {R::VirusDetected, "virus", Src, "", W},
    {R::AuthFailure, "dmarc", Src, "", W},
    {R::AuthFailure, "dkim", Src, "", W},
    {R::AuthFailure, "spf", Src, "", W},
    {R::Suspend, "disabled", Src, "", W},
    {R::Suspend, "suspended", Src, "", W},
    {R::MesgTooBig, "too large", Src, "", W},
    {R::MesgTooBig, "too big", Src, "", W},
    {R::Expired, "timed out", Src, "", W},
    {R::Expired, "timeout", Src, "", W},
    {R::NetworkError, "connection refused", "postfix src/smtp/smtp_connect.c (connect to %s[%s]:%d: Connection refused)", "", W},
    {R::NetworkError, "connection reset", Src, "", W},
};

} // namespace

std::vector<ReasonPhrase> weakPhrases()
{
    return kWeak;
}

} // namespace Codes
