// SPDX-License-Identifier: GPL-3.0-or-later
// Reason phrases as mail servers themselves write them, each with the file or document it is
// taken from. Lower case; '*' separates parts that must appear in order. Written for this
// project from the MTAs' sources and manuals (Postfix and Exim read from their repositories;
// qmail line references as quoted in Sisimai's Lhost/qmail.pm; the groupware wordings as
// collected in Sisimai's Lhost modules, which name the product).
#include "ReasonPhrases.h"

namespace Codes {

namespace {

using R = Reason;
constexpr PhraseWeight S = PhraseWeight::Strong;

// Sources, named once.
constexpr const char *PfSmtpd = "postfix src/smtpd/smtpd_check.c";
constexpr const char *PfSmtpdMain = "postfix src/smtpd/smtpd.c";
constexpr const char *PfDns = "postfix src/dns/dns_lookup.c";
constexpr const char *PfDnsErr = "postfix src/dns/dns_strerror.c";
constexpr const char *PfConnect = "postfix src/smtp/smtp_connect.c (connect to %s[%s]:%d: %m)";
constexpr const char *PfTrouble = "postfix src/smtp/smtp_trouble.c";
constexpr const char *PfAddr = "postfix src/smtp/smtp_addr.c";
constexpr const char *PfLocal = "postfix src/local/unknown.c, src/virtual/unknown.c";
constexpr const char *PfLoop = "postfix src/local/recipient.c (mail forwarding loop)";
constexpr const char *PfMailbox = "postfix src/local/mailbox.c";
constexpr const char *PfQmgr = "postfix src/qmgr/qmgr_deliver.c";
constexpr const char *ExRoute = "exim src/src/route.c";
constexpr const char *ExDnsLookup = "exim src/src/routers/dnslookup.c";
constexpr const char *ExRetry = "exim src/src/retry.c";
constexpr const char *ExAppend = "exim src/src/transports/appendfile.c";
constexpr const char *ExAcl = "exim src/src/acl.c";
constexpr const char *ExHost = "exim src/src/host.c";
constexpr const char *ExDeliver = "exim src/src/deliver.c";
constexpr const char *ExReceive = "exim src/src/receive.c";
constexpr const char *ExSmtpIn = "exim src/src/smtp_in.c";
constexpr const char *ExConfig = "exim src/src/configure.default (verify = recipient: Unknown user)";
constexpr const char *QmLocal = "qmail-1.03 qmail-local.c:589";
constexpr const char *QmRemote = "qmail-1.03 qmail-remote.c";
constexpr const char *QmSend = "qmail-1.03 qmail-send.c:922";
constexpr const char *QmSmtpd = "qmail-1.03 qmail-smtpd.c";
constexpr const char *QmErr = "qmail-1.03 error_str.c:192 (EDQUOT)";
constexpr const char *NotQmail = "notqmail 1.08 qmail-remote (null MX)";
constexpr const char *QmLdap = "qmail-ldap-1.03-20040101.patch";
constexpr const char *Vpop = "vpopmail vdelivermail.c";
constexpr const char *Sm = "sendmail 8 (sendmail/deliver.c, parseaddr.c, srvrsmtp.c replies)";
constexpr const char *Courier = "Courier MTA courieresmtp / submit messages";
constexpr const char *OSmtpd = "OpenSMTPD smtpd/smtp_session.c, mta.c";
constexpr const char *Exch = "Microsoft Exchange Server NDR (Learn: 'Email non-delivery reports and SMTP errors in Exchange Online')";
constexpr const char *Domino = "HCL/IBM Domino router (as collected in Sisimai Lhost/Domino.pm, Lhost/Notes.pm)";
constexpr const char *GroupWise = "Novell/Micro Focus GroupWise GWIA NDR texts";
constexpr const char *Zimbra = "Zimbra MTA (Postfix + LMTP) / Zimbra LMTP server";
constexpr const char *MDaemon = "MDaemon (Alt-N) SMTP replies";
constexpr const char *Kerio = "Kerio Connect SMTP replies";
constexpr const char *HMail = "hMailServer SMTP replies (English language file)";
constexpr const char *IMail = "Ipswitch IMail Server SMTP replies";
constexpr const char *Dovecot = "Dovecot LDA/LMTP quota messages (quota_exceeded_message default)";
constexpr const char *Cyrus = "Cyrus IMAP lmtpd replies";
constexpr const char *James = "Apache James SMTP replies";
constexpr const char *Sun = "Sun/Oracle Communications Messaging Server (as collected in Sisimai Lhost/MessagingServer.pm)";
constexpr const char *Mailman = "GNU Mailman / Google Groups poster checks";
constexpr const char *Rfc5321 = "RFC 5321 4.2.2 reply texts (550/551/552/553/554 examples)";
constexpr const char *Rfc3463 = "RFC 3463 section 3 (subject texts of X.1.1, X.2.2, X.3.4, ...)";
constexpr const char *SisReasons = "real server replies collected in Sisimai's Reason/*.pm lists";
constexpr const char *SpamAssassin = "SpamAssassin / amavisd-new / rspamd reject texts";

const std::vector<ReasonPhrase> kMta = {
    // --- userunknown: local part does not exist (RFC 3463 X.1.1)
    {R::UserUnknown, "user unknown in local recipient table", PfSmtpd, "", S},
    {R::UserUnknown, "user unknown in virtual mailbox table", PfSmtpd, "", S},
    {R::UserUnknown, "user unknown in virtual alias table", PfSmtpd, "", S},
    {R::UserUnknown, "user unknown in relay recipient table", PfSmtpd, "", S},
    {R::UserUnknown, "unknown user: \"", PfLocal, "", S},
    {R::UserUnknown, "unknown user:", PfLocal, "", S},
    {R::UserUnknown, "undeliverable address: unknown user", PfSmtpd, "", S},
    {R::UserUnknown, "unknown user", ExConfig, "", S},
    {R::UserUnknown, "no mailbox here by that name", QmLocal, "", S},
    {R::UserUnknown, "does not like recipient.", QmRemote, "", S},
    {R::UserUnknown, "sorry, badrcptto", QmSmtpd, "", S},
    {R::UserUnknown, "invalid or unknown virtual user", Vpop, "", S},
    {R::UserUnknown, "... user unknown", Sm, "", S},
    {R::UserUnknown, "user address required", Sm, "", S},
    {R::UserUnknown, "unknown mailbox", Courier, "", S},
    {R::UserUnknown, "invalid recipient:", OSmtpd, "", S},
    {R::UserUnknown, "recipient rejected", OSmtpd, "", PhraseWeight::Weak},
    {R::UserUnknown, "resolver.adr.exrecipnotfound", Exch, "", S},
    {R::UserUnknown, "resolver.adr.recipnotfound", Exch, "", S},
    {R::UserUnknown, "recipient address rejected: access denied", Exch, "", S},
    {R::UserUnknown, "the email address you entered couldn't be found", Exch, "", S},
    {R::UserUnknown, "couldn't be found, or is invalid", Exch, "", S},
    {R::UserUnknown, "the recipient's e-mail address was not found in the recipient's e-mail system", Exch, "", S},
    {R::UserUnknown, "the e-mail address you entered couldn't be found", Exch, "", S},
    {R::UserUnknown, "not listed in domino directory", Domino, "", S},
    {R::UserUnknown, "not listed in public name & address book", Domino, "", S},
    {R::UserUnknown, "no matches to nameless recipient", Domino, "", S},
    {R::UserUnknown, "user not listed in public name", Domino, "", S},
    {R::UserUnknown, "user not listed", Domino, "", S},
    {R::UserUnknown, "the recipient was not found in the directory", GroupWise, "", S},
    {R::UserUnknown, "user or post office not found", GroupWise, "", S},
    {R::UserUnknown, "undeliverable: user not found", GroupWise, "", S},
    {R::UserUnknown, "no such user here", Zimbra, "", S},
    {R::UserUnknown, "mailbox not present", Sun, "", S},
    {R::UserUnknown, "unknown or illegal user", Sun, "", S},
    {R::UserUnknown, "is not a valid user", MDaemon, "", S},
    {R::UserUnknown, "unknown local user", MDaemon, "", S},
    {R::UserUnknown, "mailbox unknown", Kerio, "", S},
    {R::UserUnknown, "unknown user account", Kerio, "", S},
    {R::UserUnknown, "unknown user or mailbox", HMail, "", S},
    {R::UserUnknown, "user is unknown", IMail, "", S},
    {R::UserUnknown, "mailbox unavailable", Rfc5321, "", PhraseWeight::Weak},
    {R::UserUnknown, "user not local", Rfc5321, "", S},
    {R::UserUnknown, "mailbox name not allowed", Rfc5321, "", S},
    {R::UserUnknown, "bad destination mailbox address", Rfc3463, "", S},
    {R::UserUnknown, "no such person at this address", Sm, "", S},
    {R::UserUnknown, "user doesn't have an account", Cyrus, "", S},
    {R::UserUnknown, "mailbox does not exist", Cyrus, "", S},
    {R::UserUnknown, "account not found", James, "", S},
    {R::UserUnknown, "inactive user", Sun, "", S},
    {R::UserUnknown, "is not an active address", Sun, "", S},
    {R::UserUnknown, "invalid user", OSmtpd, "", S},
    {R::UserUnknown, "user inactive", Sun, "", S},
    {R::UserUnknown, "recipient address is invalid", GroupWise, "", S},
    {R::UserUnknown, "destination address is invalid", GroupWise, "", S},
    {R::UserUnknown, "user invalid", Rfc5321, "", S},
    {R::UserUnknown, "mailbox invalid", Rfc5321, "", S},
    {R::UserUnknown, "invalid mailbox path", Sun, "", S},
    {R::UserUnknown, "no mailbox by that name is currently available", Rfc5321, "", S},
    {R::UserUnknown, "no such address here", Rfc5321, "", S},
    {R::UserUnknown, "there is no one at this address", Rfc5321, "", S},
    {R::UserUnknown, "address not present in directory", Exch, "", S},
    {R::UserUnknown, "recipient is not local", Rfc5321, "", S},
    {R::UserUnknown, "not a local address", Rfc5321, "", S},
    {R::UserUnknown, "this recipient is not in my validrcptto list", "qmail validrcptto patch", "", S},
    {R::UserUnknown, "your envelope recipient is in my badrcptto list", "qmail badrcptto patch", "", S},
    {R::UserUnknown, "user missing home directory", "Courier / qmail-local (missing home)", "", S},
    {R::UserUnknown, "email address does not exist", Rfc5321, "", S},
    {R::UserUnknown, "email address could not be found", Exch, "", S},
    {R::UserUnknown, "destination address unknown", Rfc3463, "", S},
    {R::UserUnknown, "this address no longer accepts mail", Rfc5321, "", S},
    {R::UserUnknown, "address invalid", Rfc5321, "", S},
    {R::UserUnknown, "recipient invalid", Rfc5321, "", S},
    {R::UserUnknown, "invalid email address", Rfc5321, "", S},
    {R::UserUnknown, "no valid recipients", Rfc5321, "", S},
    {R::UserUnknown, "non-existent user", Rfc5321, "", S},
    {R::UserUnknown, "nonexistent user", Rfc5321, "", S},
    {R::UserUnknown, "user not exist", Rfc5321, "", S},
    {R::UserUnknown, "user not known", Rfc5321, "", S},
    {R::UserUnknown, "no such account", Rfc5321, "", S},
    {R::UserUnknown, "unknown e-mail address", Rfc5321, "", S},
    {R::UserUnknown, "unknown email address", Rfc5321, "", S},
    {R::UserUnknown, "recipient address rejected: invalid user", PfSmtpd, "", S},
    {R::UserUnknown, "recipient address rejected: undeliverable address", PfSmtpd, "", S},

    // --- hostunknown: the domain does not exist (X.1.2)
    {R::HostUnknown, "host or domain name not found", PfDns, "", S},
    {R::HostUnknown, "type=mx: host not found", PfDnsErr, "", S},
    {R::HostUnknown, "type=a: host not found", PfDnsErr, "", S},
    {R::HostUnknown, "type=aaaa: host not found", PfDnsErr, "", S},
    {R::HostUnknown, "rejected: domain not found", PfSmtpd, "", S},
    {R::HostUnknown, "i couldn't find any host named", QmRemote, "", S},
    {R::HostUnknown, "couldn't find any host by that name", QmRemote, "", S},
    {R::HostUnknown, "unrouteable address", ExRoute, "", S}, // no router accepted the domain
    {R::HostUnknown, "unknown mail domain", "exim doc/spec, chapter \"Log files\" (delivery failure example)", "", S},
    {R::HostUnknown, "all relevant mx records point to non-existent hosts", ExDnsLookup, "", S},
    {R::HostUnknown, "all host address lookups failed permanently", ExHost, "", S},
    {R::HostUnknown, "host unknown (name server:", Sm, "", S},
    {R::HostUnknown, "no such domain", Courier, "", S},
    {R::HostUnknown, "illegal host/domain name found", Sun, "", S},
    {R::HostUnknown, "dns: no such domain", Exch, "", S},
    {R::HostUnknown, "dns query failed", Exch, "", S},
    {R::HostUnknown, "the domain name in the email address is incorrect", Exch, "", S},
    {R::HostUnknown, "domain is not reachable", Exch, "", S},
    {R::HostUnknown, "unknown or invalid domain", Rfc5321, "", S},
    {R::HostUnknown, "domain does not exist", Rfc5321, "", S},
    {R::HostUnknown, "domain name does not exist", Rfc5321, "", S},

    // --- notaccept: null MX (RFC 7505) or no mail service
    {R::NotAccept, "does not accept mail (nullmx)", PfDns, "", S},
    {R::NotAccept, "couldn't find a mail exchanger or ip address", NotQmail, "", S},
    {R::NotAccept, "an mx or srv record indicated no smtp service", ExDnsLookup, "", S},
    {R::NotAccept, "domain does not accept email", Rfc5321, "", S},

    // --- networkerror: DNS trouble, routing, loops, connection failures of the sending MTA
    {R::NetworkError, "mail forwarding loop for", PfLoop, "", S},
    {R::NetworkError, "loops back to myself", PfAddr, "", S},
    {R::NetworkError, "host not found, try again", PfDnsErr, "", S}, // TRY_AGAIN: a DNS failure, not a dead domain
    {R::NetworkError, "lost connection with", PfTrouble, "", S},
    {R::NetworkError, "conversation with * timed out while", PfTrouble, "", S},
    {R::NetworkError, "no mx host for * has a valid address record", PfAddr, "", S},
    {R::NetworkError, "i wasn't able to establish an smtp connection", QmRemote, "", S},
    {R::NetworkError, "cname lookup failed temporarily", QmRemote, "", S},
    {R::NetworkError, "connected to * but connection died", QmRemote, "", S},
    {R::NetworkError, "connected to * but greeting failed", QmRemote, "", S},
    {R::NetworkError, "although i'm listed as a best-preference mx or a for that host", QmRemote, "", S},
    {R::NetworkError, "no ip address found for host", ExHost, "", S},
    {R::NetworkError, "remote host address is the local host", "exim src/src/routers/rf_self_action.c", "", S},
    {R::NetworkError, "too many \"received\" headers", ExDeliver, "", S},
    {R::NetworkError, "suspected mail loop", ExReceive, "", S},
    {R::NetworkError, "dns lookup failed", Courier, "", S},
    {R::NetworkError, "host name lookup failure", Sm, "corpus:rfc3464", S},
    {R::NetworkError, "network error on destination mxs", OSmtpd, "corpus:opensmtpd", S},
    {R::NetworkError, "name server timeout", Sm, "", S},
    {R::NetworkError, "deferred: connection refused by", Sm, "", S},
    {R::NetworkError, "hop count exceeded - possible mail loop", Exch, "", S},
    {R::NetworkError, "routing loop detected", Exch, "", S},
    {R::NetworkError, "message has exceeded maximum hop count", Domino, "", S},
    {R::NetworkError, "unable to connect to", Exch, "", S},

    // --- expired: the sending MTA gave up (X.4.7)
    {R::Expired, "retry timeout exceeded", ExRetry, "", S},
    {R::Expired, "all hosts have been failing for a long time", ExRetry, "", S},
    {R::Expired, "retry time not reached for any host after a long failure period", ExRetry, "", S},
    {R::Expired, "this message has been in the queue too long", QmSend, "", S},
    {R::Expired, "cannot send message for", Sm, "", S},
    {R::Expired, "message still undelivered after", Sm, "corpus:sendmail", S},
    {R::Expired, "connection timed out", PfConnect, "", S},
    {R::Expired, "message expired", Exch, "", S},
    {R::Expired, "message delayed", Exch, "", S},
    {R::Expired, "delivery temporarily suspended", PfQmgr, "", S},
    {R::Expired, "delivery retry timeout exceeded", "GMX/WEB.DE mail servers (Sisimai Lhost/GMX.pm)", "", S},
    {R::Expired, "host not reachable", "Zoho Mail NDR (Sisimai Lhost/Zoho.pm)", "", S},

    // --- mailboxfull (X.2.2)
    {R::MailboxFull, "mailbox is full", ExAppend, "", S},
    {R::MailboxFull, "disk quota exceeded", QmErr, "", S},
    {R::MailboxFull, "quota exceeded (mailbox for user is full)", Dovecot, "", S},
    {R::MailboxFull, "mailbox for user is full", Dovecot, "", S},
    {R::MailboxFull, "over quota", Cyrus, "", S},
    {R::MailboxFull, "cannot update mailbox * quota", PfMailbox, "", S},
    {R::MailboxFull, "file too large", PfMailbox, "", S},
    {R::MailboxFull, "mailbox full", Rfc3463, "", S},
    {R::MailboxFull, "recipient's mailbox is full", Vpop, "", S},
    {R::MailboxFull, "user is over quota", Zimbra, "", S},
    {R::MailboxFull, "mailbox size exceeded", MDaemon, "", S},
    {R::MailboxFull, "user's mailbox is full", Kerio, "", S},
    {R::MailboxFull, "mailbox exceeds allowed size", HMail, "", S},
    {R::MailboxFull, "quotaexceededexception", Exch, "", S},
    {R::MailboxFull, "mapiexceptionshutoffquotaexceeded", Exch, "", S},
    {R::MailboxFull, "recipient's mailbox is full", Exch, "", S},
    {R::MailboxFull, "mailbox has exceeded its limit", Exch, "", S},
    {R::MailboxFull, "maildir over quota", Courier, "", S},
    {R::MailboxFull, "error: quota exceed", "Exim-based providers (Sisimai Lhost/MailRu.pm)", "", S},

    // --- mesgtoobig (X.3.4) and exceedlimit (X.2.3)
    {R::MesgTooBig, "message size exceeds fixed limit", PfSmtpd, "", S},
    {R::MesgTooBig, "message size exceeds fixed maximum message size", PfSmtpdMain, "", S},
    {R::MesgTooBig, "message size exceeds my databytes limit", QmSmtpd, "", S},
    {R::MesgTooBig, "exceeds my databytes limit", QmSmtpd, "", S},
    {R::MesgTooBig, "message too big", ExSmtpIn, "", S},
    {R::MesgTooBig, "message size exceeds maximum value", Sm, "", S},
    {R::MesgTooBig, "message too big for system", Exch, "", S},
    {R::MesgTooBig, "message size exceeds the maximum", Exch, "", S},
    {R::MesgTooBig, "mail size limit exceeded", "1&1 / IONOS mail servers (Sisimai Lhost/EinsUndEins.pm)", "", S},
    {R::ExceedLimit, "resolver.rst.recipsizelimit", Exch, "", S},
    {R::ExceedLimit, "message too large for this recipient", Exch, "", S},
    {R::ExceedLimit, "exeeded the maximum size the user accepts", QmLdap, "", S},

    // --- systemfull (X.3.1)
    {R::SystemFull, "insufficient system storage", PfSmtpd, "", S},
    {R::SystemFull, "mailbox unavailable (not enough free space)", QmRemote, "", S},
    {R::SystemFull, "insufficient disk space", Sm, "", S},

    // --- systemerror
    {R::SystemError, "server configuration error", PfSmtpd, "", S},
    {R::SystemError, "queue file write error", "postfix src/smtpd/smtpd.c (451 4.3.0 Error: queue file write error)", "corpus:postfix", S},
    {R::SystemError, "server configuration problem", PfSmtpdMain, "", S},
    {R::SystemError, "local configuration error", Sm, "", S},
    {R::SystemError, "several matches found in domino directory", Domino, "", S},
    {R::SystemError, "timeout while performing search on ldap server", QmLdap, "", S},
    {R::SystemError, "temporary failure in ldap lookup", QmLdap, "", S},
    {R::SystemError, "unable to contact ldap server", QmLdap, "", S},
    {R::SystemError, "this domain's dns violates rfc 1035", Courier, "", S},
    {R::SystemError, "delivery to file forbidden", "exim src/src/transports/appendfile.c (file_transport)", "", S},
    {R::SystemError, "delivery to pipe forbidden", "exim src/src/transports/pipe.c", "", S},
    {R::SystemError, "lmtp error after", "exim src/src/transports/lmtp.c", "", S},
    {R::SystemError, "timeout waiting for input", Sm, "", S},

    // --- mailererror: local delivery agent
    {R::MailerError, "command died with status", "postfix src/pipe/pipe.c", "", S},
    {R::MailerError, "child process of * transport returned", "exim src/src/transports/pipe.c", "", S},
    {R::MailerError, "bad interpreter: no such file or directory", "qmail-local (|program) / shell", "", S},
    {R::MailerError, "unable to deliver to pipe", "exim src/src/transports/pipe.c", "", S},

    // --- norelaying
    {R::NoRelaying, "relay access denied", PfSmtpd, "", S},
    {R::NoRelaying, "isn't in my list of allowed rcpthosts", QmSmtpd, "", S},
    {R::NoRelaying, "relay not permitted", ExAcl, "", S},
    {R::NoRelaying, "relaying denied", Sm, "", S},
    {R::NoRelaying, "we do not relay", Sm, "", S},
    {R::NoRelaying, "unable to relay for", Exch, "", S},
    {R::NoRelaying, "relay access denied", Exch, "", S},
    {R::NoRelaying, "relaying disallowed", IMail, "", S},
    {R::NoRelaying, "relay rejected", Kerio, "", S},
    {R::NoRelaying, "relaying is prohibited", MDaemon, "", S},

    // --- blocked: the client IP / host / HELO (postfix reject_rbl_client, ...)
    {R::Blocked, "client host rejected: access denied", PfSmtpd, "", S},
    {R::Blocked, "helo command rejected: need fully-qualified hostname", PfSmtpd, "", S},
    {R::Blocked, "helo command rejected: host not found", PfSmtpd, "", S},
    {R::Blocked, "helo command rejected: invalid name", PfSmtpd, "", S},
    {R::Blocked, "blocked using", PfSmtpd, "", S},
    {R::Blocked, "refused to talk to me", "postfix src/smtp/smtp_proto.c (host %s refused to talk to me)", "", S},
    {R::Blocked, "rejected because * is in a black list at", ExAcl, "", S},
    {R::Blocked, "is in a black list at", ExAcl, "", S},
    {R::Blocked, "listed at", ExAcl, "", PhraseWeight::Weak},
    {R::Blocked, "access denied - invalid helo name", Exch, "", S},
    {R::Blocked, "access denied, banned sending ip", Exch, "", S},
    {R::Blocked, "traffic not accepted from this ip", Exch, "", S},
    {R::Blocked, "connections not accepted from", Sm, "", S},
    {R::Blocked, "rejected: too many invalid recipients", Sm, "", S},

    // --- requireptr
    {R::RequirePtr, "cannot find your reverse hostname", PfSmtpd, "", S},
    {R::RequirePtr, "cannot find your hostname", PfSmtpd, "", S},
    {R::RequirePtr, "reverse dns lookup for host * failed permanently", Sm, "", S},
    {R::RequirePtr, "sender ip reverse lookup rejected", Exch, "", S},
    {R::RequirePtr, "no ptr record", Rfc5321, "", S},

    // --- rejected: the envelope sender
    {R::Rejected, "sender address rejected: domain not found", PfSmtpd, "", S},
    {R::Rejected, "sender address rejected: need fully-qualified address", PfSmtpd, "", S},
    {R::Rejected, "sender address rejected: not owned by user", PfSmtpd, "", S},
    {R::Rejected, "sender address rejected: not logged in", PfSmtpd, "", S},
    {R::Rejected, "sender address rejected: undeliverable address", PfSmtpd, "", S},
    {R::Rejected, "sender verify failed", ExAcl, "", S},
    {R::Rejected, "but sender was rejected", QmRemote, "", S},
    {R::Rejected, "your envelope sender is in my badmailfrom list", QmSmtpd, "", S},
    {R::Rejected, "domain of sender address * does not exist", Sm, "", S},
    {R::Rejected, "access denied, bad outbound sender", Exch, "", S},
    {R::Rejected, "sender address is blocked", Exch, "", S},
    {R::Rejected, "mail from not owned by user", "Orange / La Poste (LPN105_421; Sisimai Rhost/FrancePTT.pm)", "", S},

    // --- syntaxerror
    {R::SyntaxError, "improper use of smtp command pipelining", PfSmtpdMain, "", S},
    {R::SyntaxError, "too many syntax or protocol errors", ExSmtpIn, "", S},
    {R::SyntaxError, "too many unrecognized commands", ExSmtpIn, "", S},
    {R::SyntaxError, "syntax error in parameters or arguments", Rfc5321, "", S},
    {R::SyntaxError, "angle-brackets nested too deep", "exim src/src/parse.c", "", S},
    {R::SyntaxError, "malformed address:", "exim src/src/parse.c", "", S},

    // --- toomanyconn / speeding
    {R::TooManyConn, "too many connections from", PfSmtpdMain, "", S},
    {R::TooManyConn, "too many concurrent smtp connections", ExSmtpIn, "", S},
    {R::TooManyConn, "too many connections", Exch, "", S},
    {R::Speeding, "error: too many recipients from", PfSmtpdMain, "", S},
    {R::Speeding, "please try again slower", PfSmtpd, "", S},
    {R::Speeding, "rate that prevents additional messages from being delivered", Exch, "", S},

    // --- contenterror / notcompliantrfc
    {R::ContentError, "message header size exceeds limit", PfSmtpd, "", S},
    {R::ContentError, "headers too large", "sendmail 8 sendmail/collect.c (552 5.6.0 Headers too large (%d max))", "corpus:sendmail", S},
    {R::ContentError, "conversion to internet format failed", "Microsoft Exchange 2003 NDR (Sisimai Lhost/Exchange2003.pm)", "", S},
    {R::ContentError, "improperly-formatted binary content", Exch, "", S},
    {R::NotCompliantRfc, "multiple * headers", Rfc5321, "", S},
    {R::NotCompliantRfc, "blank from: addresses are not allowed", "GoDaddy IB501 (godaddy.com help 'bounceback' page)", "", S},

    // --- spamdetected / virusdetected / policyviolation
    {R::SpamDetected, "message rejected as spam", SpamAssassin, "", S},
    {R::SpamDetected, "spam message rejected", SpamAssassin, "", S},
    {R::SpamDetected, "spam detected", SpamAssassin, "", S},
    {R::SpamDetected, "rejected by spam filter", SpamAssassin, "", S},
    {R::SpamDetected, "message refused by mailmarshal spamprofiler", "Trustwave MailMarshal", "", S},
    {R::SpamDetected, "content identified as spam", Exch, "", S},
    {R::SpamDetected, "spam abuse detected", Exch, "", S},
    {R::SpamDetected, "high spam probability", "Mimecast / Proofpoint reject texts", "", S},
    {R::SpamDetected, "message filtered", "Mimecast / Proofpoint reject texts", "", S},
    {R::SpamDetected, "mail content denied", "Proofpoint reject texts", "", S},
    {R::SpamDetected, "blocked for spam", SpamAssassin, "", S},
    {R::VirusDetected, "infected with", "amavisd-new / ClamAV reject texts", "", S},
    {R::VirusDetected, "virus found", "amavisd-new / ClamAV reject texts", "", S},
    {R::VirusDetected, "contains a virus", "amavisd-new / ClamAV reject texts", "", S},
    {R::VirusDetected, "banned content", "amavisd-new (BANNED)", "", S},
    {R::PolicyViolation, "message not accepted for policy reasons", "Yahoo Sender Hub SMTP error codes (554 5.7.9)", "", S},
    {R::PolicyViolation, "rejected due to policy restrictions", "GMX / WEB.DE (554 Transaction failed, Reject due to policy restrictions)", "", S},
    {R::PolicyViolation, "email not accepted for policy reasons", "Sisimai t/201-reason-children.t (570 5.7.7)", "", S},

    // --- filtered: recipient-side filters, groups
    {R::Filtered, "cannot route mail to user", Domino, "", S},
    {R::Filtered, "sender not in allowed-senders list", Exch, "", S},
    {R::Filtered, "sendernotauthenticatedforgroup", Exch, "", S},
    {R::Filtered, "you don't have permission to post to this group", Mailman, "", S},

    // --- suspend
    {R::Suspend, "mailaddress is administratively disabled", QmLdap, "", S},
    {R::Suspend, "mailaddress is administrativly disabled", QmLdap, "", S},
    {R::Suspend, "account is locked", Zimbra, "", S},
    {R::Suspend, "account has been locked", Zimbra, "", S},
    {R::Suspend, "mailbox is disabled", Exch, "", S},
    {R::Suspend, "mailbox has been disabled", Exch, "", S},

    // --- failedstarttls / securityerror
    {R::FailedStartTls, "must issue a starttls command first", PfSmtpdMain, "", S},
    {R::FailedStartTls, "tls is required, but was not offered", "postfix src/smtp/smtp_proto.c", "", S},
    {R::FailedStartTls, "cannot start tls", "postfix src/smtp/smtp_proto.c", "", S},
    {R::FailedStartTls, "remote server does not support tls", "Gmail delivery-failure notice, state 6 (Sisimai Lhost/Gmail.pm state table)", "", S},
    {R::SecurityError, "authentication required", PfSmtpdMain, "", S},
    {R::SecurityError, "resolver.rst.authrequired", Exch, "", S},
    {R::SecurityError, "client was not authenticated to send anonymous mail", Exch, "", S},
    {R::SecurityError, "authentication is required for relay", MDaemon, "", S},

    // --- wordings of many small MTAs and filters, as collected from real bounces in Sisimai's
    // Reason/*.pm lists (server replies; no single product named there)
    {R::UserUnknown, "not a valid recipient", SisReasons, "", S},
    {R::UserUnknown, "no mailbox found", SisReasons, "", S},
    {R::UserUnknown, "mailbox is unavailable", SisReasons, "", S},
    {R::UserUnknown, "user not active", SisReasons, "", S},
    {R::UserUnknown, "is not a known user", SisReasons, "", S},
    {R::UserUnknown, "recipient not ok", SisReasons, "", S},
    {R::UserUnknown, "envelope recipient has been denied", SisReasons, "", S},
    {R::UserUnknown, "badrecipientto list", SisReasons, "", S},
    {R::UserUnknown, "recipient is not accepted", SisReasons, "", S},
    {R::UserUnknown, "no mail box available for this user", SisReasons, "", S},
    {R::MailboxFull, "full mailbox", SisReasons, "", S},
    {R::MailboxFull, "not enough space", SisReasons, "", S},
    {R::MailboxFull, "not sufficient disk space", SisReasons, "", S},
    {R::MailboxFull, "no space left on device", "POSIX strerror(ENOSPC) as written by local delivery agents", "", S},
    {R::MailboxFull, "would exceed * storage", SisReasons, "", S},
    {R::MailboxFull, "mailbox exceeded", SisReasons, "corpus:biglobe", S},
    {R::Rejected, "batv", "BATV (bounce address tag validation, draft-levine-smtp-batv) reject texts", "", S},
    {R::Rejected, "backscatter", SisReasons, "", S},
    {R::Rejected, "no third-party dsns", SisReasons, "", S},
    {R::Rejected, "sender * blacklisted", SisReasons, "", S},
    {R::Rejected, "email address has been blacklisted", SisReasons, "", S},
    {R::Rejected, "sender is in my black list", SisReasons, "", S},
    {R::Rejected, "sender email address rejected", SisReasons, "", S},
    {R::Rejected, "sender was rejected", SisReasons, "", S},
    {R::Rejected, "empty envelope senders not allowed", SisReasons, "", S},
    {R::SpamDetected, "spam or virus", SisReasons, "", S},
    {R::SpamDetected, "spam/virus", SisReasons, "", S},
    {R::SpamDetected, "content filter rejection", SisReasons, "", S},
    {R::SpamDetected, "rejecting mail content", SisReasons, "", S},
    {R::Blocked, "blocked - see http", SisReasons, "", S},
    {R::Blocked, "refused - see http", SisReasons, "", S},
    {R::Blocked, "open proxy", SisReasons, "", S},
    {R::Blocked, "connection dropped", SisReasons, "", S},
    {R::HostUnknown, "unroutable address", SisReasons, "", S},
    {R::MesgTooBig, "max message size exceeded", SisReasons, "", S},
    {R::MesgTooBig, "maximum inbound message size", SisReasons, "", S},
    {R::NetworkError, "malformed name server reply", PfDns, "", S},
    {R::NetworkError, "message looping", SisReasons, "", S},
    {R::NetworkError, "forwarding loop", SisReasons, "", S},
    {R::NetworkError, "unable to resolve route", SisReasons, "", S},
    {R::NetworkError, "unrouteable mail domain", SisReasons, "", S},
    {R::NetworkError, "dns records for the destination computer could not be found", Exch, "", S},
    {R::MailerError, "command failed: ", SisReasons, "", S},
    {R::MailerError, "bin/procmail", SisReasons, "", S},
    {R::MailerError, "bin/maildrop", SisReasons, "", S},
    {R::NoRelaying, "we don't handle mail for", SisReasons, "", S},
    {R::NoRelaying, "requires authentication when attempting to send to a non-local", HMail, "", S},
    {R::RequirePtr, "bad dns ptr resource record", SisReasons, "", S},
    {R::RequirePtr, "forward dns entry does not point to the sending ip", SisReasons, "", S},
    {R::RequirePtr, "generic dns ptr", SisReasons, "", S},
    {R::SecurityError, "authentication failure", SisReasons, "", S},
    {R::SecurityError, "authentication is required", SisReasons, "", S},
    {R::Suspend, "user is terminated", SisReasons, "", S},
    {R::Suspend, "temporarily inactive", SisReasons, "", S},
    {R::Suspend, "suspend the service", SisReasons, "", S},
    {R::SystemError, "system config error", SisReasons, "", S},
    {R::SystemError, "temporary local problem", SisReasons, "", S},
    {R::SystemError, "interrupted system call", SisReasons, "", S},
    {R::SystemError, "can't create user output file", Sm, "", S},
    {R::Filtered, "recipient preferences", SisReasons, "", S},
    {R::Filtered, "refuses to receive", SisReasons, "", S},
    {R::Filtered, "user reject", SisReasons, "", S},
    {R::Filtered, "only accepting mail from specific", SisReasons, "", S},
    {R::Filtered, "due to user rules", SisReasons, "", S},
    {R::Filtered, "blocked by the recipient", SisReasons, "", S},
    {R::Expired, "delivery expired", SisReasons, "", S},
    {R::Expired, "allowed queue period", SisReasons, "", S},
    {R::PolicyViolation, "members-only list", SisReasons, "", S},
    {R::PolicyViolation, "closed mailing list", SisReasons, "", S},
    {R::PolicyViolation, "organizational settings", SisReasons, "", S},
    {R::ContentError, "header size exceeds", SisReasons, "", S},
    {R::ContentError, "mime complexity", SisReasons, "", S},
    {R::HasMoved, "has been replaced by", SisReasons, "", S},

    // --- further groupware and gateway texts (product named by Sisimai's Lhost modules)
    {R::UserUnknown, "invalid final delivery userid", IMail, "", S},
    {R::MailboxFull, "user mailbox exceeds allowed size", IMail, "", S},
    {R::VirusDetected, "requested action not taken: virus detected", IMail, "", S},
    {R::SecurityError, "please turn on smtp authentication in your mail client", "Symantec MessageLabs (Sisimai Lhost/MessageLabs.pm)", "", S},
    {R::UserUnknown, "resolver.adr.recipnotfound", Exch, "", S},
    {R::TooManyConn, "resolver.adr.reciplimit", Exch, "", S},
    {R::SystemError, "resolver.adr.invalidinsmtp", Exch, "", S},
    {R::SystemError, "resolver.adr.ambiguous", Exch, "", S},
    {R::Rejected, "resolver.rst.notauthorized", Exch, "", S},
    {R::Expired, "queue.expired", Exch, "", S},
    {R::MailboxFull, "account is temporarily over quota", "au EZweb (Sisimai Lhost/EZweb.pm)", "", S},
    {R::Suspend, "account is disabled", "au EZweb (Sisimai Lhost/EZweb.pm)", "", S},
    {R::Suspend, "account is temporarily limited", "au EZweb (Sisimai Lhost/EZweb.pm)", "", S},
    {R::Expired, "your message was not delivered within", "au EZweb (Sisimai Lhost/EZweb.pm)", "", S},
    {R::MailboxFull, "as their mailbox is full", "au KDDI (Sisimai Lhost/KDDI.pm)", "", S},
    {R::NoRelaying, "due to the following smtp relay error", "au KDDI (Sisimai Lhost/KDDI.pm)", "", S},
    {R::HostUnknown, "as the remote domain doesnt exist", "au KDDI (Sisimai Lhost/KDDI.pm)", "", S},
    // The reporting MTA's own directory verdicts (not a quoted remote reply): authoritative.
    {R::UserUnknown, "(000c05a6) unknown recipient", "Microsoft Exchange 2000/2003 IMS diagnostic 000C05A6 'Unknown Recipient' (Sisimai Lhost/Exchange2003.pm error table)", "", PhraseWeight::Decisive},
    {R::UserUnknown, "no valid recipients for this mm", "Verizon Wireless MMS gateway notice (Sisimai Lhost/Verizon.pm)", "", PhraseWeight::Decisive},
    {R::UserUnknown, "rcp-p1", "Facebook mail (Sisimai Lhost/Facebook.pm: attempted recipient does not exist)", "", PhraseWeight::Decisive},
    {R::UserUnknown, "int-p1", "Facebook mail (Sisimai Lhost/Facebook.pm)", "", PhraseWeight::Decisive},
    {R::Filtered, "rcp-p2", "Facebook mail (Sisimai Lhost/Facebook.pm: recipient's preferences)", "", PhraseWeight::Decisive},
    {R::Filtered, "rcp-p3", "Facebook mail (Sisimai Lhost/Facebook.pm: privacy settings)", "", PhraseWeight::Decisive},
    {R::Blocked, "pol-p1", "Facebook mail (Sisimai Lhost/Facebook.pm: IP on Spamhaus PBL)", "", PhraseWeight::Decisive},
    {R::Blocked, "pol-p2", "Facebook mail (Sisimai Lhost/Facebook.pm)", "", PhraseWeight::Decisive},
    {R::MesgTooBig, "msg-p1", "Facebook mail (Sisimai Lhost/Facebook.pm: exceeds maximum size)", "", PhraseWeight::Decisive},

    // --- moved from the table without per-entry sources (issue 13): the MTA's own message,
    // with the file that prints it. Reason as the source gives it: e.g. sendmail's
    // "Connection refused by host" is its own TCP connect failure (err.c), not a block.
    {R::Blocked, "client host rejected", "postfix src/smtpd/smtpd_check.c (\"Client host rejected: ...\", the client restrictions' reply prefix); Sisimai reason/why-blocked.go 'client host rejected: ...'", "", S},
    {R::Blocked, "helo command rejected", "postfix src/smtpd/smtpd_check.c (reply class \"Helo command\" + \" rejected: %s\"; smtpd_check.ref: \"450 4.7.1 <foo.>: Helo command rejected: Host not found\"); Sisimai reason/why-blocked.go 'helo command rejected:'", "", S},
    {R::ContentError, "improper use of 8-bit data", "postfix src/global/header_body_checks.c (\"improper use of 8-bit data in message header\"); Sisimai reason/why-contenterror.go", "corpus:sendmail", S},
    {R::Expired, "could not be delivered for", "postfix src/bounce/bounce_templates.c (\"Your message could not be delivered for more than ... hour(s)\"); Sisimai reason/why-expired.go", "", S},
    {R::Expired, "retry time not reached for any host", "exim src/src/transports/smtp.c (\"retry time not reached for any host after a long failure period\"); Sisimai reason/why-expired.go", "", S},
    {R::Expired, "delivery attempts will continue", "exim src/src/deliver.c (\"Delivery attempts will continue for ...\"); Sisimai reason/why-expired.go", "", S},
    {R::Expired, "have been failing for", "exim src/src/transports/smtp.c (\"all hosts have been failing for a long time\"); Sisimai reason/why-expired.go", "", S},
    {R::Expired, "message has been in the queue too long", "notqmail (qmail-1.03) qmail-send.c (\"I'm not going to try again; this message has been in the queue too long.\"); Sisimai reason/why-expired.go", "", S},
    {R::FailedStartTls, "tls required", "OpenSMTPD usr.sbin/smtpd/mta_session.c (\"TLS required but not supported by remote host\"); Sisimai reason/why-failedstarttls.go 'tls required but not supported'", "", S},
    {R::FailedStartTls, "must issue a starttls", "postfix src/smtpd/smtpd.c (\"530 5.7.0 Must issue a STARTTLS command first\"); OpenSMTPD smtp_session.c", "", S},
    {R::HasMoved, "has moved", "postfix src/trivial-rewrite/resolve.c (\"5.1.6 User has moved to %s\"); RFC 3463 X.1.6 \"Destination mailbox has moved\"", "", S},
    {R::HasMoved, "user has moved", "postfix src/trivial-rewrite/resolve.c (\"5.1.6 User has moved to %s\", relocated(5))", "", S},
    {R::HostUnknown, "domain not found", "postfix src/smtpd/smtpd_check.c (reject_unknown_*_domain: \"<%s>: %s rejected: Domain not found\")", "", S},
    {R::HostUnknown, "host not found", "OpenSMTPD usr.sbin/smtpd/mta.c (relay failure \"Host not found\")", "", S},
    {R::HostUnknown, "name service error", "postfix src/dns/dns_lookup.c (\"Name service error for name=%s type=%s: %s\")", "", S},
    {R::HostUnknown, "recipient address rejected: domain not found", "postfix src/smtpd/smtpd_check.c (reject_unknown_recipient_domain: \"Recipient address rejected: Domain not found\")", "", S},
    {R::MesgTooBig, "message size exceeds * limit", "postfix src/smtpd/smtpd_check.c (\"552 5.3.4 Message size exceeds fixed limit\"); notqmail (qmail-1.03) qmail-smtpd.c (\"552 sorry, that message size exceeds my databytes limit (#5.3.4)\"); Sisimai reason/why-mesgtoobig.go", "", S},
    {R::MesgTooBig, "exceeds size limit", "postfix src/smtp/smtp_proto.c (\"message size %lu exceeds size limit %.0f of server %s\", 5.3.4); Sisimai reason/why-mesgtoobig.go 'size limit'", "", S},
    {R::MesgTooBig, "message is too big", "exim src/src/deliver.c (\"message is too big (transport limit = %d)\")", "", S},
    {R::NetworkError, "connection refused by", "sendmail 8 sendmail/err.c sm_errstring(ECONNREFUSED): \"Connection refused by %s\" (the sending MTA's own TCP connect failure)", "", S},
    {R::NetworkError, "network is unreachable", "postfix src/smtp/smtp_connect.c (\"connect to %s[%s]:%d: %m\", strerror(ENETUNREACH) \"Network is unreachable\")", "", S},
    {R::NetworkError, "mail loops back to myself", "postfix src/smtp/smtp_addr.c (dsb_simple(why, \"5.4.6\", \"mail for %s loops back to myself\"): RFC 3463 X.4.6 routing loop; Sisimai's index lists 'loops back to myself' under systemerror)", "", S},
    {R::NetworkError, "mail for * loops back to myself", "postfix src/smtp/smtp_addr.c (dsb_simple(why, \"5.4.6\", \"mail for %s loops back to myself\"): RFC 3463 X.4.6 routing loop; Sisimai's index lists 'loops back to myself' under systemerror)", "", S},
    {R::NetworkError, "connection reset", "sendmail 8 sendmail/err.c sm_errstring(ECONNRESET): \"Connection reset by %s\"; notqmail (qmail-1.03) error_str.c (ECONNRESET \"connection reset\")", "", S},
    {R::NetworkError, "lost connection", "postfix src/smtp/smtp_trouble.c (\"4.4.2 lost connection with %s while %s\")", "", S},
    {R::NotCompliantRfc, "rfc 2822", "OpenSMTPD usr.sbin/smtpd/smtp_session.c (\"550 Message is not RFC 2822 compliant\")", "", S},
    {R::Rejected, "permission to post messages to the group", "Google Groups bounce (Sisimai lib/Sisimai/Lhost/GoogleGroups.pm: \"you may not have permission to post messages to the group\"; poster not allowed)", "corpus:googlegroups", S},
    {R::Rejected, "your envelope sender is in my badmailfrom", "notqmail (qmail-1.03) qmail-smtpd.c err_bmf (\"553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)\")", "", S},
    {R::RequirePtr, "client host rejected: cannot find your", "postfix src/smtpd/smtpd_check.c (reject_unknown_client_hostname: \"Client host rejected: cannot find your hostname, [%s]\")", "", S},
    {R::RequirePtr, "reverse hostname", "postfix src/smtpd/smtpd_check.c (reject_unknown_reverse_client_hostname: \"Client host rejected: cannot find your reverse hostname, [%s]\")", "", S},
    {R::SecurityError, "authentication failed", "postfix src/smtp/smtp_sasl_glue.c (\"SASL authentication failed; server %s said: %s\"); OpenSMTPD smtp_session.c (\"535 Authentication failed\"); Sisimai reason/why-securityerror.go", "", S},
    {R::SpamDetected, "content rejected", "postfix src/global/cleanup_strerror.c (550 5.7.1 \"message content rejected\"); Sisimai reason/why-spamdetected.go 'message content rejected'", "", S},
    {R::SyntaxError, "command not recognized", "postfix src/smtpd/smtpd.c (\"500 5.5.2 Error: command not recognized\")", "", S},
    {R::SystemError, "local delivery failed", "exim src/src/transports/pipe.c (addr->user_message = \"local delivery failed\"); Sisimai lib/Sisimai/Lhost/Exim.pm (systemerror)", "", S},
    {R::SystemError, "temporary lookup failure", "postfix src/smtpd/smtpd_check.c (\"451 4.3.0 <%s>: Temporary lookup failure\": the server's own table lookup; RFC 3463 X.3.0 other mail system status)", "", S},
    {R::SystemError, "resources temporarily unavailable", "notqmail (qmail-1.03) qmail-remote.c (\"System resources temporarily unavailable. (#4.3.0)\")", "", S},
    {R::SystemFull, "disk full", "notqmail (qmail-1.03) qmail.c (\"Zqq write error or disk full (#4.3.0)\")", "", S},
    {R::SystemFull, "out of disk space", "notqmail (qmail-1.03) error_str.c (ENOSPC \"out of disk space\")", "", S},
    {R::TooManyConn, "too many concurrent", "exim src/src/daemon.c (\"421 Too many concurrent SMTP connections\"); Sisimai reason/why-toomanyconn.go", "", S},
    {R::TooManyConn, "connection limit", "exim src/src/transports/smtp.c (\"connection limit reached for all hosts\"); Sisimai reason/why-toomanyconn.go 'all available ips are at maximum connection limit'", "", S},
    {R::UserUnknown, "resolver.adr.recipientnotfound", "Microsoft Exchange Server NDR (Learn: 'Email non-delivery reports and SMTP errors in Exchange Online': 550 5.1.1 RESOLVER.ADR.RecipientNotFound)", "corpus:office365", S},
    {R::UserUnknown, "addressee unknown", "postfix src/global/sys_exits.h (EX_NOUSER \"addressee unknown\", BSD sysexits.h)", "", S},
    {R::Vacation, "i am on vacation", "Unix vacation(1) auto-reply program, example .vacation.msg \"Subject: I am on vacation\" / \"I am on vacation until July 22.\" (as in GNU Mailutils scheme/vacation.scm and vacation.pl)", "", S},
};

} // namespace

std::vector<ReasonPhrase> mtaPhrases()
{
    return kMta;
}

} // namespace Codes
