// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Codes {

// Hand-written readers of the reply code, the enhanced status code and the SMTP command in a
// folded reply text (LineParser.cpp), finding exactly the first match the patterns below found
// with QRegularExpression::match: with those searches (PCRE2 set-up, QRegularExpressionMatch
// allocation, captured copies) findCodes and extractCommand cost ~7,900 and ~7,300 instructions
// per log line of the log bench, ~3,000 and ~3,700 with these readers (callgrind, issue #14).
// TestCodeScanner holds each reader to its pattern over every test fixture, the shared corpus
// and a randomized differential set.
//
// PCRE2 semantics kept (pcre2pattern(3)): without PCRE2_UCP (Qt's default here) \s is space,
// \t, \n, \v, \f, \r and \d is [0-9] ("Generic character types"); CaseInsensitiveOption in UTF
// mode also lets 's' match U+017F and 'k' match U+212A ("Case-insensitive matching in UTF
// mode"); a text with an unpaired surrogate is not valid UTF-16 and PCRE2 refuses to search it
// (pcre2api(3), "Checking UTF strings"), so the readers find nothing in it either.
struct CodeSpan
{
    qsizetype start = -1; // -1: no match
    qsizetype length = 0;
    bool found() const { return start >= 0; }
};

// The three groups of an enhanced status code: class, subject, detail (RFC 3463 2).
struct StatusSpans
{
    CodeSpan codeClass, subject, detail;
    bool found() const { return codeClass.found(); }
};

// The first match of each pattern in one text, as group spans; the text must outlive the scanner.
class CodeScanner
{
public:
    explicit CodeScanner(QStringView text);

    // Group 1 of (?<![\d.])([245][0-5]\d)[\s\-]+#?[245]\.[0-7]\.\d{1,3}(?!\.?\d)
    CodeSpan replyBeforeStatus() const;
    // Group 1 of (?:^|said:|smtp;|<<<|error:|reply:|response:|returned:|\]:|>:|'|status:)\s*\(?([245][0-5]\d)(?=[\s\-.,;:)]|$),
    // without case
    CodeSpan replyAtStart() const;
    // Groups 1-3 of (?<![\d.])#?([245])\.([0-7])\.(\d{1,3})(?!\.?\d), searched from `from` (the
    // look-behind still sees the character before `from`)
    StatusSpans status(qsizetype from) const;
    // Groups 1-3 of (?:^\s*#?|#|[:;(\[]\s*)([245])\.([0-7])\.(\d{1,3})(?!\.?\d)
    StatusSpans markedStatus() const;
    // The command a failure quotes: Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:",
    // Sendmail ">>> DATA". Group 1 of (?:in reply to|after|>>>)\s+(end of data|rcpt to|mail from|data|helo|ehlo|starttls|auth|quit|bdat|
    // initial connection|connect), without case
    CodeSpan command() const;
    // MTAs that name the stage in their own words instead of quoting the command:
    //  - qmail-remote.c: "H does not like recipient." (a 5xx/4xx to RCPT TO), "failed on DATA
    //    command", "failed after I sent the message" (the reply to the end of data);
    //  - qmail-remote-fallback.patch: "Sorry, no SMTP connection got far enough; most progress
    //    was RCPT TO response";
    //  - DragonFly Mail Agent (dma, net.c): "H [ip] did not like our RCPT TO:" / "... our final DATA:".
    // Group 1 of (does not like recipient|did not like our rcpt to|most progress was rcpt|failed on data command|
    // failed after i sent the message|did not like our (?:final )?data), without case
    CodeSpan stageWords() const;
    // Gmail's "(state 14)." at the end of older notices. Group 1 of \(state (\d{1,2})\)\.?
    CodeSpan gmailState() const;

private:
    bool valid() const;
    CodeSpan checked(CodeSpan found) const;
    StatusSpans checked(StatusSpans found) const;
    qsizetype nextReplyCode(qsizetype from) const;

    QStringView m_text;
    mutable int m_validity = -1; // -1: not checked yet (only a found match needs the check)
};

} // namespace Codes
