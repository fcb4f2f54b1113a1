// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "BounceAnalysis.h"

namespace Dsn {

// One recipient found in a human-readable bounce text.
struct FreeTextRecipient
{
    QString address;
    QString diagnostic; // the text that explains the failure, unfolded
    TextSpan span;      // the recipient's block in the text
};

struct FreeTextResult
{
    QString family;        // postfix, qmail, exim, exchange, ... ; empty when unknown
    QList<FreeTextRecipient> recipients;
    QString errorSection;  // the explanatory text before the returned original
    qsizetype originalStart = -1; // where a pasted original message begins in the text, or -1
    bool temporary = false;       // the text says delivery is still being retried
    bool gaveUp = false;          // the text says the MTA stopped trying (a final failure)
    bool looksLikeBounce = false; // a bounce phrase of some MTA family was found
};

// Reads the free-text shapes of bounces that ignore RFC 3464 (or add text to it). Works by
// families of shapes, not per sample: recipient lines ("<a@b>: ...", "  a@b", "a@b on ...",
// "RCPT TO:<a@b>" transcripts), the paragraph(s) after each as diagnostic, and a cut at the
// usual "copy of the original message" markers.
class FreeTextParser
{
public:
    // Addresses in `senders` (lower case; SenderAddresses) are never taken as recipients.
    [[nodiscard]] static FreeTextResult parse(const QString &text, const QStringList &senders = {});

    // Offset of the first line that introduces a pasted original message, or -1.
    static qsizetype findOriginalMarker(const QString &text);

    // The recipient's line in `section` holds only the address ("  a@b", "<a@b>:"), as MTAs
    // list failed addresses, not a sentence that starts with it ("Dear <a@b>, your ...").
    static bool standsAlone(const QString &section, const FreeTextRecipient &r);

    // First e-mail address in `text`, lower-cased local part kept as written; empty when none.
    static QString firstAddress(const QString &text);
};

} // namespace Dsn
