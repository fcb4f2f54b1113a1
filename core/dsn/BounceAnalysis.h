// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "codes/ReasonEvidence.h"

namespace Dsn {

// Where a piece of text sits in BounceAnalysis::bounceText (UTF-16 offsets), so the GUI can
// highlight it. offset < 0 means "not located in the text".
struct TextSpan
{
    int offset = -1;
    int length = 0;
    bool isValid() const { return offset >= 0; }
};

// One "Name: value" field of a delivery-status group (RFC 3464 section 2.1), unfolded.
struct DsnField
{
    QString name;  // as written, e.g. "Diagnostic-Code"
    QString value; // unfolded value, e.g. "smtp; 550 5.1.1 unknown"
    TextSpan span; // the whole raw field (name, colon, folded lines) in bounceText
};

// What the message is. Only Bounce and Delay carry failed/delayed recipients. Challenge is a
// challenge-response filter's request to the sender (TMDA, ASK, qconfirm, ...): nothing
// failed, the message waits until the sender answers; it carries no recipients.
enum class Kind { Bounce, Delay, Delivered, Feedback, AutoReply, NotBounce, Challenge };

// One recipient the bounce talks about (RFC 3464 section 2.3 fields, or found in free text).
struct RecipientResult
{
    QString address;        // Final-Recipient (or Original-Recipient / the address in the text)
    // Set when the bounce named only a local part or screen name ("kijitora... User unknown")
    // and the domain was added from the notice's own context: the name as written, and where
    // the domain came from ("original-to", "reporting-mta"). Empty otherwise.
    QString addressAsWritten;
    QString addressCompletedFrom;
    QString originalRecipient;
    QString action;         // failed, delayed, delivered, relayed, expanded
    QString status;         // RFC 3463 "5.1.1"; only "5" when just the class is known
    QString replyCode;      // SMTP reply code "550", empty when none
    QString reason;         // reason vocabulary of docs/REASONS.md
    Codes::ReasonEvidence reasonEvidence; // what decided reason; its span is in diagnosticCode
    bool statusDerived = false; // status not written by the bounce: derived from the reason (RFC 3463)
    bool hardBounce = false;
    QString diagnosticCode; // the diagnostic text (without its "smtp;" type)
    QString diagnosticType; // "smtp", "x-unix", ... ; empty for free text
    QString remoteMta;
    QString command;        // SMTP command it failed at: CONN, HELO, MAIL, RCPT, DATA, ...
    QString lastAttempt;    // Last-Attempt-Date as written
    QString willRetryUntil;
    QString feedbackType;   // ARF Feedback-Type for feedback reports
    QList<DsnField> fields; // every field of its per-recipient group, with spans
    TextSpan span;          // the recipient's block in bounceText (group or free-text paragraph)
};

// One Received: header of the returned original, oldest hop last as in the header.
struct ReceivedHop
{
    QString from;
    QString by;
    QString ip;      // address in the "from" clause, as seen by the receiving host
    QString with;    // protocol of the "with" clause ("ESMTPSA"; RFC 5321 4.4, RFC 3848)
    QString time;    // the date after ';', as written
    qint64 epoch = -1;   // seconds since 1970, -1 when the date did not parse
    qint64 delaySeconds = -1; // time since the previous (older) hop, -1 when unknown
};

struct DkimSignature
{
    QString domain;   // d=
    QString selector; // s=
    QString raw;      // the unfolded header value
};

// The message the bounce returns (message/rfc822, text/rfc822-headers or pasted inline).
struct OriginalMessage
{
    bool present = false;
    bool headersOnly = false;
    QString from;
    QStringList to;
    QString subject;
    QString date;
    QString messageId;
    QString returnPath;
    QString sendingIp; // the parser's first public hop; Diagnosis::SendingIp::settle() replaces it by the IP the checks use
    QList<DkimSignature> dkim;
    QStringList authenticationResults;
    QStringList arcHeaders;        // ARC-Seal, ARC-Message-Signature, ARC-Authentication-Results
    QList<ReceivedHop> received;   // in header order (newest first)
    QList<QPair<QString, QString>> headers; // every header, decoded and unfolded, in order
    QByteArray raw; // the returned original's bytes as found (for DKIM verification later)
};

// Everything read from one message. Facts and problems are data; nothing here throws.
struct BounceAnalysis
{
    Kind kind = Kind::NotBounce;
    QString mta;           // family that wrote it: postfix, sendmail, exim, qmail, ... or "rfc3464"
    QString reportingMta;  // Reporting-MTA value without its type
    QString arrivalDate;
    QString subject;       // of the bounce itself
    QString from;          // of the bounce itself
    QList<DsnField> messageFields; // per-message DSN group (RFC 3464 section 2.2)
    QList<RecipientResult> recipients;
    QString bounceText;    // decoded human-readable text + delivery-status text, spans point here
    OriginalMessage original;
    QStringList problems;  // English, machine-stable: what could not be read and why
};

// Stable English names for JSON ("bounce", "delay", ...).
QString kindName(Kind kind);

} // namespace Dsn
