// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonPhrases.h"

#include <cstring>
#include <string>

namespace Codes {

namespace {

using R = Reason;

// The table as it stood before issue 13: one reason and one phrase per entry, no source per
// entry (the block comment below names the sources it was written from).
struct LegacyPhrase
{
    Reason reason;
    const char *pattern;
};

// Phrases as MTAs and mailbox providers word them. Sources: Postfix (smtpd_check.c texts),
// Exim, Sendmail, qmail, Exchange/Microsoft 365 NDR docs, Gmail's SMTP error reference,
// Yahoo Sender Hub, and the phrase lists of Sisimai's reason/why-*.go (behaviour to match).
// All lower case; matched against the lower-cased, whitespace-folded diagnostic text.
const std::vector<LegacyPhrase> kLegacy = {
    // --- authfailure: SPF/DKIM/DMARC (RFC 7208, 6376, 7489; RFC 7372 X.7.20-26)
    {R::AuthFailure, "dmarc policy"}, {R::AuthFailure, "dmarc reject"}, {R::AuthFailure, "dmarc validation"},
    {R::AuthFailure, "dmarc verification"}, {R::AuthFailure, "failed dmarc"}, {R::AuthFailure, "dmarc check failed"},
    {R::AuthFailure, "dmarc authentication"}, {R::AuthFailure, "due to domain's dmarc"},
    {R::AuthFailure, "spf check failed"}, {R::AuthFailure, "spf fail"}, {R::AuthFailure, "spf validation failed"},
    {R::AuthFailure, "failed spf"}, {R::AuthFailure, "sender policy framework"}, 
    {R::AuthFailure, "spf authentication"}, {R::AuthFailure, "spf record"},
    {R::AuthFailure, "is not allowed to send mail from"}, {R::AuthFailure, "not authorized to send on behalf"},
    {R::AuthFailure, "dkim signature"}, {R::AuthFailure, "dkim authentication"}, {R::AuthFailure, "dkim check failed"},
    {R::AuthFailure, "dkim validation"}, {R::AuthFailure, "failed dkim"},
    {R::AuthFailure, "sender is unauthenticated"}, {R::AuthFailure, "unauthenticated email"},
    {R::AuthFailure, "unauthenticated mail"}, {R::AuthFailure, "message failed authentication"},
    {R::AuthFailure, "authentication checks did not pass"}, {R::AuthFailure, "does not pass authentication"},
    {R::AuthFailure, "does not meet * authentication requirements"}, {R::AuthFailure, "arc validation"},
    {R::AuthFailure, "dm000001"}, {R::AuthFailure, "does not have authentication information"},
    {R::AuthFailure, "fails to pass authentication"},

    // --- badreputation: the sending IP's reputation
    {R::BadReputation, "low reputation"}, {R::BadReputation, "poor reputation"}, {R::BadReputation, "bad reputation"},
    {R::BadReputation, "sender reputation"}, {R::BadReputation, "ip reputation"}, {R::BadReputation, "reputation of the sending"},
    {R::BadReputation, "very low reputation"}, {R::BadReputation, "reputation too low"},
    {R::BadReputation, "temporarily rate limited due to ip reputation"}, {R::BadReputation, "domain reputation"},
    {R::BadReputation, "sending more than reputation allows"}, {R::BadReputation, "unusual rate of unsolicited mail"},

    // --- blocked: the client IP / host name / HELO
    {R::Blocked, "blocked using "}, {R::Blocked, "blacklisted"}, {R::Blocked, "blocklisted"}, {R::Blocked, "is in a black list"},
    {R::Blocked, "listed on spamhaus"}, {R::Blocked, "spamhaus"}, {R::Blocked, "barracudacentral"}, {R::Blocked, "spamcop"},
    {R::Blocked, "abuseat.org"}, {R::Blocked, "sorbs"}, {R::Blocked, "dnsbl"}, {R::Blocked, " rbl "}, {R::Blocked, "rbl:"},
    {R::Blocked, "client host rejected"}, {R::Blocked, "client host * blocked"}, {R::Blocked, "helo command rejected"},
    {R::Blocked, "ehlo command rejected"}, {R::Blocked, "banned sending ip"}, {R::Blocked, "bad sender ip address"},
    {R::Blocked, "sender ip address rejected"}, {R::Blocked, "not currently accepting mail from your ip"},
    {R::Blocked, "access denied. ip name lookup failed"}, {R::Blocked, "your ip address is listed"},
    {R::Blocked, "ip address * is blocked"}, {R::Blocked, "ip * blocked"}, {R::Blocked, "connection refused by"},
    {R::Blocked, "connections not accepted from"}, {R::Blocked, "dynamic ip"}, {R::Blocked, "dynamic/zombied"},
    {R::Blocked, "residential ip"}, {R::Blocked, "please use the smtp server of your isp"},
    {R::Blocked, "you are not allowed to connect"}, {R::Blocked, "go away"}, {R::Blocked, "block list"},
    {R::Blocked, "blocklist"}, {R::Blocked, "blacklist"}, {R::Blocked, "was blocked by"}, {R::Blocked, "is blocked"},
    {R::Blocked, "refused to talk to me"}, {R::Blocked, "esmtp not accepting connections"},
    {R::Blocked, "service not available, closing transmission channel"}, {R::Blocked, "has been temporarily blocked"},

    // --- contenterror: the message format/content (X.6.x)
    {R::ContentError, "improper use of 8-bit data"}, {R::ContentError, "message header size exceeds limit"},
    {R::ContentError, "header error"}, {R::ContentError, "illegal character"}, {R::ContentError, "message is malformed"},
    {R::ContentError, "malformed message"}, {R::ContentError, "improperly formatted"}, {R::ContentError, "invalid mime"},
    {R::ContentError, "mime headers"}, {R::ContentError, "line too long"}, {R::ContentError, "bare lf"},
    {R::ContentError, "bare linefeed"},

    // --- exceedlimit: a limit of the recipient (X.2.3)
    {R::ExceedLimit, "message length exceeds administrative limit"}, {R::ExceedLimit, "message size exceeds * limit"},
    {R::ExceedLimit, "exceeds size limit"}, {R::ExceedLimit, "exceeded storage allocation"}, {R::ExceedLimit, "message too large for"},
    {R::ExceedLimit, "size limit for this recipient"},

    // --- expired: gave up after the retry period
    {R::Expired, "retry timeout exceeded"}, {R::Expired, "connection timed out"}, {R::Expired, "delivery time expired"}, {R::Expired, "message expired"},
    {R::Expired, "queue too long"}, {R::Expired, "too long in queue"}, {R::Expired, "was not delivered within"},
    {R::Expired, "could not be delivered for"}, {R::Expired, "retry time not reached for any host"},
    {R::Expired, "could not deliver for the last"}, {R::Expired, "will be retried for"}, {R::Expired, "envelope expired"},
    {R::Expired, "message timed out"}, {R::Expired, "delivery attempts will continue"}, {R::Expired, "have been failing for"},
    {R::Expired, "giving up on"}, {R::Expired, "gave up"}, {R::Expired, "unable to deliver message after multiple retries"},
    {R::Expired, "message has been in the queue too long"}, {R::Expired, "hop count exceeded"},

    // --- failedstarttls: TLS required/unsupported (RFC 3207, 8689)
    {R::FailedStartTls, "starttls"}, {R::FailedStartTls, "tls required"}, {R::FailedStartTls, "requires tls"},
    {R::FailedStartTls, "must issue a starttls"}, {R::FailedStartTls, "encryption required"},
    {R::FailedStartTls, "tls connection required"}, {R::FailedStartTls, "not using a tls connection"},
    {R::FailedStartTls, "not sent over tls"}, {R::FailedStartTls, "requiretls"}, {R::FailedStartTls, "tls handshake"},
    {R::FailedStartTls, "certificate-expired"}, {R::FailedStartTls, "tlsa-invalid"}, {R::FailedStartTls, "mta-sts"},

    // --- filtered: after DATA, header content or a recipient-side filter
    {R::Filtered, "because the recipient is not accepting mail"}, {R::Filtered, "due to extended inactivity"},
    {R::Filtered, "recipient does not accept mail from"}, {R::Filtered, "has restricted sms e-mail"},
    {R::Filtered, "rejected by recipient's filter"}, {R::Filtered, "sender address rejected by recipient"},
    {R::Filtered, "you are not authorized to send mail to this"}, {R::Filtered, "is not authorized to send to"},
    {R::Filtered, "sender not in allowed-senders list"}, {R::Filtered, "not authorized to send to this group"},
    {R::Filtered, "mail rejected by recipient"},

    // --- hasmoved (X.1.6)
    {R::HasMoved, "address has been changed"}, {R::HasMoved, "has moved"}, {R::HasMoved, "no longer at this address"},
    {R::HasMoved, "no forwarding address"}, {R::HasMoved, "user has moved"}, {R::HasMoved, "mailbox has moved"},

    // --- hostunknown (X.1.2)
    {R::HostUnknown, "domain does not exist"}, {R::HostUnknown, "domain must exist"}, {R::HostUnknown, "domain not found"},
    {R::HostUnknown, "host unknown"}, {R::HostUnknown, "host not found"}, {R::HostUnknown, "unknown host"},
    {R::HostUnknown, "unrouteable address"}, {R::HostUnknown, "no such domain"}, {R::HostUnknown, "name or service not known"},
    {R::HostUnknown, "name service error"}, {R::HostUnknown, "host or domain name not found"},
    {R::HostUnknown, "recipient domain not found"}, {R::HostUnknown, "can't find the recipient domain"},
    {R::HostUnknown, "cannot find the recipient domain"}, {R::HostUnknown, "not a registered domain"},
    {R::HostUnknown, "domain name not found"}, {R::HostUnknown, "invalid domain"}, {R::HostUnknown, "unknown domain"},
    {R::HostUnknown, "recipient address rejected: domain not found"}, {R::HostUnknown, "nxdomain"},

    // --- mailboxfull (X.2.2)
    {R::MailboxFull, "mailbox full"}, {R::MailboxFull, "mailbox is full"}, {R::MailboxFull, "mailbox size limit exceeded"},
    {R::MailboxFull, "over quota"}, {R::MailboxFull, "overquota"}, {R::MailboxFull, "quota exceeded"},
    {R::MailboxFull, "exceeded * quota"}, {R::MailboxFull, "quota full"}, {R::MailboxFull, "out of storage"},
    {R::MailboxFull, "insufficient disk space"}, {R::MailboxFull, "is over its quota"}, {R::MailboxFull, "inbox is full"},
    {R::MailboxFull, "mailbox exceeds allowed size"}, {R::MailboxFull, "mailbox has exceeded"},
    {R::MailboxFull, "user has exhausted allowed storage"}, {R::MailboxFull, "would exceed the quota"},
    {R::MailboxFull, "storage space"}, {R::MailboxFull, "mail quota"}, {R::MailboxFull, "mailfolder is full"},
    {R::MailboxFull, "quota violation"},

    // --- mailererror: a local delivery program failed
    {R::MailerError, "x-unix;"}, {R::MailerError, "pipe to |"}, {R::MailerError, "command died with status"},
    {R::MailerError, "command output:"}, {R::MailerError, "local delivery failed"}, {R::MailerError, "procmail:"},
    {R::MailerError, "mailer error"}, {R::MailerError, "exit code"},

    // --- mesgtoobig (X.3.4)
    {R::MesgTooBig, "message too big"}, {R::MesgTooBig, "message is too big"}, {R::MesgTooBig, "message too large"},
    {R::MesgTooBig, "message is too large"}, {R::MesgTooBig, "message size exceeds"}, {R::MesgTooBig, "size limit"},
    {R::MesgTooBig, "exceeds the maximum size"}, {R::MesgTooBig, "exceeds maximum message size"},
    {R::MesgTooBig, "message file too big"}, {R::MesgTooBig, "email is too large"},
    {R::MesgTooBig, "message exceeded * size limits"}, {R::MesgTooBig, "message exceeds"},
    {R::MesgTooBig, "size of the message exceeds"}, {R::MesgTooBig, "maximum allowed message size"},

    // --- networkerror: DNS, routing, loops
    {R::NetworkError, "could not connect"}, {R::NetworkError, "network is unreachable"},
    {R::NetworkError, "no route to host"}, {R::NetworkError, "mail loops back to myself"}, {R::NetworkError, "routing loop"},
    {R::NetworkError, "too many hops"}, {R::NetworkError, "mail for * loops back to myself"},
    {R::NetworkError, "dns lookup"}, {R::NetworkError, "dns error"}, {R::NetworkError, "temporary lookup failure"},
    {R::NetworkError, "unable to route"}, {R::NetworkError, "malformed or unexpected name server reply"},
    {R::NetworkError, "connection reset"}, {R::NetworkError, "lost connection"}, {R::NetworkError, "host is unreachable"},

    // --- norelaying
    {R::NoRelaying, "relay access denied"}, {R::NoRelaying, "relaying denied"}, {R::NoRelaying, "relay denied"},
    {R::NoRelaying, "relay not permitted"}, {R::NoRelaying, "relaying not allowed"}, {R::NoRelaying, "not permitted to relay"},
    {R::NoRelaying, "unable to relay"}, {R::NoRelaying, "we do not relay"}, {R::NoRelaying, "relaying mail to * is not allowed"},
    {R::NoRelaying, "no relaying"}, {R::NoRelaying, "not configured to relay"}, {R::NoRelaying, "relay not allowed"}, {R::NoRelaying, "isn't in my list of allowed rcpthosts"},
    {R::NoRelaying, "tenantattribution; relay access denied"},

    // --- notaccept: null MX, no MX, 521/556 (RFC 7504, 7505)
    {R::NotAccept, "does not accept mail"}, {R::NotAccept, "does not receive mail"}, {R::NotAccept, "null mx"},
    {R::NotAccept, "not accepting mail"}, {R::NotAccept, "no mx record"}, {R::NotAccept, "mail not accepted"},
    {R::NotAccept, "host does not accept mail"}, {R::NotAccept, "no mail service"},

    // --- notcompliantrfc: RFC 5322 violations
    {R::NotCompliantRfc, "duplicate header"}, {R::NotCompliantRfc, "multiple * headers"},
    {R::NotCompliantRfc, "not rfc 5322 compliant"}, {R::NotCompliantRfc, "not rfc5322 compliant"},
    {R::NotCompliantRfc, "rfc 5322"}, {R::NotCompliantRfc, "rfc5322"}, {R::NotCompliantRfc, "rfc 2822"},
    {R::NotCompliantRfc, "headers are not rfc compliant"}, {R::NotCompliantRfc, "not rfc compliant"},
    {R::NotCompliantRfc, "missing a valid from header"}, {R::NotCompliantRfc, "from: header"}, {R::NotCompliantRfc, "no valid from address"},
    {R::NotCompliantRfc, "message-id header"}, {R::NotCompliantRfc, "missing required header"},

    // --- policyviolation
    {R::PolicyViolation, "policy violation"}, {R::PolicyViolation, "violates our policy"}, {R::PolicyViolation, "content policy"},
    {R::PolicyViolation, "message not accepted for policy reasons"}, {R::PolicyViolation, "not accepted for policy reasons"},
    {R::PolicyViolation, "local policy"}, {R::PolicyViolation, "attachment type"}, {R::PolicyViolation, "blocked file type"},
    {R::PolicyViolation, "prohibited attachment"}, {R::PolicyViolation, "file type is not allowed"},
    {R::PolicyViolation, "potential security issue"}, {R::PolicyViolation, "rejected by policy"},
    {R::PolicyViolation, "policy rejection"}, {R::PolicyViolation, "denied by policy"},
    {R::PolicyViolation, "protocol violation"}, {R::PolicyViolation, "content presents a potential"},
    {R::PolicyViolation, "illegal attachment"}, {R::PolicyViolation, "for policy reasons"},

    // --- rejected: the envelope sender
    {R::Rejected, "permission to post messages to the group"}, // Google Groups: poster not allowed
    {R::Rejected, "sender address rejected"}, {R::Rejected, "sender rejected"}, {R::Rejected, "sender denied"},
    {R::Rejected, "sender verify failed"}, {R::Rejected, "sender domain must exist"}, {R::Rejected, "sender domain"},
    {R::Rejected, "domain of sender address * does not exist"}, {R::Rejected, "invalid sender"},
    {R::Rejected, "bad sender"}, {R::Rejected, "mail from address rejected"}, {R::Rejected, "return path"},
    {R::Rejected, "sender is not allowed"}, {R::Rejected, "address rejected: sender"}, {R::Rejected, "unknown sender"},
    {R::Rejected, "your envelope sender is in my badmailfrom"},

    // --- requireptr: reverse DNS (RFC 7372 X.7.25)
    {R::RequirePtr, "ptr record"}, {R::RequirePtr, "reverse dns"}, {R::RequirePtr, "reverse lookup"},
    {R::RequirePtr, "cannot find your hostname"}, {R::RequirePtr, "cannot find your reverse hostname"},
    {R::RequirePtr, "client host rejected: cannot find your"}, {R::RequirePtr, "no ptr"}, {R::RequirePtr, "rdns"},
    {R::RequirePtr, "ip name lookup failed"}, {R::RequirePtr, "reverse hostname"}, {R::RequirePtr, "no reverse"},

    // --- securityerror
    {R::SecurityError, "authentication required"}, {R::SecurityError, "authentication failed"},
    {R::SecurityError, "authentication credentials invalid"}, {R::SecurityError, "client was not authenticated"},
    {R::SecurityError, "sender not authenticated"}, {R::SecurityError, "not authenticated"},
    {R::SecurityError, "must be authenticated"}, {R::SecurityError, "submission requires authentication"},
    {R::SecurityError, "authentication mechanism is too weak"}, {R::SecurityError, "user not authorized"},
    {R::SecurityError, "password"}, {R::SecurityError, "unauthenticated senders"},
    {R::SecurityError, "smtp authentication"}, {R::SecurityError, "insecure mail relay"},

    // --- spamdetected
    {R::SpamDetected, "spam message"}, {R::SpamDetected, "as spam"}, {R::SpamDetected, "spam detected"},
    {R::SpamDetected, "detected as spam"}, {R::SpamDetected, "identified as spam"}, {R::SpamDetected, "considered spam"},
    {R::SpamDetected, "spam score"}, {R::SpamDetected, "spam content"}, {R::SpamDetected, "likely spam"},
    {R::SpamDetected, "spam filter"}, {R::SpamDetected, "classified as spam"}, {R::SpamDetected, "looks like spam"},
    {R::SpamDetected, "spam rejected"}, {R::SpamDetected, "rejected spam"}, {R::SpamDetected, "blocked as spam"},
    {R::SpamDetected, "spam-like"}, {R::SpamDetected, "unsolicited"}, {R::SpamDetected, "junk mail"},
    {R::SpamDetected, "bulk mail"}, {R::SpamDetected, "content rejected"}, {R::SpamDetected, "message content rejected"},
    {R::SpamDetected, "message content not accepted"}, {R::SpamDetected, "suspicious due to the nature of the content"},
    {R::SpamDetected, "looks suspicious"}, {R::SpamDetected, "high probability of being"},
    {R::SpamDetected, "message rejected as spam"}, {R::SpamDetected, "abusive content"}, {R::SpamDetected, "phishing"},
    {R::SpamDetected, "mail flood"}, {R::SpamDetected, "score too high"},

    // --- speeding: rate limits
    {R::Speeding, "rate limit"}, {R::Speeding, "ratelimit"}, {R::Speeding, "rate-limit"}, {R::Speeding, "rate limited"},
    {R::Speeding, "receiving mail too quickly"}, {R::Speeding, "receiving mail at a rate"}, {R::Speeding, "too fast"},
    {R::Speeding, "too many messages"}, {R::Speeding, "too many recent messages"}, {R::Speeding, "sending too much"},
    {R::Speeding, "daily sending limit"}, {R::Speeding, "sending limit exceeded"}, {R::Speeding, "throttl"},
    {R::Speeding, "exceeded the message rate"}, {R::Speeding, "unexpected volume"}, {R::Speeding, "excessive volume"},
    {R::Speeding, "max message per connection"}, {R::Speeding, "threshold"}, {R::Speeding, "recipient rate limit"},
    {R::Speeding, "daily limit"}, {R::Speeding, "sent to too many recipients"}, {R::Speeding, "too many emails"},

    // --- suppressed: on the relay's suppression list
    {R::Suppressed, "suppression list"}, {R::Suppressed, "suppressed"}, {R::Suppressed, "on the suppression"},

    // --- suspend: the recipient's account is disabled
    {R::Suspend, "account disabled"}, {R::Suspend, "account has been disabled"}, {R::Suspend, "account is disabled"},
    {R::Suspend, "mailbox disabled"}, {R::Suspend, "mailbox is disabled"}, {R::Suspend, "mailbox is inactive"},
    {R::Suspend, "account is inactive"}, {R::Suspend, "account that you tried to reach is inactive"},
    {R::Suspend, "account that you tried to reach is disabled"}, {R::Suspend, "account suspended"}, {R::Suspend, "mailbox suspended"}, {R::Suspend, "user suspended"},
    {R::Suspend, "is suspended"},
    {R::Suspend, "account has been suspended"}, {R::Suspend, "deactivated"}, {R::Suspend, "is not active"},
    {R::Suspend, "inactive account"}, {R::Suspend, "account expired"}, {R::Suspend, "blocked account"},
    {R::Suspend, "recipient unavailable"}, {R::Suspend, "mailbox is frozen"}, {R::Suspend, "temporary locked"},
    {R::Suspend, "temporarily locked"},

    // --- syntaxerror: SMTP command syntax (X.5.x, 500/501)
    {R::SyntaxError, "syntax error"}, {R::SyntaxError, "command unrecognized"}, {R::SyntaxError, "command not recognized"},
    {R::SyntaxError, "unrecognized command"}, {R::SyntaxError, "bad sequence of commands"}, {R::SyntaxError, "invalid command"},
    {R::SyntaxError, "command not implemented"},

    // --- systemerror: the remote host's own trouble
    {R::SystemError, "local error in processing"}, {R::SystemError, "internal error"}, {R::SystemError, "server error"},
    {R::SystemError, "system error"}, {R::SystemError, "temporary failure"}, {R::SystemError, "temporarily unavailable"},
    {R::SystemError, "resources temporarily unavailable"}, {R::SystemError, "service unavailable"},
    {R::SystemError, "configuration error"}, {R::SystemError, "misconfigured"}, {R::SystemError, "queue stopped"},
    {R::SystemError, "temporarily rejected"}, {R::SystemError, "try again later"},
    {R::SystemError, "server busy"}, {R::SystemError, "service currently unavailable"},
    {R::SystemError, "could not load drd"}, {R::SystemError, "transaction failed"}, {R::SystemError, "unable to process"},

    // --- systemfull (X.3.1)
    {R::SystemFull, "mail system full"}, {R::SystemFull, "insufficient system storage"}, {R::SystemFull, "disk full"},
    {R::SystemFull, "not enough disk space"}, {R::SystemFull, "out of disk space"}, {R::SystemFull, "system storage"},

    // --- toomanyconn
    {R::TooManyConn, "too many connections"}, {R::TooManyConn, "too many concurrent"}, {R::TooManyConn, "too many sessions"},
    {R::TooManyConn, "connection limit"}, {R::TooManyConn, "too many simultaneous"}, {R::TooManyConn, "maximum number of connections"},
    {R::TooManyConn, "too many smtp sessions"}, {R::TooManyConn, "too many recipients"},

    // --- userunknown (X.1.1)
    {R::UserUnknown, "user unknown"}, {R::UserUnknown, "unknown user"}, {R::UserUnknown, "no such user"},
    {R::UserUnknown, "no such mailbox"}, {R::UserUnknown, "no such recipient"}, {R::UserUnknown, "unknown recipient"},
    {R::UserUnknown, "recipient unknown"}, {R::UserUnknown, "recipient not found"}, {R::UserUnknown, "user not found"},
    {R::UserUnknown, "mailbox not found"}, {R::UserUnknown, "mailbox does not exist"}, {R::UserUnknown, "user does not exist"},
    {R::UserUnknown, "address does not exist"}, {R::UserUnknown, "recipient does not exist"},
    {R::UserUnknown, "account does not exist"}, {R::UserUnknown, "email account that you tried to reach does not exist"},
    {R::UserUnknown, "invalid recipient"}, {R::UserUnknown, "invalid mailbox"}, {R::UserUnknown, "invalid address"},
    {R::UserUnknown, "bad destination mailbox"}, {R::UserUnknown, "not our customer"}, {R::UserUnknown, "mailbox unallocated"},
    {R::UserUnknown, "does not have an account"}, {R::UserUnknown, "doesn't have a * account"},
    {R::UserUnknown, "user doesn't exist"}, {R::UserUnknown, "address unknown"}, {R::UserUnknown, "unknown address"},
    {R::UserUnknown, "recipient address rejected: user unknown"}, {R::UserUnknown, "unknown or illegal alias"},
    {R::UserUnknown, "no mailbox here by that name"}, {R::UserUnknown, "resolver.adr.recipientnotfound"},
    {R::UserUnknown, "resolver.adr.recipient notfound"}, {R::UserUnknown, "recipient not found by smtp address lookup"},
    {R::UserUnknown, "addressee unknown"}, {R::UserUnknown, "is not a valid mailbox"}, {R::UserUnknown, "not a valid user"},
    {R::UserUnknown, "mailbox unavailable or access denied"}, {R::UserUnknown, "user * does not exist"},
    {R::UserUnknown, "user * was not found"}, {R::UserUnknown, "no account by that name"}, {R::UserUnknown, "unknown local part"},
    {R::UserUnknown, "unknown local-part"}, {R::UserUnknown, "requested action not taken: mailbox unavailable"}, {R::UserUnknown, "recipient address rejected: access denied"},

    // --- feedback: ARF complaint reports (RFC 5965), not bounces
    {R::Feedback, "feedback-type:"}, {R::Feedback, "abuse report"}, {R::Feedback, "feedback loop"},

    // --- vacation: auto replies
    {R::Vacation, "out of office"}, {R::Vacation, "out of the office"}, {R::Vacation, "auto-reply"},
    {R::Vacation, "automatic reply"}, {R::Vacation, "i am on vacation"}, {R::Vacation, "away from my mail"},

    // --- virusdetected
    {R::VirusDetected, "virus"}, {R::VirusDetected, "malware"}, {R::VirusDetected, "infected"}, {R::VirusDetected, "trojan"},
    {R::VirusDetected, "worm detected"}, {R::VirusDetected, "malicious"},
};

std::string g_excludedOrigin;

// Legacy entries whose wording occurs in the visible corpus in one MTA family only and in none
// of the primary sources of the other tables: probably written from that family's samples.
// Tagged so that leave-one-family-out scoring (scripts/score_reasons.py --lofo) switches them
// off when that family is evaluated. Found by scripts/find_corpus_phrases.py.
struct CorpusOrigin
{
    const char *pattern;
    const char *origin;
};
const CorpusOrigin kCorpusOrigins[] = {
#include "ReasonPhrasesCorpusOrigins.inc"
};

const char *legacyOrigin(const char *pattern)
{
    for (const CorpusOrigin &c : kCorpusOrigins)
        if (std::strcmp(c.pattern, pattern) == 0)
            return c.origin;
    return "";
}

} // namespace

std::vector<ReasonPhrase> mtaPhrases();       // ReasonPhrasesMta.cpp
std::vector<ReasonPhrase> providerPhrases();  // ReasonPhrasesProviders.cpp
std::vector<ReasonPhrase> languagePhrases();  // ReasonPhrasesLanguages.cpp
std::vector<ReasonPhrase> weakPhrases();      // ReasonPhrasesWeak.cpp
std::vector<ReasonPhrase> providerPagePhrases(); // ReasonPhrasesProviderPages.cpp

const std::vector<ReasonPhrase> &reasonPhrases()
{
    static const std::vector<ReasonPhrase> all = [] {
        std::vector<ReasonPhrase> out;
        for (const LegacyPhrase &p : kLegacy)
            out.push_back({p.reason, p.pattern, "legacy table (written before sources were recorded per entry)", legacyOrigin(p.pattern), PhraseWeight::Strong});
        for (auto part : {mtaPhrases(), providerPhrases(), providerPagePhrases(), languagePhrases(), weakPhrases()})
            out.insert(out.end(), part.begin(), part.end());
        return out;
    }();
    return all;
}

void setExcludedPhraseOrigin(const char *origin)
{
    g_excludedOrigin = origin ? origin : "";
}

const char *excludedPhraseOrigin()
{
    return g_excludedOrigin.c_str();
}

} // namespace Codes
