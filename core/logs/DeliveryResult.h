// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "codes/LineParser.h"

namespace Logs {

// Where a part used for the result sits in the line it was read from (UTF-16 offsets,
// end exclusive), so that a report can highlight it.
struct Span
{
    QString part; // "recipient", "status", "reply", "remote_host", "delay", "reason"
    qsizetype start = -1;
    qsizetype end = -1;
};

// One recipient's delivery failure or deferral read from a log line, a message-trace row or
// a sending service's event. Every field may be empty except source and action.
struct DeliveryResult
{
    QString source;     // "postfix", "postfix-reject", "exim", "sendmail", "exchange", "ses", "sendgrid", "mailgun", "postmark"
    QString action;     // as the source says it: "bounced", "deferred", "expired", "failed", "reject", "dropped", ...
    QString recipient;  // the address that failed (empty when the source does not name it)
    QString remoteHost; // the server that answered (or the client, for a receiving Postfix's reject)
    QString remoteIp;
    QString delay;      // as written ("3.4" seconds for Postfix, "00:00:01" for Sendmail)
    double delaySeconds = -1; // -1 when unknown
    QString deferCode;  // Exim "defer (-53)": "-53"
    QString input;      // the whole line or event it was read from
    QString diagnostic; // the remote reply or the MTA's own text
    QChar statusClass;  // '4' or '5': from the codes, else from the action
    Codes::ParsedLine parsed; // the same classification as "explain" (input = diagnostic)
    QList<Span> spans;  // offsets in `input`

    // Classifies `diagnosticText` as "explain" does (Codes::parseLine, then Codes::decideReason
    // with `fallbackStatus` -- e.g. Postfix's dsn= -- when the text has no enhanced code, and
    // `fallbackCommand` when it names no SMTP command). `diagnosticAt` is the offset of the text in
    // `input` (-1 if it is not there verbatim) to place the "reply" and "reason" spans.
    // `classOfAction` ('4'/'5') is used when the text and fallback hold no code.
    void classify(const QString &diagnosticText, qsizetype diagnosticAt, const QString &fallbackStatus,
                  const QString &fallbackCommand, QChar classOfAction);

    void addSpan(const QString &part, qsizetype start, qsizetype end);

    // The "explain --json" object of parsed, with input = the whole line and the fields above.
    QJsonObject toJson() const;
};

} // namespace Logs
