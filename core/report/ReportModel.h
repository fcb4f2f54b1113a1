// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Report {

// How a part of the report is judged. Unknown means "the DNS did not answer": it is drawn
// apart from Error and offers a retry (docs/REPORT-DESIGN.md, "States"). Pending = still running.
enum class State { Ok, Info, Warning, Error, Unknown, Pending, NotChecked };

QString stateName(State state); // "ok", "info", "warning", "error", "unknown", "pending", "not-checked"
// Order of badness: a real problem first, then "no usable DNS answer", warning, info, ok;
// pending and not-checked lowest. A panel or badge shows its worst.
int stateBadness(State state);

// A parsed field and, when known, where it sits in ReportModel::rawText (for highlighting).
struct Field
{
    QString name;
    QString value;
    int start = -1;  // offset in rawText, -1 when the field has no source span
    int length = 0;
};

// What the receiving server saw when it refused the mail next to what the DNS says today
// (docs/REPORT-DESIGN.md "Time honesty"). `state` is Diagnosis::thenVsNowStateName().
struct ThenVsNow
{
    QString check;         // "spf", "dkim", ...
    QString then;          // translated ("spf=fail for example.org"; the verdict as the bounce wrote it), may be empty
    QString now;           // translated (today's DNS)
    QString state;         // "still-broken", "fixed-since", "unknown", "unchanged", "not-comparable"
};

// One ranked cause, as the diagnosis engine (core/diagnosis) produces it. The report only
// presents it; it is optional so a report without diagnosis still renders.
struct Cause
{
    QString id;            // stable, e.g. "cause.spf-not-authorized"
    QString title;         // translated sentence
    double confidence = 0; // 0..1
    QString confidenceWhy;
    QString whoActs;       // "sender", "sender-admin", "recipient", "recipient-admin", "nobody-retry"
    bool retryHelps = false;
    QStringList recipients; // the failed recipients this cause explains; empty = the whole message
    QStringList evidence;  // each item a sentence; may name a field or DNS answer
    QStringList evidenceAnchors; // optional, parallel to evidence: "raw-r0-f2" etc. (empty = no link)
    QStringList fix;       // imperative steps
    QStringList dnsRecords; // exact records to publish; each gets a copy button
    QList<int> fixRecord;  // optional, parallel to fix: index in dnsRecords shown under that step, -1 none
    QList<ThenVsNow> thenVsNow;
    QString adminDetails;  // longer text for email admins, shown expandable
};

// Anatomy of one SMTP reply / enhanced status code (RFC 5321 4.2, RFC 3463).
struct CodeAnatomy
{
    bool recognized = false;
    QString input;
    QString replyCode;     // "550"
    QString replyMeaning;
    QString status;        // "5.7.26"
    QString classText;     // "permanent failure"
    QString subjectText;   // "security or policy"
    QString detailText;    // "multiple authentication checks failed"
    QString statusMeaning; // meaning of the whole enhanced code
    QString provider;      // display name, e.g. "Gmail"
    QString providerTag;   // "TSS04"
    QString providerMeaning;
    QString reason;        // Sisimai vocabulary token
    // What decided the reason (Codes::ReasonEvidence): its kind, rule and source, and the text
    // it was matched in with the matched span, so the report can mark it.
    QString reasonKind;    // "text", "provider", "status-default", ...
    QString reasonRule;
    QString reasonSource;
    int reasonConfidence = 0; // percent
    QString reasonText;    // the diagnostic text the span refers to
    int reasonStart = -1;  // span in reasonText, -1 when no text matched
    int reasonEnd = -1;
    bool hardBounce = false;
    bool permanent = false;
    bool transient = false;
    QStringList causes;
    QStringList fixes;
    QStringList checks;    // "spf", "dkim", ...
    QStringList notes;
};

struct Recipient
{
    QString address;
    QString action;
    QString status;
    QString reason;
    QString diagnostic;
    QString remoteMta;
    QString command;
    QString lastAttempt;
    bool hardBounce = false;
    QList<Field> fields;   // the parsed DSN fields with their spans in rawText
    std::optional<CodeAnatomy> code;
};

// One row of the overview of a pasted log excerpt (LogReportBuilder): the report shows them as
// a table whose rows open that result's report.
struct ResultRow
{
    QString recipient;
    QString status;
    QString reason;
    QString remoteHost;
};

struct Hop
{
    QString from;
    QString by;
    QString ip;
    QDateTime time;        // invalid when the hop had no readable date
    qint64 delaySeconds = -1;
};

