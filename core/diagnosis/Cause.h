// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "Text.h"
#include "dns/ZoneRecord.h"
#include "dsn/BounceAnalysis.h"

namespace Diagnosis {

// Who must do something for the mail to get through (docs/REPORT-DESIGN.md "Who must act").
// Nobody: nothing of the user's failed (a forged message's bounce).
enum class WhoActs { Sender, SenderAdmin, Recipient, RecipientAdmin, NobodyRetry, Nobody };
QString whoActsName(WhoActs who); // "sender", "sender-admin", "recipient", "recipient-admin", "nobody-retry", "nobody"

// One fact a cause rests on, and where it comes from, so that a report can link to it.
struct Evidence
{
    enum class Source {
        DsnField,   // a field of the delivery-status part: field + span (+ recipient)
        BounceText, // a piece of the bounce's human-readable text: span
        Header,     // a header line of the returned original: field
        Dns,        // a DNS answer today: query, server, outcome
        Input,      // the pasted line (explain mode)
    };
    Source source = Source::BounceText;
    Text text;            // what it shows, one sentence
    QString field;        // "Diagnostic-Code", "Status", "Received", "From", "DKIM-Signature", ...
    QString value;        // the field's value or the quoted piece of text
    Dsn::TextSpan span;   // in BounceAnalysis::bounceText, when located
    int recipient = -1;   // index in BounceAnalysis::recipients, -1 when not per recipient
    QString recipientAddress; // that recipient's address (set with `recipient`)
    QString query;        // DNS: "TXT example.org"
    QString server;       // DNS: "127.0.0.1:5300"
    QString outcome;      // DNS: Dns::outcomeName()
    QString answer;       // DNS: the records as text (Auth::DomainCheckQueries::evidence)
};
QString evidenceSourceName(Evidence::Source source); // "dsn-field", "bounce-text", "header", "dns", "input"

// One step of a fix. For DNS fixes `record` is the exact record to publish (or to ask whoever
// controls the zone for); it is written out only by Dns::ZoneRecord::zoneLine().
struct FixStep
{
    Text text;
    std::optional<Dns::ZoneRecord> record;
};

// What the remote server saw when it refused the mail, next to what the DNS says today.
struct ThenVsNow
{
    enum class State {
        StillBroken, // both fail
        FixedSince,  // the remote saw a failure, today's check passes
        Unknown,     // today's check could not run or the DNS did not answer
        Unchanged,   // both pass (the failure was elsewhere)
        NotComparable, // the remote said nothing comparable
    };
    QString check;  // "spf", "dkim", "dmarc", "ptr", "mx", "dnsbl"
    Text then;      // what the remote reported ("spf=fail for 192.0.2.44"); empty when it said nothing
    Text now;       // today's result ("softfail for 192.0.2.44"); english() for JSON, translated() to show
    State state = State::NotComparable;
};
QString thenVsNowStateName(ThenVsNow::State state); // "still-broken", "fixed-since", "unknown", "unchanged", "not-comparable"

// One likely cause of the bounce. ids are stable ("cause.spf-not-authorized"), see CauseCatalog.
struct Cause
{
    QString id;
    double confidence = 0.0; // 0..1, after live checks
    QList<Text> why;         // why this confidence: what raised or lowered it
    WhoActs whoActs = WhoActs::Sender;
    bool retryHelps = false;
    // The failed recipients this cause explains (from their own replies); empty when it concerns
    // the message as a whole (sender authentication, backscatter).
    QStringList recipients;
    QList<Evidence> evidence;
    QList<FixStep> fix;
    QList<ThenVsNow> thenVsNow;

    QString title(bool translated) const; // from the catalog
};

} // namespace Diagnosis
