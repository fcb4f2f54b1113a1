// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "Text.h"
#include "dsn/BounceAnalysis.h"

namespace Diagnosis {

// Which IP address a bounce is about, decided in one place for the CLI, the diagnosis and the
// desktop panels (PTR, FCrDNS, blocklists and SPF check_host all use it).
struct SendingIpChoice
{
    enum class Source {
        None,        // nothing usable
        Reply,       // the receiving server named it in its reply ("[198.51.100.7]", "Client host [IP]")
        ReceiverHop, // the hop the receiving side recorded in the returned original's Received chain
        Relay,       // the earliest public relay in the chain (the bounce shows no receiver's hop)
    };
    QString ip;
    Source source = Source::None;
    QString host;        // the name the sending host gave in that hop (HELO or rDNS), when known
    int hop = -1;        // index in OriginalMessage::received (newest first), -1 for a reply IP
    int recipient = -1;  // index in BounceAnalysis::recipients whose reply named it, for Reply
    Text why;            // one sentence for the report: which IP and why this one

    bool isEmpty() const { return ip.isEmpty(); }
};
QString sendingIpSourceName(SendingIpChoice::Source source); // "none", "reply", "receiver-hop", "relay"

class SendingIp
{
public:
    // 1. The IP the receiver's reply names (what it saw), for the first failed recipient that
    //    names one. 2. Else the address that connected to the receiving side: in the Received
    //    chain (newest first), the first hop recorded by a host of the remote MTA's or the
    //    recipient's domain whose client address is public. 3. Else the earliest public
    //    address of the chain, skipping authenticated submissions (RFC 3848 ESMTPA/ESMTPSA:
    //    the author's own device, not a mail server). Private, loopback, link-local and shared
    //    ranges (RFC 1918, RFC 4193, RFC 6598) are never chosen.
    static SendingIpChoice choose(const Dsn::BounceAnalysis &analysis);
    // Writes choose()'s IP into analysis.original.sendingIp, so that every JSON and text that
    // shows "sending_ip" (analyze, explain of raw headers, diagnose's analysis) names the IP the
    // checks are about; the parser's own value is only the first public hop, which can be the
    // author's authenticated submission or a relay the receiver never saw.
    static void settle(Dsn::BounceAnalysis &analysis);
    // The IPs a reply text names, without the remote MTA's own address that MTAs prepend
    // ("host mx.example[198.51.100.7] said:"), public addresses only.
    static QStringList replyIps(const QString &text, const QString &remoteMta);
    // The host name that opens a Received "from"/"by" clause: "mail.example.org (Postfix)" ->
    // "mail.example.org" (lower-case, no trailing dot).
    static QString hostName(const QString &clause);
    // RFC 3848 "with" protocols that mean the client authenticated (ESMTPA, ESMTPSA, LMTPA, ...).
    static bool isAuthenticatedSubmission(const QString &with);
};

} // namespace Diagnosis
