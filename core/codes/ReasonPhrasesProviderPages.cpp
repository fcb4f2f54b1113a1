// SPDX-License-Identifier: GPL-3.0-or-later
// Replies that mail providers publish on their own error-code pages, with the reason the page
// gives. The pages are cited per provider; Sisimai's Rhost modules tabulate the same pages and
// were used to find them. Sisimai applies them only to mail from that provider; here they are
// global, so only wording unique to the provider is a strong phrase, and a provider's own
// reference code decides (PhraseWeight::Decisive). Generic wording the pages also list ("unable
// to process command", "invalid recipient") is left to the other tables.
#include "ReasonPhrases.h"

namespace Codes {

namespace {

using R = Reason;
constexpr PhraseWeight S = PhraseWeight::Strong;
constexpr PhraseWeight D = PhraseWeight::Decisive;

constexpr const char *Mimecast = "Mimecast 'SMTP Error Codes' (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754), as tabulated in Sisimai Rhost/Mimecast";
// Spectrum/Charter AUP codes: "AUP#In-NNNN" (inbound) and "AUP#Out-NNNN"; the page groups them
// in ranges of ten.
constexpr const char *Spectrum = "Spectrum 'Understanding email error codes' (spectrumbusiness.net/support/internet/understanding-email-error-codes), as tabulated in Sisimai Rhost/Spectrum";

const std::vector<ReasonPhrase> kProviderPages = {
    // --- Mimecast
    {R::AuthFailure, "spf sender invalid - envelope rejected", Mimecast, "", S},
    {R::AuthFailure, "dkim sender invalid - envelope rejected", Mimecast, "", S},
    {R::AuthFailure, "dmarc sender invalid - envelope rejected", Mimecast, "", S},
    {R::BadReputation, "local ct ip reputation - (reject)", Mimecast, "", S},
    {R::Blocked, "ip temporarily blacklisted", Mimecast, "", S},
    {R::FailedStartTls, "this route requires encryption (tls)", Mimecast, "", S},
    {R::FailedStartTls, "this route requires tls version 1.2 or greater", Mimecast, "", S},
    {R::FailedStartTls, "this route requires high-strength ciphers", Mimecast, "", S},
    {R::MesgTooBig, "maximum email size exceeded", Mimecast, "", S},
    {R::NetworkError, "the incorrect hostname used for inbounds", Mimecast, "", S},
    {R::NoRelaying, "open relay not allowed", Mimecast, "", S},
    {R::NoRelaying, "open relay is not allowed", Mimecast, "", S},
    {R::NotAccept, "account inbounds disabled", Mimecast, "", S},
    {R::PolicyViolation, "anti-spoofing policy - inbound not allowed", Mimecast, "", S},
    {R::PolicyViolation, "rejected by header-based anti-spoofing policy", Mimecast, "", S},
    {R::PolicyViolation, "message bounced due to content examination policy", Mimecast, "", S},
    {R::PolicyViolation, "host network not allowed", Mimecast, "", S},
    {R::PolicyViolation, "host network, not allowed", Mimecast, "", S},
    {R::Rejected, "administrative prohibition envelope blocked", Mimecast, "", S},
    {R::Rejected, "envelope blocked - user entry", Mimecast, "", S},
    {R::Rejected, "envelope blocked - user domain entry", Mimecast, "", S},
    {R::Rejected, "rejected by header-based manually blocked senders", Mimecast, "", S},
    {R::Rejected, "rejected by header-based blocked senders", Mimecast, "", S},
    {R::Rejected, "envelope rejected - block policy for envelope from address", Mimecast, "", S},
    {R::SecurityError, "submitter failed to authenticate", Mimecast, "", S},
    {R::TooManyConn, "exceeding outbound thread limit", Mimecast, "", S},
    {R::VirusDetected, "email rejected due to security policies", Mimecast, "", S},
    // --- Spectrum / Charter
    {R::Blocked, "aup#in-1000", Spectrum, "", D},
    {R::Blocked, "aup#out-1000", Spectrum, "", D},
    {R::Rejected, "aup#in-1010", Spectrum, "", D},
    {R::Rejected, "aup#out-1010", Spectrum, "", D},
    {R::Rejected, "aup#in-1020", Spectrum, "", D},
    {R::Rejected, "aup#out-1020", Spectrum, "", D},
    {R::Rejected, "aup#in-1030", Spectrum, "", D},
    {R::Rejected, "aup#out-1030", Spectrum, "", D},
    {R::Rejected, "aup#in-1040", Spectrum, "", D},
    {R::Rejected, "aup#out-1040", Spectrum, "", D},
    {R::Rejected, "aup#in-1050", Spectrum, "", D},
    {R::Rejected, "aup#out-1050", Spectrum, "", D},
    {R::Rejected, "aup#in-1060", Spectrum, "", D},
    {R::Rejected, "aup#out-1060", Spectrum, "", D},
    {R::Rejected, "aup#in-1070", Spectrum, "", D},
    {R::Rejected, "aup#out-1070", Spectrum, "", D},
    {R::Rejected, "aup#in-1080", Spectrum, "", D},
    {R::Rejected, "aup#out-1080", Spectrum, "", D},
    {R::SystemError, "aup#in-1090", Spectrum, "", D},
    {R::SystemError, "aup#out-1090", Spectrum, "", D},
    {R::RequirePtr, "aup#in-1100", Spectrum, "", D},
    {R::RequirePtr, "aup#out-1100", Spectrum, "", D},
    {R::RequirePtr, "aup#in-1110", Spectrum, "", D},
    {R::RequirePtr, "aup#out-1110", Spectrum, "", D},
    {R::RequirePtr, "aup#in-1120", Spectrum, "", D},
    {R::RequirePtr, "aup#out-1120", Spectrum, "", D},
    {R::RequirePtr, "aup#in-1130", Spectrum, "", D},
    {R::RequirePtr, "aup#out-1130", Spectrum, "", D},
    {R::RequirePtr, "aup#in-1140", Spectrum, "", D},
    {R::RequirePtr, "aup#out-1140", Spectrum, "", D},
    {R::RequirePtr, "aup#in-1150", Spectrum, "", D},
    {R::RequirePtr, "aup#out-1150", Spectrum, "", D},
    {R::PolicyViolation, "aup#in-1160", Spectrum, "", D},
    {R::PolicyViolation, "aup#out-1160", Spectrum, "", D},
    {R::PolicyViolation, "aup#in-1170", Spectrum, "", D},
    {R::PolicyViolation, "aup#out-1170", Spectrum, "", D},
    {R::PolicyViolation, "aup#in-1180", Spectrum, "", D},
    {R::PolicyViolation, "aup#out-1180", Spectrum, "", D},
    {R::PolicyViolation, "aup#in-1190", Spectrum, "", D},
    {R::PolicyViolation, "aup#out-1190", Spectrum, "", D},
    {R::Blocked, "aup#in-1200", Spectrum, "", D},
    {R::Blocked, "aup#out-1200", Spectrum, "", D},
    {R::Blocked, "aup#in-1210", Spectrum, "", D},
    {R::Blocked, "aup#out-1210", Spectrum, "", D},
    {R::Blocked, "aup#in-1220", Spectrum, "", D},
    {R::Blocked, "aup#out-1220", Spectrum, "", D},
    {R::Blocked, "aup#in-1230", Spectrum, "", D},
    {R::Blocked, "aup#out-1230", Spectrum, "", D},
    {R::Blocked, "aup#in-1240", Spectrum, "", D},
    {R::Blocked, "aup#out-1240", Spectrum, "", D},
    {R::Blocked, "aup#in-1250", Spectrum, "", D},
    {R::Blocked, "aup#out-1250", Spectrum, "", D},
    {R::NetworkError, "aup#in-1260", Spectrum, "", D},
    {R::NetworkError, "aup#out-1260", Spectrum, "", D},
    {R::TooManyConn, "aup#in-1300", Spectrum, "", D},
    {R::TooManyConn, "aup#out-1300", Spectrum, "", D},
    {R::TooManyConn, "aup#in-1310", Spectrum, "", D},
    {R::TooManyConn, "aup#out-1310", Spectrum, "", D},
    {R::TooManyConn, "aup#in-1320", Spectrum, "", D},
    {R::TooManyConn, "aup#out-1320", Spectrum, "", D},
    {R::TooManyConn, "aup#in-1330", Spectrum, "", D},
    {R::TooManyConn, "aup#out-1330", Spectrum, "", D},
    {R::TooManyConn, "aup#in-1340", Spectrum, "", D},
    {R::TooManyConn, "aup#out-1340", Spectrum, "", D},
    {R::Speeding, "aup#in-1350", Spectrum, "", D},
    {R::Speeding, "aup#out-1350", Spectrum, "", D},
    {R::Speeding, "aup#in-1360", Spectrum, "", D},
    {R::Speeding, "aup#out-1360", Spectrum, "", D},
    {R::Speeding, "aup#in-1370", Spectrum, "", D},
    {R::Speeding, "aup#out-1370", Spectrum, "", D},
    {R::Speeding, "aup#in-1380", Spectrum, "", D},
    {R::Speeding, "aup#out-1380", Spectrum, "", D},
    {R::Speeding, "aup#in-1390", Spectrum, "", D},
    {R::Speeding, "aup#out-1390", Spectrum, "", D},
    {R::Speeding, "aup#in-1400", Spectrum, "", D},
    {R::Speeding, "aup#out-1400", Spectrum, "", D},
    {R::Speeding, "aup#in-1410", Spectrum, "", D},
    {R::Speeding, "aup#out-1410", Spectrum, "", D},
    {R::Speeding, "aup#in-1420", Spectrum, "", D},
    {R::Speeding, "aup#out-1420", Spectrum, "", D},
    {R::Speeding, "aup#in-1430", Spectrum, "", D},
    {R::Speeding, "aup#out-1430", Spectrum, "", D},
    {R::Speeding, "aup#in-1440", Spectrum, "", D},
    {R::Speeding, "aup#out-1440", Spectrum, "", D},
    {R::Speeding, "aup#in-1450", Spectrum, "", D},
    {R::Speeding, "aup#out-1450", Spectrum, "", D},
    {R::Speeding, "aup#in-1460", Spectrum, "", D},
    {R::Speeding, "aup#out-1460", Spectrum, "", D},
    {R::Speeding, "aup#in-1470", Spectrum, "", D},
    {R::Speeding, "aup#out-1470", Spectrum, "", D},
    {R::Speeding, "aup#in-1480", Spectrum, "", D},
    {R::Speeding, "aup#out-1480", Spectrum, "", D},
    {R::Speeding, "aup#in-1490", Spectrum, "", D},
    {R::Speeding, "aup#out-1490", Spectrum, "", D},
    {R::Rejected, "aup#in-1500", Spectrum, "", D},
    {R::Rejected, "aup#out-1500", Spectrum, "", D},
    {R::Rejected, "aup#in-1520", Spectrum, "", D},
    {R::Rejected, "aup#out-1520", Spectrum, "", D},
    {R::MesgTooBig, "aup#in-1530", Spectrum, "", D},
    {R::MesgTooBig, "aup#out-1530", Spectrum, "", D},
    {R::Speeding, "aup#in-1540", Spectrum, "", D},
    {R::Speeding, "aup#out-1540", Spectrum, "", D},
    {R::Speeding, "aup#in-1550", Spectrum, "", D},
    {R::Speeding, "aup#out-1550", Spectrum, "", D},
    {R::PolicyViolation, "aup#in-1560", Spectrum, "", D},
    {R::PolicyViolation, "aup#out-1560", Spectrum, "", D},
    {R::Speeding, "aup#in-1580", Spectrum, "", D},
    {R::Speeding, "aup#out-1580", Spectrum, "", D},
};

} // namespace

std::vector<ReasonPhrase> providerPagePhrases()
{
    return kProviderPages;
}

} // namespace Codes
