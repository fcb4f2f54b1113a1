// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "Reason.h"
#include "ReasonEvidence.h"

namespace Codes {

struct ProviderEntry;

struct Entities
{
    QStringList ips, domains, addresses;
};

// One pasted SMTP error (a line, or a multi-line reply folded into one paste).
struct ParsedLine
{
    bool recognized = false;
    QString input;
    QString replyCode;   // "550"
    QString status;      // "5.7.26" normalized (no leading '#')
    QString provider;    // "gmail", "microsoft", "yahoo", "apple", "comcast", "att" or empty
    QString providerTag; // "TSS04", "CS01", "BL000001", "S3150", ... or empty
    QString command;     // "RCPT", "DATA", "MAIL", "CONNECT", "HELO", ... or empty
    Reason reason = Reason::Undefined;
    ReasonEvidence reasonEvidence; // what decided reason; its span is in `input`
    bool hardBounce = false;
    Entities entities;
    QStringList notes;   // English sentences (JSON); noteSources below can be translated for display

    // Additions (not in the first API):
    struct Note
    {
        const char *source = nullptr; // QT_TRANSLATE_NOOP("Codes", ...) text with %1..%n
        QStringList args;
    };
    QList<Note> noteSources; // parallel to notes
    const ProviderEntry *providerEntry = nullptr; // matching provider catalog entry, if any
    QString text;        // the diagnostic text without codes and prefixes, continuations folded
    QChar statusClass() const; // '2', '4', '5' from status, else from replyCode; null if none
};

// Parses whatever a person copies out of a bounce, log or ticket. Never fails: input that
// is not an SMTP reply yields recognized=false (and no invented explanation).
ParsedLine parseLine(const QString &text);

// The SMTP command a failure text says it answered ("in reply to RCPT TO command", "after
// end of data", qmail's "does not like recipient"), normalized to RCPT, MAIL, DATA, CONNECT,
// HELO, ...; empty when the text does not say.
QString extractCommand(const QString &text);

} // namespace Codes
