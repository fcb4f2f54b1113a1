// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "Cause.h"
#include "RemoteVerdict.h"
#include "codes/LineParser.h"
#include "codes/Reason.h"
#include "dsn/BounceAnalysis.h"

namespace Diagnosis {

// One failing recipient as the rules see it: codes, reason, provider and the reply text, with
// the place the reply was read from (so evidence can point at it).
struct RecipientFacts
{
    int index = -1;          // in BounceAnalysis::recipients; -1 for a pasted line
    QString address;
    QString domain;          // lower-case
    QString action;          // "failed", "delayed", ... (empty for a pasted line)
    QString status;          // "5.7.26"
    QString replyCode;       // "550"
    QChar statusClass;       // '4', '5' or null
    Codes::Reason reason = Codes::Reason::Undefined;
    Codes::ReasonEvidence reasonEvidence; // what decided `reason` (the classifier's evidence)
    QString provider;        // "gmail", "microsoft", ... or empty
    QString providerTag;
    QString command;
    QString text;            // the reply text (diagnostic code or the pasted line)
    QString lowerText;       // lower-case, whitespace folded, for phrase rules
    QStringList ips;         // IPs named in the reply (not the remote MTA's own)
    Evidence source;         // where `text` sits: Diagnostic-Code field, free text or input
    Evidence statusSource;   // the Status field (RFC 3464 2.3.4), when there is one
};

// Everything the diagnosis reads from the message before asking the DNS: who sent, from where,
// to whom, what the remote said and saw. Built from an analysed bounce or one pasted line.
struct BounceFacts
{
    bool isLine = false;            // explain mode: no message, only a reply line
    bool isBounce = false;          // the analysis found a bounce or a delay
    QList<RecipientFacts> recipients; // failing (then delayed) recipients, the first is primary

    // Sender side, from the returned original (RFC 5322 From, RFC 5321 Return-Path).
    bool originalPresent = false;
    bool wholeOriginal = false;     // the body came back too: DKIM can be verified
    QByteArray originalRaw;
    QString fromAddress;
    QString fromDomain;
    QString returnPathDomain;
    QString messageIdDomain;
    QString dkimDomain;             // d= of the first DKIM-Signature
    QString dkimSelector;           // s= of the first DKIM-Signature
    QStringList dkimDomains;        // every d=
    QStringList dkimSelectors;      // every s=, in the same order as dkimDomains
    QString sendingIp;              // SendingIp::choose(): the IP the remote quoted, else its Received hop
    QString sendingIpSource;        // sendingIpSourceName(): "reply", "receiver-hop", "relay"
    QString sendingHost;            // the name that IP used (Received from clause), when known
    int sendingHop = -1;            // its hop in `received`, -1 when the reply named it
    QList<Dsn::ReceivedHop> received; // the returned original's Received chain, newest first
    QStringList receivedHosts;      // every from/by name of the original's Received chain
    Evidence sendingIpEvidence;
    Evidence fromEvidence;

    QList<RemoteVerdict> remoteSaw; // "then": verdicts quoted by the remote or in A-R headers

    const RecipientFacts *primary() const { return recipients.isEmpty() ? nullptr : &recipients.first(); }
    // The domain SPF was checked for: MAIL FROM (Return-Path) domain, else From domain
    // (RFC 7208 2.4: HELO is used only for a null sender), else the domain the remote quoted.
    QString spfDomain() const;
    const RemoteVerdict *remote(const QString &check) const;

    static BounceFacts fromAnalysis(const Dsn::BounceAnalysis &analysis);
    static BounceFacts fromLine(const Codes::ParsedLine &line);
};

} // namespace Diagnosis
