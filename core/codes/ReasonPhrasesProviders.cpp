// SPDX-License-Identifier: GPL-3.0-or-later
// Reason phrases of mailbox providers, from their published error pages (named per entry).
// Only wordings that name the reason; provider tags with fixed meanings live in
// ProviderEntries.cpp (matched first, with the provider known).
#include "ReasonPhrases.h"

namespace Codes {

namespace {

using R = Reason;
constexpr PhraseWeight S = PhraseWeight::Strong;
constexpr PhraseWeight D = PhraseWeight::Decisive;

constexpr const char *Gmail = "Google Workspace Admin Help 'SMTP error reference' (support.google.com/a/answer/3726730)";
constexpr const char *Ms = "Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online'";
constexpr const char *MsOutlook = "Microsoft Outlook.com postmaster 'Troubleshooting' (sendersupport.olc.protection.outlook.com/pm)";
constexpr const char *Yahoo = "Yahoo Sender Hub 'SMTP error codes' (senders.yahooinc.com/smtp-error-codes)";
constexpr const char *Apple = "Apple iCloud Mail 'Postmaster information' (support.apple.com/102322)";
constexpr const char *Comcast = "Xfinity/Comcast postmaster 'Error codes' (postmaster.comcast.net)";
constexpr const char *Att = "AT&T postmaster 'Error codes' (abuse_att postmaster pages)";
constexpr const char *Gmx = "GMX / WEB.DE postmaster 'Fehlermeldungen' (postmaster.gmx.net, web.de/email/senderguidelines)";
constexpr const char *Tonline = "Deutsche Telekom / T-Online postmaster (postmaster.t-online.de)";
constexpr const char *Orange = "Orange / La Poste SMTP codes OFR/LPN (postmastery.com 'orange postmaster smtp error codes'; Sisimai Rhost/FrancePTT.pm)";
constexpr const char *Free = "Free.fr postmaster replies";
constexpr const char *MailRu = "Mail.ru postmaster 'Коды ошибок' (help.mail.ru/mail/postmaster)";
constexpr const char *Yandex = "Yandex Mail help 'Ошибки отправки' (yandex.ru/support/mail)";
constexpr const char *Zoho = "Zoho Mail 'Bounce error codes' (zoho.com/mail/help)";
constexpr const char *IUa = "i.ua mail error pages (mail.i.ua/err/N; Sisimai Rhost/IUA.pm)";
constexpr const char *GoDaddy = "GoDaddy 'What does my email bounceback mean' (godaddy.com/help/3568)";
constexpr const char *Cox = "Cox 'Email error codes' (cox.com/residential/support/email-error-codes.html; Sisimai Rhost/Cox.pm)";
constexpr const char *Kddi = "au/KDDI (Sisimai Rhost/KDDI.pm: '550 : User unknown' is filtered)";
constexpr const char *Docomo = "NTT docomo (Sisimai Rhost/NTTDOCOMO.pm)";
constexpr const char *Proofpoint = "Proofpoint Essentials / PPS reject texts (support.proofpoint.com/dnsbl-lookup)";

const std::vector<ReasonPhrase> kProviders = {
    // Gmail
    {R::UserUnknown, "the email account that you tried to reach does not exist", Gmail, "", S},
    {R::Suspend, "the email account that you tried to reach is disabled", Gmail, "", S},
    {R::Suspend, "the email account that you tried to reach is inactive", Gmail, "", S},
    {R::MailboxFull, "the email account that you tried to reach is over quota", Gmail, "", S},
    {R::MailboxFull, "the recipient's inbox is out of storage space", Gmail, "", S},
    {R::SpamDetected, "this message is likely unsolicited mail", Gmail, "", S},
    {R::SpamDetected, "likely suspicious due to the very low reputation", Gmail, "", S},
    {R::BadReputation, "unusual rate of unsolicited mail originating from your ip address", Gmail, "", S},
    {R::AuthFailure, "does not have authentication information or fails to pass authentication checks", Gmail, "", S},
    {R::AuthFailure, "this mail has been blocked because the sender is unauthenticated", Gmail, "", S},
    {R::AuthFailure, "unauthenticated email from * is not accepted due to domain's dmarc policy", Gmail, "", S},
    {R::RequirePtr, "does not have a ptr record setup", Gmail, "", S},
    {R::MesgTooBig, "your message exceeded google's message size limits", Gmail, "", S},
    {R::Speeding, "receiving mail at a rate that prevents additional messages", Gmail, "", S},
    {R::Speeding, "daily user sending quota exceeded", Gmail, "", S},
    {R::NotCompliantRfc, "messages missing a valid address in from: header", Gmail, "", S},
    {R::NotCompliantRfc, "is not rfc 5322 compliant", Gmail, "", S},
    {R::PolicyViolation, "has been blocked because it contains a potential security issue", Gmail, "", S},
    {R::PolicyViolation, "blocked by the recipient's domain administrator", Gmail, "", S},
    // Gmail gives up connecting after its retry period: the reason is the expiry (Sisimai agrees).
    {R::Expired, "the recipient server did not accept our requests to connect", Gmail, "corpus:gmail,corpus:rfc3464", S},
    {R::FailedStartTls, "tls negotiation failed", Gmail, "", S},
    // Google: further texts of the SMTP error reference
    {R::AuthFailure, "because it is unauthenticated. gmail requires all senders to authenticate", Gmail, "", D},
    {R::AuthFailure, "isn't aligned with either the authenticated spf or dkim", Gmail, "", D},
    {R::Blocked, "try again later, closing connection", Gmail, "", D},
    {R::Blocked, "gmail has detected an unusual rate of mail", Gmail, "", D},
    {R::Blocked, "there is an unusual rate of unsolicited mail originating from your ip address", Gmail, "", D},
    {R::Blocked, "ip not in whitelist for rcpt domain", Gmail, "", D},
    {R::ExceedLimit, "exceeds google's limit of", Gmail, "", D},
    {R::Expired, "connection expired, try reconnecting", Gmail, "", D},
    {R::NotCompliantRfc, "the sender address * is not a valid rfc 5321 address", Gmail, "", D},
    {R::UserUnknown, "the recipient address * is not a valid rfc 5321 address", Gmail, "", D},
    {R::Rejected, "mail sending denied. this error occurs if the sender account is disabled", Gmail, "", D},
    {R::SecurityError, "tls required for rcpt domain", Gmail, "", D},
    {R::SecurityError, "because this message wasn't sent over a tls connection", Gmail, "", D},
    {R::Speeding, "smtp relay limit exceeded", Gmail, "", D},
    {R::SyntaxError, "no commands allowed to pipeline after starttls", Gmail, "", D},
    {R::SyntaxError, "syntax error (no parameters allowed)", Gmail, "", D},
    {R::SyntaxError, "must issue a starttls command first. for more information, go to about smtp error messages", Gmail, "", D},
    {R::SystemError, "multiple destination domains per transaction is unsupported", Gmail, "", D},
    {R::SystemError, "domain policy size per transaction exceeded", Gmail, "", D},
    {R::UserUnknown, "we weren't able to find the recipient domain", Gmail, "", D},
    // Yahoo
    {R::TooManyConn, "max message per connection reached", Yahoo, "", D},
    {R::UserUnknown, "requested mail action aborted, mailbox not found", Yahoo, "", D},
    // Orange / La Poste
    {R::Blocked, "adresse ip source bloquee pour incident de spam", Orange, "", D},
    {R::Blocked, "ont ete bloques par nos services", Orange, "", D},
    {R::SystemError, "ofr005_505", Orange, "", D},
    {R::SystemError, "lpn007_505", Orange, "", D},
    {R::AuthFailure, "message refused, dmarc verification failed", Orange, "", D},
    {R::PolicyViolation, "lpn000_630", Orange, "", D},
    // GoDaddy IB codes
    {R::Speeding, "ib101", GoDaddy, "", D},
    {R::Blocked, "ib110", GoDaddy, "", D},
    {R::Blocked, "ib111", GoDaddy, "", D},
    {R::Blocked, "ib112", GoDaddy, "", D},
    {R::Blocked, "ib113", GoDaddy, "", D},
    {R::Speeding, "ib510", GoDaddy, "", D},
    {R::Speeding, "ib607", GoDaddy, "", D},
    {R::SpamDetected, "message rejected for spam or virus content", GoDaddy, "", D},
    // Microsoft 365: enhanced codes of its own with fixed texts
    {R::Blocked, "access denied, bad helo", Ms, "", D},
    {R::Blocked, "access denied, rejected by recipient", Ms, "", D},
    {R::Blocked, "does not accept email over ipv6", Ms, "", D},
    {R::Blocked, "access denied, banned sender", Ms, "", D},
    {R::Blocked, "must have a reverse dns record", Ms, "", D},
    {R::Blocked, "restrictdomainstoipaddresses or restrictdomainstocertificate", Ms, "", D},
    {R::AuthFailure, "tlsa-invalid: the domain failed dane validation", Ms, "", D},
    {R::AuthFailure, "dnssec-invalid: destination domain returned invalid dnssec records", Ms, "", D},
    {R::AuthFailure, "certificate-host-mismatch: remote certificate must have a common name", Ms, "", D},
    {R::NetworkError, "smtpsend.dns.nonexistentdomain", Ms, "", D},
    {R::NotAccept, "hosted tenant which has no mail-enabled subscriptions", Ms, "", D},
    {R::Rejected, "sender was not authenticated by organization", Ms, "", D},
    {R::Rejected, "sender not authenticated for group", Ms, "", D},
    {R::Rejected, "sender was not authenticated for mailbox", Ms, "", D},
    {R::Rejected, "sender was not authenticated for public folder", Ms, "", D},
    {R::Rejected, "sender was not authenticated", Ms, "", D},
    {R::Rejected, "access denied, message must be rfc 5322 section 3.6.2 compliant", Ms, "", D},
    {R::SecurityError, "starttls is required to send mail", Ms, "", D},
    {R::SecurityError, "starttls-not-supported: destination mail server must support tls", Ms, "", D},
    {R::SpamDetected, "content filter agent quarantined this message", Ms, "", D},
    {R::Speeding, "recipient thread limit exceeded", Ms, "", D},
    {R::Speeding, "submission quota exceeded", Ms, "", D},
    {R::Speeding, "has exceeded permitted limits within", Ms, "", D},
    {R::Suspend, "access denied, banned recipient", Ms, "", D},
    {R::SystemError, "message failed to be replicated", Ms, "", D},
    {R::SystemError, "(suspiciousremoteservererror)", Ms, "", D},
    {R::SystemError, "pfa agent busy, please try again", Ms, "", D},
    {R::SystemError, "destination mailbox address ambiguous", Ms, "", D},
    {R::SystemError, "mailing list expansion problem", Ms, "", D},
    {R::TooManyConn, "the recipient has exceeded their limit for", Ms, "", D},
    {R::UserUnknown, "recipient addresses in single label domains not accepted", Ms, "", D},
    {R::UserUnknown, "invalid x.400 address", Ms, "", D},
    // Microsoft 365 / Outlook.com
    {R::UserUnknown, "recipient not found by smtp address lookup", Ms, "", S},
    {R::UserUnknown, "requested action not taken: mailbox unavailable", MsOutlook, "", S},
    {R::Blocked, "banned sending ip", Ms, "", S},
    {R::Blocked, "part of their network is on our block list", MsOutlook, "", S},
    {R::SpamDetected, "message blocked because it contains content identified as spam", Ms, "", S},
    {R::AuthFailure, "does not pass dmarc verification", Ms, "", S},
    {R::AuthFailure, "failed to pass authentication checks", Ms, "", S},
    {R::Speeding, "tenant has exceeded threshold", Ms, "", S},
    {R::Speeding, "recipient rate limit exceeded", Ms, "", S},
    {R::Speeding, "message rate limit exceeded", Ms, "", S},
    {R::Rejected, "client blocked from sending from unregistered domains", Ms, "", S},
    {R::SecurityError, "resolver.rst.notauthorized", Ms, "", S},
    {R::Filtered, "resolver.rst.sendernotauthenticatedforgroup", Ms, "", S},
    // Yahoo / AOL
    {R::UserUnknown, "this user doesn't have a yahoo.com account", Yahoo, "", S},
    {R::UserUnknown, "requested mail action aborted, mailbox not found", Yahoo, "", S},
    {R::Suspend, "this mailbox is disabled", Yahoo, "", S},
    {R::Blocked, "will be permanently deferred", Yahoo, "", S},
    {R::Speeding, "temporarily deferred due to unexpected volume or user complaints", Yahoo, "", S},
    // Apple
    {R::UserUnknown, "user does not exist", Apple, "", S},
    {R::MailboxFull, "user is over quota", Apple, "", S},
    {R::PolicyViolation, "message rejected due to local policy", Apple, "", S},
    // Comcast / AT&T
    {R::UserUnknown, "not our customer", Comcast, "", S},
    {R::Blocked, "comcast block for spam", Comcast, "", S},
    {R::Blocked, "_is_blocked", Att, "", S},
    {R::Rejected, "connections not accepted from servers without a valid sender domain", Att, "", S},
    // GMX / WEB.DE / T-Online (English parts of their replies)
    {R::RequirePtr, "invalid dns ptr resource record", Gmx, "", S},
    {R::UserUnknown, "mailbox unavailable or not local", Gmx, "", S},
    {R::Blocked, "a problem occurred. (ask your postmaster for help", Tonline, "", S},
    {R::MailboxFull, "mailbox quota exceeded", Tonline, "", S},
    // Orange / La Poste (English halves of bilingual replies)
    {R::UserUnknown, "invalid recipient. ofr", Orange, "", D},
    {R::UserUnknown, "invalid recipient. lpn", Orange, "corpus:sendmail", D},
    {R::SpamDetected, "mail rejected. ofr", Orange, "corpus:einsundeins", D},
    {R::MailboxFull, "recipient overquota. ofr", Orange, "", D},
    {R::MailboxFull, "recipient overquota. lpn", Orange, "", D},
    {R::MailboxFull, "recipient overquota", Orange, "", S},
    {R::Suspend, "archived recipient", Orange, "", S},
    {R::Suspend, "the recipient account isblocked", Orange, "", S},
    {R::Suspend, "the recipient account is blocked", Orange, "", S},
    {R::Rejected, "emetteur invalide. invalid sender", Orange, "", S},
    {R::Blocked, "client host blocked for spamming issues", Orange, "", S},
    {R::AuthFailure, "dmarc verification failed", Orange, "", S},
    {R::MesgTooBig, "taille limite du message atteinte", Orange, "", S},
    // Free
    {R::UserUnknown, "adresse inconnue", Free, "", S},
    // Zoho
    {R::UserUnknown, "invalid address: user does not exist", Zoho, "", S},
    // i.ua (Ukraine)
    {R::NoRelaying, "the use of smtp as mail gate is forbidden", IUa, "", S},
    {R::Suspend, "mailbox was not used for more than", IUa, "", S},
    {R::Speeding, "letter sending limit is exceeded", IUa, "", S},
    // Cox: AUP# codes of its error code page
    {R::Blocked, "aup#cxbl", Cox, "", D},
    {R::RequirePtr, "aup#cxdns", Cox, "", D},
    {R::AuthFailure, "aup#cxsndr", Cox, "", D},
    {R::Rejected, "aup#cxsmtp", Cox, "", D},
    {R::TooManyConn, "aup#cxcnct", Cox, "", D},
    {R::TooManyConn, "aup#cxmxrt", Cox, "", D},
    {R::Blocked, "aup#cdrbl", Cox, "corpus:postfix", D},
    {R::SecurityError, "aup#cxthrt", Cox, "", D},
    {R::SecurityError, "aup#cxmj", Cox, "", D},
    {R::Blocked, "aup#ipbl", Cox, "", D},
    {R::SpamDetected, "aup#urlbl", Cox, "", D},
    // GoDaddy: IB codes
    {R::SecurityError, "ib401", GoDaddy, "", D},
    {R::NotCompliantRfc, "ib501", GoDaddy, "", D},
    {R::NotCompliantRfc, "ib502", GoDaddy, "", D},
    {R::Rejected, "ib506", GoDaddy, "corpus:exim", D},
    // au (KDDI): "550 : User unknown" with an empty address is au's per-recipient filter, an
    // address that exists says "550 <addr>: User unknown"
    {R::Filtered, "550 : user unknown", Kddi, "corpus:rfc3464,corpus:yahoo", D},
    {R::UserUnknown, "550 <*>: user unknown", Kddi, "corpus:rfc3464", D},
    // GoDaddy
    {R::SecurityError, "authentication not allowed on ibsmtp servers", GoDaddy, "", S},
    {R::NotCompliantRfc, "ip addresses are not allowed as a from: address", GoDaddy, "", S},
    {R::AuthFailure, "invalid spf record", GoDaddy, "", S},
    // NTT docomo
    {R::MailboxFull, "552 too much mail data", Docomo, "", S},
    // Proofpoint
    {R::Blocked, "blocked - see https://support.proofpoint.com/dnsbl-lookup", Proofpoint, "", S},
    {R::Blocked, "blocked - see http://support.proofpoint.com/dnsbl-lookup", Proofpoint, "", S},
    // mail.ru / Yandex (English halves)
    {R::UserUnknown, "user not found", MailRu, "", S},
    {R::Suspend, "this user has been disabled", Yandex, "", S},
    {R::SpamDetected, "message rejected under suspicion of spam", Yandex, "", S},

    // --- moved from the table without per-entry sources (issue 13)
    {R::Suppressed, "suppression list", "Amazon SES API Reference v2 'SuppressionOptions' (docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionOptions.html): 'Amazon SES adds an email address to the suppression list for your account when a message sent to that address results in a hard bounce' (account-level suppression list)", "", S},
    {R::Suppressed, "on the suppression", "Amazon SES API Reference v2 'SuppressionOptions' (docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionOptions.html): 'Amazon SES adds an email address to the suppression list for your account when a message sent to that address results in a hard bounce' (account-level suppression list)", "", S},
};

} // namespace

std::vector<ReasonPhrase> providerPhrases()
{
    return kProviders;
}

} // namespace Codes