struct Original
{
    bool present = false;
    QList<Field> headers;  // From, To, Subject, Date, Message-ID, DKIM-Signature (d=, s=), Authentication-Results ...
    QList<Hop> hops;       // in the order the message travelled (oldest first)
    QString sendingIp;     // Diagnosis::SendingIp::choose(): the IP the checks are about
    QString sendingIpWhy;  // why that one (translated sentence)
    QString returnPath;    // MAIL FROM address without <> (RFC 5321 4.4), when the original kept it
};

struct CheckFinding
{
    State state = State::Info;
    QString id;
    QString message;
    QString evidence;
    QString fix;
    QString record; // master-file lines the fix asks to publish (Auth::Finding::recordText), or empty
};

// One live check panel: Verdict, Technical details, What we checked, Fix (docs/REPORT-DESIGN.md 6).
struct Check
{
    QString id;            // "spf", "dkim", "dmarc", "mx", "ptr", "dnsbl"
    QString title;         // translated
    State state = State::NotChecked;
    QString verdict;
    QStringList details;   // technical lines (records, include tree, IPs)
    QString whatWeChecked; // and its limits
    QList<CheckFinding> findings; // each may carry its record (copy key "finding-<id>-<index>")
    QString server;        // resolver asked
    QDateTime checkedAt;
    QString bounceSaw;     // what the receiving server reported at the time, if known
};

// What the diagnosis found for *this message*, as opposed to what a domain publishes: "this
// message: fail (not aligned)" next to a published p=reject (docs/REPORT-DESIGN.md "Time honesty").
struct MessageCheck
{
    QString check;   // "spf", "dkim", "dmarc", "mx", "ptr", "dnsbl"
    State state = State::Info;
    QString subject; // what was checked, for display: "example.org", "192.0.2.44", "recipient gmial.com"
    QString text;    // translated: "softfail for 192.0.2.44"
    QString target = {}; // the domain or IP itself (machine form), to match causes to it
};

// One badge of the summary strip, built by Report::BadgeBuilder from the panels, the message
// checks and the causes, so the CLI and the GUI say the same and a badge never contradicts a cause.
struct Badge
{
    QString check;
    State state = State::Info;
    QString text;    // translated, one line: "DMARC example.org — published: Pass · this message: Fail (not aligned)"
};

struct DnsQuery
{
    QString name;
    QString type;
    QString server;
    QString outcome;
};

// Everything a report shows. Built in core from the explain / analyze / check / diagnose
// results, rendered by HtmlReportBuilder and TextSummaryBuilder. No widget knowledge.
struct ReportModel
{
    enum class Kind { Empty, Line, Message, Domain, Error };

    Kind kind = Kind::Empty;
    QString title;           // "Bounce: Undelivered Mail Returned to Sender"
    QString source;          // file name or "pasted text"

    // Verdict strip
    QString verdict;         // one sentence
    State verdictState = State::Info;
    QString permanence;      // "permanent", "temporary", "" (unknown)
    std::optional<bool> retryHelps;
    QString whoActs;         // same vocabulary as Cause::whoActs, or empty
    QString confidence;      // "high", "medium", "low", or empty

    // Diagnosis (optional: filled by core/diagnosis when available)
    bool diagnosisRan = false;
    bool diagnosisPending = false; // the diagnosis is running (the causes section says so)
    QList<Cause> causes;
    QStringList skippedChecks;     // checks the diagnosis did not run, each with why (translated)

    std::optional<CodeAnatomy> code; // for a pasted line, or the first failed recipient
    QString messageKind;     // "bounce", "delay", ... for messages
    QString mta;
    QString rawText;         // the bounce text (DSN part or whole message), shown escaped
    QList<Recipient> recipients;
    QList<Field> messageFields; // per-message DSN fields (Reporting-MTA, Arrival-Date) with spans
    QList<ResultRow> resultRows; // a log excerpt's results (LogOverviewHtml), empty otherwise
    int currentResult = -1;      // the row of resultRows this report is about
    Original original;

    QString domain;          // the domain checked (Domain kind, or sender domain of a bounce)
    bool liveLookups = true; // false when the user turned lookups off
    QList<Check> checks;
    QList<MessageCheck> messageChecks; // filled by the diagnosis for a bounce or a pasted line
    QList<DnsQuery> dnsQueries;
    QStringList problems;    // parser problems, errors shown to the user

    Check *findCheck(const QString &id);
    const Check *findCheck(const QString &id) const;
    // Text behind a copy button key ("check-spf", "cause-0-1"); empty when unknown.
    QString copyText(const QString &key) const;
};

} // namespace Report
