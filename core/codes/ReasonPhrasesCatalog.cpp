// SPDX-License-Identifier: GPL-3.0-or-later
// Reason phrases from public catalogues of real server replies and from the RFC registries, each
// with the entry it is taken from and the reason that source gives. Lower case; '*' separates
// parts that must appear in order.
// Sources: Sisimai's reason index ("Sisimai reason/why-REASON.go": github.com/sisimai/go-sisimai,
// reason/, the phrase lists each reason is matched with; "part of '...'" where our phrase is a
// shorter piece of that entry), Sisimai's per-host and per-MTA tables ("Sisimai lib/Sisimai/
// Rhost/*.pm, Lhost/*.pm": github.com/sisimai/p5-sisimai, which quote the providers' published
// replies and name the reason), and the registry texts of RFC 3463, 5321, 4954, 7372, 7505, 8617,
// 8689 and 5965. Moved here from the table that had no source per entry (issue 13); the origin
// field keeps that table's corpus provenance for leave-one-family-out scoring.
#include "ReasonPhrases.h"

namespace Codes {

namespace {

using R = Reason;
constexpr PhraseWeight S = PhraseWeight::Strong;

const std::vector<ReasonPhrase> kCatalog = {
    // --- authfailure
    {R::AuthFailure, "dmarc policy", "Sisimai reason/why-authfailure.go: 'dmarc policy'", "", S},
    {R::AuthFailure, "dmarc verification", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (authfailure): 'does not pass dmarc verification'", "", S},
    {R::AuthFailure, "dmarc check failed", "Sisimai lib/Sisimai/Rhost/Tencent.pm (authfailure): 'dmarc check failed'", "", S},
    {R::AuthFailure, "due to domain's dmarc", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): '451/550 4.7.26 unauthenticated email from domain-name is not accepted due to domain's dmarc policy'", "", S},
    {R::AuthFailure, "spf check failed", "Sisimai lib/Sisimai/Rhost/Tencent.pm (authfailure): 'spf check failed'", "", S},
    {R::AuthFailure, "spf validation failed", "RFC 7372 3.2 X.7.23 \"SPF validation failed\"", "", S},
    {R::AuthFailure, "sender policy framework", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (authfailure): 'the message was rejected because of sender policy framework violation'", "", S},
    {R::AuthFailure, "spf authentication", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): '421 4.7.27 your email has been rate limited because spf authentication didn't pass'", "", S},
    {R::AuthFailure, "spf record", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): 'the spf record of the sending domain'", "", S},
    {R::AuthFailure, "dkim signature", "RFC 7372 3.1 X.7.20 \"No passing DKIM signature found\"", "", S},
    {R::AuthFailure, "dkim authentication", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): '421 4.7.30 your email has been rate limited because dkim authentication didn't pass'", "", S},
    {R::AuthFailure, "dkim validation", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (authfailure): 'must pass either spf or dkim validation, this message is not signed'", "", S},
    {R::AuthFailure, "sender is unauthenticated", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (authfailure): '550 5.7.9 this mail has been blocked because the sender is unauthenticated'", "", S},
    {R::AuthFailure, "unauthenticated email", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): '550 5.7.26 unauthenticated email from domain-name is not accepted due to domain's dmarc policy'", "", S},
    {R::AuthFailure, "unauthenticated mail", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): '5.7.26 ... control unauthenticated mail from your domain'", "", S},
    {R::AuthFailure, "arc validation", "RFC 8617 X.7.29 (ARC validation failure); Sisimai lib/Sisimai/SMTP/Status.pm '5.7.29' => authfailure", "", S},
    {R::AuthFailure, "does not have authentication information", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): '550 5.7.26 this message does not have authentication information or fails to pass authentication checks'", "", S},
    {R::AuthFailure, "fails to pass authentication", "Sisimai lib/Sisimai/Rhost/Google.pm (authfailure): 'fails to pass authentication checks'", "", S},
    {R::AuthFailure, "certificate-expired", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (authfailure): '5.7.322 certificate-expired: destination mail server's certificate is expired'", "", S},
    {R::AuthFailure, "tlsa-invalid", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (authfailure): '4.7.323 tlsa-invalid: the domain failed dane validation'", "", S},

    // --- badreputation
    {R::BadReputation, "low reputation", "Sisimai lib/Sisimai/Rhost/Google.pm (badreputation): 'very low reputation of the sending ip address'", "", S},
    {R::BadReputation, "poor reputation", "Sisimai reason/why-badreputation.go: part of 'the sending mta's poor reputation'", "", S},
    {R::BadReputation, "bad reputation", "Sisimai reason/why-badreputation.go: part of 'none/bad reputation'", "", S},
    {R::BadReputation, "ip reputation", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (badreputation): 'has been temporarily rate limited due to ip reputation'", "corpus:postfix", S},
    {R::BadReputation, "reputation of the sending", "Sisimai lib/Sisimai/Rhost/Google.pm (badreputation): 'very low reputation of the sending ip address'", "", S},
    {R::BadReputation, "very low reputation", "Sisimai lib/Sisimai/Rhost/Google.pm (badreputation): 'very low reputation of the sending ip address'", "", S},
    {R::BadReputation, "temporarily rate limited due to ip reputation", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (badreputation): 'has been temporarily rate limited due to ip reputation'", "corpus:postfix", S},
    {R::BadReputation, "domain reputation", "Sisimai reason/why-badreputation.go: part of 'ip/domain reputation problems'", "", S},
    {R::BadReputation, "unexpected volume", "Sisimai reason/why-badreputation.go: part of 'temporarily deferred due to unexpected volume or user complaints'", "", S},

    // --- blocked
    {R::Blocked, "is not allowed to send mail from", "Sisimai reason/why-blocked.go: 'is not allowed to send mail from'", "", S},
    {R::Blocked, "unusual rate of unsolicited mail", "Sisimai lib/Sisimai/Rhost/Google.pm (blocked): '421 4.7.0 / 550 5.7.1 an unusual rate of unsolicited mail'", "", S},
    {R::Blocked, "blocked using ", "Sisimai reason/why-blocked.go: 'blocked using '", "", S},
    {R::Blocked, "blacklisted", "Sisimai lib/Sisimai/Rhost/Mimecast.pm (blocked): 'ip temporarily blacklisted'", "", S},
    {R::Blocked, "is in a black list", "Sisimai reason/why-blocked.go: 'is in a black list'", "", S},
    {R::Blocked, "spamhaus", "Sisimai lib/Sisimai/Rhost/GoDaddy.pm (blocked): 'www.spamhaus.org/query/bl?ip='", "", S},
    {R::Blocked, "barracudacentral", "Sisimai reason/why-blocked.go: part of 'email blocked by *.barracudacentral.org'", "", S},
    {R::Blocked, "spamcop", "Sisimai reason/why-blocked.go: part of '//www.spamcop.net/bl.'", "", S},
    {R::Blocked, "abuseat.org", "Sisimai reason/why-blocked.go: part of 'your sender's ip address is listed at *.abuseat.org'", "corpus:gmail", S},
    {R::Blocked, "dnsbl", "Sisimai lib/Sisimai/Rhost/Apple.pm (blocked): 'blocked - see https://support.proofpoint.com/dnsbl-lookup'", "", S},
    {R::Blocked, " rbl ", "Sisimai lib/Sisimai/Rhost/GoDaddy.pm (blocked): '554 rbl reject'", "", S},
    {R::Blocked, "client host * blocked", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (blocked): 'service unavailable, client host [$connectingip] blocked by $recipientdomain using ...'", "", S},
    {R::Blocked, "bad sender ip address", "Sisimai reason/why-blocked.go: 'bad sender ip address'", "", S},
    {R::Blocked, "sender ip address rejected", "Sisimai reason/why-blocked.go: 'sender ip address rejected'", "", S},
    {R::Blocked, "not currently accepting mail from your ip", "Sisimai reason/why-blocked.go: 'not currently accepting mail from your ip'", "", S},
    {R::Blocked, "your ip address is listed", "Sisimai reason/why-blocked.go: part of 'your ip address is listed in the rbl'", "", S},
    {R::Blocked, "ip address * is blocked", "Sisimai reason/why-blocked.go: part of 'sorry! your ip address* is blocked by rbl'", "", S},
    {R::Blocked, "ip * blocked", "Sisimai reason/why-blocked.go: part of 'access from ip address * blocked'", "", S},
    {R::Blocked, "dynamic ip", "Sisimai reason/why-blocked.go: part of 'hosts with dynamic ip'", "", S},
    {R::Blocked, "dynamic/zombied", "Sisimai reason/why-blocked.go: part of 'dynamic/zombied/spam ips blocked'", "", S},
    {R::Blocked, "please use the smtp server of your isp", "Sisimai reason/why-blocked.go: 'please use the smtp server of your isp'", "corpus:exim", S},
    {R::Blocked, "you are not allowed to connect", "Sisimai reason/why-blocked.go: 'you are not allowed to connect'", "", S},
    {R::Blocked, "go away", "Sisimai reason/why-blocked.go: 'go away'", "", S},
    {R::Blocked, "block list", "Sisimai reason/why-blocked.go: part of 'part of their network is on our block list'", "", S},
    {R::Blocked, "was blocked by", "Sisimai reason/why-blocked.go: part of 'was blocked by '", "", S},
    {R::Blocked, "esmtp not accepting connections", "Sisimai reason/why-blocked.go: 'esmtp not accepting connections'", "", S},
    {R::Blocked, "service not available, closing transmission channel", "Sisimai reason/why-blocked.go: 'service not available, closing transmission channel'", "", S},

    // --- contenterror
    {R::ContentError, "invalid mime", "Sisimai reason/why-contenterror.go: part of 'this message contain invalid mime headers'", "", S},

    // --- exceedlimit
    {R::ExceedLimit, "message length exceeds administrative limit", "RFC 3463 X.2.3 \"Message length exceeds administrative limit\" (per-mailbox limit; Sisimai lib/Sisimai/SMTP/Status.pm '5.2.3' => exceedlimit)", "", S},
    {R::ExceedLimit, "message too large for", "Sisimai reason/why-exceedlimit.go: 'message too large'", "", S},

    // --- expired
    {R::Expired, "delivery time expired", "Sisimai reason/why-expired.go: 'delivery time expired'", "", S},
    {R::Expired, "queue too long", "Sisimai lib/Sisimai/Rhost/GoDaddy.pm (expired): 'has been in the queue too long'", "", S},
    {R::Expired, "was not delivered within", "Sisimai lib/Sisimai/Lhost/EZweb.pm (expired): 'your message was not delivered within '", "", S},
    {R::Expired, "could not deliver for the last", "Sisimai lib/Sisimai/Lhost/DragonFly.pm (expired): 'could not deliver for the last '", "corpus:dragonfly", S},
    {R::Expired, "envelope expired", "Sisimai lib/Sisimai/Lhost/OpenSMTPD.pm (expired): 'envelope expired'", "corpus:opensmtpd", S},
    {R::Expired, "message timed out", "Sisimai reason/why-expired.go: 'message timed out'", "", S},
    {R::Expired, "giving up on", "Sisimai reason/why-expired.go: 'giving up on'", "corpus:qmail", S},
    {R::Expired, "unable to deliver message after multiple retries", "Sisimai reason/why-expired.go: 'unable to deliver message after multiple retries'", "", S},

    // --- failedstarttls
    {R::FailedStartTls, "requiretls", "RFC 8689 (REQUIRETLS SMTP extension; X.7.30 \"REQUIRETLS support required\")", "", S},

    // --- filtered
    {R::Filtered, "due to extended inactivity", "Sisimai reason/why-filtered.go: part of 'due to extended inactivity new mail is not currently being accepted for this mailbox'", "", S},
    {R::Filtered, "has restricted sms e-mail", "Sisimai reason/why-filtered.go: 'has restricted sms e-mail'", "", S},

    // --- hasmoved
    {R::HasMoved, "no forwarding address", "RFC 3463 X.1.6 \"Destination mailbox has moved, No forwarding address\"", "", S},
    {R::HasMoved, "mailbox has moved", "RFC 3463 X.1.6 \"Destination mailbox has moved, No forwarding address\"", "", S},

    // --- hostunknown
    {R::HostUnknown, "domain must exist", "Sisimai reason/why-hostunknown.go: 'domain must exist'", "", S},
    {R::HostUnknown, "host unknown", "Sisimai reason/why-hostunknown.go: 'host unknown'", "", S},
    {R::HostUnknown, "unknown host", "Sisimai reason/why-hostunknown.go: 'unknown host'", "", S},
    {R::HostUnknown, "name or service not known", "Sisimai reason/why-hostunknown.go: 'name or service not known'", "", S},
    {R::HostUnknown, "domain name not found", "Sisimai lib/Sisimai/Lhost/Aol.pm (hostunknown): 'host or domain name not found'", "", S},
    {R::HostUnknown, "invalid domain", "Sisimai lib/Sisimai/Lhost/OpenSMTPD.pm (hostunknown): 'invalid domain name'", "", S},
    {R::HostUnknown, "unknown domain", "Sisimai reason/why-hostunknown.go: part of 'recipient address rejected: unknown domain name'", "", S},

    // --- mailboxfull
    {R::MailboxFull, "exceeded storage allocation", "RFC 5321 4.2.2 (552 \"Requested mail action aborted: exceeded storage allocation\"); Sisimai reason/why-mailboxfull.go: 'exceeded storage allocation'", "", S},
    {R::MailboxFull, "mailbox size limit exceeded", "Sisimai reason/why-mailboxfull.go: 'mailbox size limit exceeded'", "", S},
    {R::MailboxFull, "overquota", "Sisimai lib/Sisimai/Rhost/Google.pm (mailboxfull): 'support.google.com/mail/?p=overquotatemp / ?p=overquotaperm'", "", S},
    {R::MailboxFull, "quota exceeded", "Sisimai reason/why-mailboxfull.go: 'quota exceeded'", "", S},
    {R::MailboxFull, "exceeded * quota", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (mailboxfull): 'the recipient's mailbox has exceeded its storage quota'", "", S},
    {R::MailboxFull, "out of storage", "Sisimai lib/Sisimai/Rhost/Google.pm (mailboxfull): 'inbox is out of storage space'", "", S},
    {R::MailboxFull, "insufficient disk space", "Sisimai reason/why-mailboxfull.go: part of '452 insufficient disk space'", "", S},
    {R::MailboxFull, "mailbox has exceeded", "Sisimai reason/why-mailboxfull.go: part of 'mailbox has exceeded its disk space limit'", "", S},
    {R::MailboxFull, "storage space", "Sisimai lib/Sisimai/Rhost/Google.pm (mailboxfull): 'inbox is out of storage space'", "", S},
    {R::MailboxFull, "mail quota", "Sisimai lib/Sisimai/Rhost/Google.pm (mailboxfull): 'email quota exceeded'", "", S},
    {R::MailboxFull, "mailfolder is full", "Sisimai reason/why-mailboxfull.go: 'mailfolder is full'", "corpus:x4", S},
    {R::MailboxFull, "quota violation", "Sisimai reason/why-mailboxfull.go: part of 'quota violation for'", "", S},
    {R::MailboxFull, "not enough disk space", "Sisimai reason/why-mailboxfull.go: 'not enough disk space'", "", S},

    // --- mailererror
    {R::MailerError, "x-unix;", "Sisimai reason/why-mailererror.go: part of 'x-unix; '", "", S},
    {R::MailerError, "pipe to |", "Sisimai reason/why-mailererror.go: part of 'pipe to |/'", "corpus:exim", S},
    {R::MailerError, "command output:", "Sisimai reason/why-mailererror.go: 'command output:'", "", S},
    {R::MailerError, "procmail:", "Sisimai reason/why-mailererror.go: part of 'procmail: '", "corpus:postfix", S},
    {R::MailerError, "mailer error", "Sisimai reason/why-mailererror.go: 'mailer error'", "", S},

    // --- mesgtoobig
    {R::MesgTooBig, "size limit for this recipient", "Sisimai reason/why-mesgtoobig.go: 'size limit'", "", S},
    {R::MesgTooBig, "message too large", "Sisimai lib/Sisimai/Rhost/Tencent.pm (mesgtoobig): 'message too large'", "", S},
    {R::MesgTooBig, "message is too large", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (mesgtoobig): 'the message is too large'", "", S},
    {R::MesgTooBig, "message size exceeds", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (mesgtoobig): 'message size exceeds fixed maximum message size'", "", S},
    {R::MesgTooBig, "size limit", "Sisimai reason/why-mesgtoobig.go: 'size limit'", "", S},
    {R::MesgTooBig, "message file too big", "Sisimai reason/why-mesgtoobig.go: 'message file too big'", "", S},
    {R::MesgTooBig, "message exceeded * size limits", "Sisimai reason/why-mesgtoobig.go: 'size limit'", "", S},
    {R::MesgTooBig, "message exceeds", "Sisimai lib/Sisimai/Lhost/Facebook.pm (mesgtoobig): 'msg-p1: the message exceeds facebook's maximum allowed size'", "", S},

    // --- networkerror
    {R::NetworkError, "hop count exceeded", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (networkerror): '5.4.6 hop count exceeded - possible mail loop'", "", S},
    {R::NetworkError, "nxdomain", "Sisimai lib/Sisimai/Lhost/GSuite.pm (networkerror): '... responded with code nxdomain'", "corpus:rfc3464", S},
    {R::NetworkError, "could not connect", "Sisimai reason/why-networkerror.go: part of 'could not connect and send the mail to'", "", S},
    {R::NetworkError, "no route to host", "Sisimai reason/why-networkerror.go: 'no route to host'", "corpus:rfc3464", S},
    {R::NetworkError, "routing loop", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (networkerror): 'routing loop detected'", "", S},
    {R::NetworkError, "too many hops", "Sisimai reason/why-networkerror.go: 'too many hops'", "corpus:sendmail", S},
    {R::NetworkError, "dns lookup", "Sisimai lib/Sisimai/Lhost/OpenSMTPD.pm (networkerror): 'bad dns lookup error code'", "", S},
    {R::NetworkError, "unable to route", "RFC 3463 X.4.4 \"Unable to route\"", "", S},
    {R::NetworkError, "malformed or unexpected name server reply", "Sisimai reason/why-networkerror.go: 'malformed or unexpected name server reply'", "", S},
    {R::NetworkError, "host is unreachable", "Sisimai reason/why-networkerror.go: 'host is unreachable'", "", S},

    // --- norelaying
    {R::NoRelaying, "relay denied", "Sisimai reason/why-norelaying.go: 'relay denied'", "", S},
    {R::NoRelaying, "not permitted to relay", "Sisimai reason/why-norelaying.go: part of 'is not permitted to relay through this server without authentication'", "", S},
    {R::NoRelaying, "unable to relay", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (norelaying): 'unable to relay'", "", S},
    {R::NoRelaying, "relaying mail to * is not allowed", "Sisimai reason/why-norelaying.go: 'relaying mail to '", "", S},
    {R::NoRelaying, "no relaying", "Sisimai reason/why-norelaying.go: 'no relaying'", "", S},
    {R::NoRelaying, "not configured to relay", "Sisimai reason/why-norelaying.go: part of 'this system is not configured to relay mail'", "corpus:postfix", S},
    {R::NoRelaying, "relay not allowed", "Sisimai lib/Sisimai/Rhost/Mimecast.pm (norelaying): 'open relay not allowed'", "", S},
    {R::NoRelaying, "tenantattribution; relay access denied", "Sisimai reason/why-norelaying.go: 'relay access denied'", "", S},

    // --- notaccept
    {R::NotAccept, "does not accept mail", "Sisimai lib/Sisimai/Rhost/Apple.pm (notaccept): 'host/domain does not accept mail'", "", S},
    {R::NotAccept, "null mx", "RFC 7505 (null MX: X.1.10 \"Recipient address has null MX\"); Sisimai lib/Sisimai/Lhost/GSuite.pm (notaccept)", "", S},
    {R::NotAccept, "no mx record", "Sisimai reason/why-notaccept.go: part of 'no mx record found for domain='", "", S},
    {R::NotAccept, "host does not accept mail", "Sisimai reason/why-notaccept.go: 'host does not accept mail'", "corpus:sendmail", S},

    // --- notcompliantrfc
    {R::NotCompliantRfc, "message is malformed", "Sisimai lib/Sisimai/Rhost/Google.pm (notcompliantrfc): '554 5.6.0 mail message is malformed. not accepted'", "", S},
    {R::NotCompliantRfc, "duplicate header", "Sisimai reason/why-notcompliantrfc.go: 'duplicate header'", "corpus:postfix", S},
    {R::NotCompliantRfc, "not rfc 5322 compliant", "Sisimai lib/Sisimai/Rhost/Google.pm (notcompliantrfc): 'is not rfc 5322 compliant'", "", S},
    {R::NotCompliantRfc, "rfc 5322", "Sisimai lib/Sisimai/Rhost/Google.pm (notcompliantrfc): 'is not rfc 5322 compliant'", "", S},
    {R::NotCompliantRfc, "headers are not rfc compliant", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (notcompliantrfc): 'headers are not rfc compliant'", "", S},
    {R::NotCompliantRfc, "not rfc compliant", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (notcompliantrfc): 'headers are not rfc compliant'", "", S},
    {R::NotCompliantRfc, "from: header", "Sisimai lib/Sisimai/Rhost/Google.pm (notcompliantrfc): '550 5.7.1 ... from: header ...'", "", S},

    // --- policyviolation
    {R::PolicyViolation, "header error", "Sisimai reason/why-policyviolation.go: 'header error'", "", S},
    {R::PolicyViolation, "because the recipient is not accepting mail", "Sisimai reason/why-policyviolation.go: part of 'because the recipient is not accepting mail with '", "", S},
    {R::PolicyViolation, "policy violation", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (policyviolation): 'requested action not taken: policy violation detected (as345)'", "", S},
    {R::PolicyViolation, "not accepted for policy reasons", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (policyviolation): 'not accepted for policy reasons'", "", S},
    {R::PolicyViolation, "local policy", "Sisimai lib/Sisimai/Rhost/Apple.pm (policyviolation): 'due to local policy'", "", S},
    {R::PolicyViolation, "potential security issue", "Sisimai lib/Sisimai/Rhost/Google.pm (policyviolation): 'blocked because its content presents a potential security issue'", "", S},
    {R::PolicyViolation, "denied by policy", "Sisimai reason/why-policyviolation.go: 'denied by policy'", "corpus:postfix", S},
    {R::PolicyViolation, "protocol violation", "Sisimai reason/why-policyviolation.go: 'protocol violation'", "corpus:postfix", S},
    {R::PolicyViolation, "content presents a potential", "Sisimai lib/Sisimai/Rhost/Google.pm (policyviolation): 'blocked because its content presents a potential security issue'", "corpus:sendmail", S},
    {R::PolicyViolation, "illegal attachment", "Sisimai lib/Sisimai/Rhost/Google.pm (policyviolation): 'illegal attachment on your message'", "corpus:sendmail", S},
    {R::PolicyViolation, "for policy reasons", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (policyviolation): 'not accepted for policy reasons'", "", S},

    // --- rejected
    {R::Rejected, "sender address rejected by recipient", "Sisimai reason/why-rejected.go: 'address rejected'", "", S},
    {R::Rejected, "sender address rejected", "Sisimai reason/why-rejected.go: 'address rejected'", "", S},
    {R::Rejected, "sender rejected", "Sisimai reason/why-rejected.go: 'sender rejected'", "", S},
    {R::Rejected, "sender denied", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (rejected): 'sender denied'", "", S},
    {R::Rejected, "invalid sender", "Sisimai reason/why-rejected.go: 'invalid sender'", "", S},
    {R::Rejected, "mail from address rejected", "Sisimai reason/why-rejected.go: 'address rejected'", "", S},
    {R::Rejected, "sender is not allowed", "Sisimai reason/why-rejected.go: part of 'null sender is not allowed'", "", S},
    {R::Rejected, "address rejected: sender", "Sisimai reason/why-rejected.go: 'address rejected'", "", S},
    {R::Rejected, "unknown sender", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (rejected): 'unknown sender address'", "", S},
    {R::Rejected, "sender not authenticated", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (rejected): '5.7.133 sender not authenticated for group'", "", S},

    // --- requireptr
    {R::RequirePtr, "access denied. ip name lookup failed", "Sisimai reason/why-requireptr.go: 'access denied. ip name lookup failed'", "corpus:sendmail", S},
    {R::RequirePtr, "ptr record", "Sisimai lib/Sisimai/Rhost/Google.pm (requireptr): 'does not have a ptr record'", "", S},
    {R::RequirePtr, "reverse dns", "Sisimai reason/why-requireptr.go: part of 'all mail servers must have a ptr record with a valid reverse dns entry'", "", S},
    {R::RequirePtr, "reverse lookup", "Sisimai reason/why-requireptr.go: part of 'sender ip reverse lookup rejected'", "", S},
    {R::RequirePtr, "no ptr", "Sisimai reason/why-requireptr.go: part of 'no ptr record found.'", "", S},
    {R::RequirePtr, "rdns", "Sisimai lib/Sisimai/Rhost/Cox.pm (requireptr): 'rejected - no rdns'", "corpus:exim", S},
    {R::RequirePtr, "ip name lookup failed", "Sisimai reason/why-requireptr.go: part of 'access denied. ip name lookup failed'", "corpus:sendmail", S},
    {R::RequirePtr, "no reverse", "Sisimai reason/why-requireptr.go: part of 'this system will not accept messages from servers/devices with no reverse dns'", "", S},

    // --- securityerror
    {R::SecurityError, "authentication credentials invalid", "Sisimai reason/why-securityerror.go: 'authentication credentials invalid'", "", S},
    {R::SecurityError, "client was not authenticated", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (securityerror): 'client was not authenticated'", "", S},
    {R::SecurityError, "not authenticated", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (securityerror): 'client was not authenticated'", "", S},
    {R::SecurityError, "must be authenticated", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (securityerror): 'this error occurs when the receiving server must be authenticated before message submission'", "", S},
    {R::SecurityError, "authentication mechanism is too weak", "RFC 4954 6 (534 5.7.9 \"Authentication mechanism is too weak\")", "", S},
    {R::SecurityError, "password", "Sisimai lib/Sisimai/Rhost/Google.pm (securityerror): 'application-specific password required'", "", S},
    {R::SecurityError, "unauthenticated senders", "Sisimai reason/why-securityerror.go: part of 'unauthenticated senders not allowed'", "", S},
    {R::SecurityError, "smtp authentication", "Sisimai lib/Sisimai/Lhost/MessageLabs.pm (securityerror): 'please turn on smtp authentication in your mail client'", "", S},
    {R::SecurityError, "insecure mail relay", "Sisimai reason/why-securityerror.go: 'insecure mail relay'", "", S},

    // --- spamdetected
    {R::SpamDetected, "spam message", "Sisimai reason/why-spamdetected.go: part of 'spam message rejected.'", "", S},
    {R::SpamDetected, "as spam", "Sisimai reason/why-spamdetected.go: part of 'is classified as spam and is rejected'", "", S},
    {R::SpamDetected, "detected as spam", "Sisimai reason/why-spamdetected.go: part of 'message detected as spam'", "", S},
    {R::SpamDetected, "identified as spam", "Sisimai reason/why-spamdetected.go: part of 'this message has been identified as spam'", "", S},
    {R::SpamDetected, "considered spam", "Sisimai reason/why-spamdetected.go: part of 'your email is considered spam'", "", S},
    {R::SpamDetected, "spam score", "Sisimai reason/why-spamdetected.go: part of 'spam score '", "", S},
    {R::SpamDetected, "spam content", "Sisimai reason/why-spamdetected.go: part of 'message rejected due to suspected spam content'", "", S},
    {R::SpamDetected, "spam filter", "Sisimai reason/why-spamdetected.go: part of 'the message has been rejected by spam filtering engine'", "", S},
    {R::SpamDetected, "classified as spam", "Sisimai reason/why-spamdetected.go: part of 'this message was classified as spam'", "", S},
    {R::SpamDetected, "looks like spam", "Sisimai reason/why-spamdetected.go: part of 'message looks like spam'", "", S},
    {R::SpamDetected, "spam-like", "Sisimai reason/why-spamdetected.go: part of 'your email had spam-like '", "", S},
    {R::SpamDetected, "bulk mail", "Sisimai reason/why-spamdetected.go: part of 'the message was rejected due to classification as bulk mail'", "", S},
    {R::SpamDetected, "message content rejected", "Sisimai reason/why-spamdetected.go: 'message content rejected'", "", S},
    {R::SpamDetected, "suspicious due to the nature of the content", "Sisimai lib/Sisimai/Rhost/Google.pm (spamdetected): '421 4.7.0 this message is suspicious due to the nature of the content or the links within'", "", S},

    // --- speeding
    {R::Speeding, "rate limit", "Sisimai lib/Sisimai/Rhost/Google.pm (speeding): 'this mail has been rate limited'", "", S},
    {R::Speeding, "rate limited", "Sisimai lib/Sisimai/Rhost/Google.pm (speeding): 'this mail has been rate limited'", "corpus:postfix", S},
    {R::Speeding, "receiving mail too quickly", "Sisimai lib/Sisimai/Rhost/Google.pm (speeding): 'is receiving mail too quickly'", "", S},
    {R::Speeding, "receiving mail at a rate", "Sisimai reason/why-speeding.go: part of 'receiving mail at a rate that prevents additional messages from being delivered'", "", S},
    {R::Speeding, "too many messages", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (speeding): 'the recipient is receiving too many messages too quickly'", "", S},
    {R::Speeding, "sending limit exceeded", "Sisimai lib/Sisimai/Rhost/Google.pm (speeding): 'daily user sending limit exceeded'", "", S},
    {R::Speeding, "excessive volume", "Sisimai lib/Sisimai/Rhost/Apple.pm (speeding): 'due to excessive volume'", "", S},
    {R::Speeding, "threshold", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (speeding): 'access denied, tenant has exceeded threshold'", "", S},
    {R::Speeding, "recipient rate limit", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (speeding): 'the sender has exceeded the recipient rate limit'", "", S},
    {R::Speeding, "daily limit", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (speeding): '5.1.90 your message can't be sent because you've reached your daily limit for message recipients'", "", S},
    {R::Speeding, "sent to too many recipients", "Sisimai lib/Sisimai/Rhost/GoDaddy.pm (speeding): '550 This IP has sent too many to too many recipients this hour. IB607'", "corpus:postfix", S},

    // --- suppressed
    {R::Suppressed, "suppressed", "Sisimai lib/Sisimai/Lhost/AmazonSES.pm (bounce subtype 'Suppressed' => suppressed)", "", S},

    // --- suspend
    {R::Suspend, "account disabled", "Sisimai lib/Sisimai/Rhost/GoDaddy.pm (suspend): 'account disabled'", "", S},
    {R::Suspend, "account has been disabled", "Sisimai reason/why-suspend.go: part of 'this account has been disabled or discontinued'", "", S},
    {R::Suspend, "mailbox disabled", "Sisimai reason/why-suspend.go: 'mailbox disabled'", "", S},
    {R::Suspend, "account that you tried to reach is inactive", "Sisimai lib/Sisimai/Rhost/Google.pm (suspend): 'account that you tried to reach is inactive'", "", S},
    {R::Suspend, "account that you tried to reach is disabled", "Sisimai lib/Sisimai/Rhost/Google.pm (suspend): 'account that you tried to reach is disabled'", "", S},
    {R::Suspend, "user suspended", "Sisimai reason/why-suspend.go: 'user suspended'", "", S},
    {R::Suspend, "account has been suspended", "Sisimai reason/why-suspend.go: 'has been suspended'", "", S},
    {R::Suspend, "deactivated", "Sisimai lib/Sisimai/Rhost/Tencent.pm (suspend): 'is a deactivated mailbox'", "", S},
    {R::Suspend, "inactive account", "Sisimai reason/why-suspend.go: 'inactive account'", "", S},
    {R::Suspend, "mailbox is frozen", "Sisimai reason/why-suspend.go: 'mailbox is frozen'", "corpus:postfix", S},
    {R::Suspend, "temporary locked", "Sisimai reason/why-suspend.go: part of ' temporary locked'", "corpus:amazonses", S},

    // --- syntaxerror
    {R::SyntaxError, "syntax error", "Sisimai lib/Sisimai/Rhost/Google.pm (syntaxerror): 'syntax error'", "", S},
    {R::SyntaxError, "command unrecognized", "RFC 5321 4.2.2 (500 \"Syntax error, command unrecognized\")", "", S},
    {R::SyntaxError, "unrecognized command", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (syntaxerror): 'unrecognized command'", "", S},
    {R::SyntaxError, "bad sequence of commands", "Sisimai lib/Sisimai/Rhost/Google.pm (syntaxerror): 'bad sequence of commands'", "", S},
    {R::SyntaxError, "invalid command", "RFC 3463 X.5.1 \"Invalid command\"", "", S},
    {R::SyntaxError, "command not implemented", "RFC 5321 4.2.2 (502 \"Command not implemented\")", "", S},

    // --- systemerror
    {R::SystemError, "local error in processing", "Sisimai reason/why-systemerror.go: 'local error in processing'", "", S},
    {R::SystemError, "server error", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (systemerror): 'temporary server error. please try again later attr18'", "", S},
    {R::SystemError, "system error", "Sisimai lib/Sisimai/Lhost/FML.pm (systemerror): 'fml system error message'", "", S},
    {R::SystemError, "temporary failure", "Sisimai lib/Sisimai/Lhost/X4.pm (systemerror): 'temporary failure in ldap lookup'", "", S},
    {R::SystemError, "configuration error", "Sisimai reason/why-systemerror.go: part of 'local configuration error'", "", S},
    {R::SystemError, "misconfigured", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (systemerror): 'misconfigured forwarding address'", "corpus:googleworkspace", S},
    {R::SystemError, "temporarily rejected", "Sisimai lib/Sisimai/Rhost/Google.pm (systemerror): 'mail server has temporarily rejected this message'", "", S},
    {R::SystemError, "try again later", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (systemerror): 'temporary server error. please try again later attr18'", "", S},
    {R::SystemError, "server busy", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (systemerror): 'server busy. please try again later from '", "", S},
    {R::SystemError, "service currently unavailable", "Sisimai reason/why-systemerror.go: 'service currently unavailable'", "corpus:surfcontrol", S},
    {R::SystemError, "could not load drd", "Sisimai reason/why-systemerror.go: part of 'could not load drd for domain'", "corpus:postfix", S},
    {R::SystemError, "transaction failed", "RFC 5321 4.2.2 (554 \"Transaction failed\"); Sisimai reason/why-systemerror.go 'transaction failed '", "", S},
    {R::SystemError, "unable to process", "Sisimai lib/Sisimai/Rhost/Mimecast.pm (systemerror): 'unable to process connection at this time'", "", S},

    // --- systemfull
    {R::SystemFull, "mail system full", "Sisimai reason/why-systemfull.go: 'mail system full'", "", S},
    {R::SystemFull, "system storage", "RFC 5321 4.2.2 (452 \"Requested action not taken: insufficient system storage\")", "", S},

    // --- toomanyconn
    {R::TooManyConn, "max message per connection", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (toomanyconn): '421 max message per connection reached, closing transmission channel'", "", S},
    {R::TooManyConn, "too many sessions", "Sisimai lib/Sisimai/Rhost/Cox.pm (toomanyconn): 'too many sessions from'", "", S},
    {R::TooManyConn, "too many smtp sessions", "Sisimai reason/why-toomanyconn.go: part of 'too many smtp sessions for this host'", "", S},
    {R::TooManyConn, "too many recipients", "Sisimai reason/why-toomanyconn.go: 'too many recipients'", "", S},

    // --- userunknown
    {R::UserUnknown, "mailbox is inactive", "Sisimai reason/why-userunknown.go: 'mailbox is inactive'", "", S},
    {R::UserUnknown, "user unknown", "Sisimai reason/why-userunknown.go: 'user unknown'", "", S},
    {R::UserUnknown, "no such user", "Sisimai reason/why-userunknown.go: 'no such user'", "", S},
    {R::UserUnknown, "no such mailbox", "Sisimai reason/why-userunknown.go: 'no such mailbox'", "", S},
    {R::UserUnknown, "no such recipient", "Sisimai reason/why-userunknown.go: 'no such recipient'", "", S},
    {R::UserUnknown, "unknown recipient", "Sisimai reason/why-userunknown.go: 'unknown recipient'", "", S},
    {R::UserUnknown, "recipient unknown", "Sisimai reason/why-userunknown.go: 'recipient unknown'", "", S},
    {R::UserUnknown, "recipient not found", "Sisimai reason/why-userunknown.go: 'recipient not found'", "", S},
    {R::UserUnknown, "mailbox not found", "Sisimai reason/why-userunknown.go: 'mailbox not found'", "", S},
    {R::UserUnknown, "address does not exist", "Sisimai reason/why-userunknown.go: 'address does not exist'", "", S},
    {R::UserUnknown, "recipient does not exist", "Sisimai reason/why-userunknown.go: 'recipient does not exist'", "", S},
    {R::UserUnknown, "account does not exist", "Sisimai lib/Sisimai/Rhost/GoDaddy.pm (userunknown): 'account does not exist'", "", S},
    {R::UserUnknown, "email account that you tried to reach does not exist", "Sisimai lib/Sisimai/Rhost/Google.pm (userunknown): 'the email account that you tried to reach does not exist'", "", S},
    {R::UserUnknown, "invalid recipient", "Sisimai reason/why-userunknown.go: 'invalid recipient'", "", S},
    {R::UserUnknown, "invalid mailbox", "Sisimai reason/why-userunknown.go: 'invalid mailbox'", "", S},
    {R::UserUnknown, "invalid address", "Sisimai reason/why-userunknown.go: 'invalid address'", "", S},
    {R::UserUnknown, "bad destination mailbox", "Sisimai lib/Sisimai/Rhost/Microsoft.pm (userunknown): 'bad destination mailbox address'", "", S},
    {R::UserUnknown, "doesn't have a * account", "Sisimai lib/Sisimai/Rhost/YahooInc.pm (userunknown): '554 delivery error: dd this user doesn't have a yahoo.com account'", "corpus:x2", S},
    {R::UserUnknown, "address unknown", "Sisimai reason/why-userunknown.go: 'address unknown'", "", S},
    {R::UserUnknown, "unknown address", "Amazon SES bounce wording '5.1.0 - Unknown address error 550-...' (Sisimai lib/Sisimai/Lhost/AmazonSES.pm; go-sisimai reason/02-includedin_test.go lists such a text under UserUnknown)", "corpus:amazonses", S},
    {R::UserUnknown, "recipient address rejected: user unknown", "Sisimai reason/why-userunknown.go: 'user unknown'", "", S},
    {R::UserUnknown, "unknown or illegal alias", "Sisimai lib/Sisimai/Rhost/Apple.pm (userunknown): 'unknown or illegal alias'", "", S},
    {R::UserUnknown, "resolver.adr.recipient notfound", "Sisimai reason/why-userunknown.go: 'resolver.adr.recipient notfound'", "", S},
    {R::UserUnknown, "is not a valid mailbox", "Sisimai reason/why-userunknown.go: 'is not a valid mailbox'", "", S},
    {R::UserUnknown, "not a valid user", "Sisimai reason/why-userunknown.go: part of 'not a valid user here'", "", S},
    {R::UserUnknown, "mailbox unavailable or access denied", "Sisimai reason/why-userunknown.go: 'mailbox *unavailable or access denied'", "", S},
    {R::UserUnknown, "user * does not exist", "Sisimai reason/why-userunknown.go: part of 'user * does not exist'", "", S},
    {R::UserUnknown, "user * was not found", "Sisimai reason/why-userunknown.go: part of 'user * was not found'", "", S},
    {R::UserUnknown, "no account by that name", "Sisimai reason/why-userunknown.go: part of 'no account by that name here'", "", S},
    {R::UserUnknown, "unknown local part", "Sisimai reason/why-userunknown.go: 'unknown local*part'", "", S},
    {R::UserUnknown, "unknown local-part", "Sisimai reason/why-userunknown.go: 'unknown local*part'", "", S},

    // --- feedback
    {R::Feedback, "feedback-type:", "RFC 5965 3.1 (the Feedback-Type field of an ARF report)", "", S},

    // --- vacation
    {R::Vacation, "out of the office", "Sisimai reason/why-vacation.go: part of 'i am out of the office'", "", S},

    // --- virusdetected
    {R::VirusDetected, "phishing", "Sisimai reason/why-virusdetected.go: part of 'virus phishing/malicious_url detected'", "", S},
    {R::VirusDetected, "virus", "Sisimai reason/why-virusdetected.go: part of 'the message was rejected because it contains prohibited virus or spam content'", "", S},
    {R::VirusDetected, "malware", "Sisimai reason/why-virusdetected.go: part of 'this form of attachment has been used by recent viruses or other malware'", "", S},
    {R::VirusDetected, "infected", "Sisimai lib/Sisimai/Lhost/Amavis.pm (virusdetected): ' - infected'", "", S},
    {R::VirusDetected, "malicious", "Sisimai reason/why-virusdetected.go: part of 'virus phishing/malicious_url detected'", "", S},
};

} // namespace

std::vector<ReasonPhrase> catalogPhrases()
{
    return kCatalog;
}

} // namespace Codes
