// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include "LineParser.h"

namespace Codes {

// What the knowledge base says about a parsed line: the most specific source wins for the
// meaning (provider entry, then enhanced code, then reply code); causes, fixes and checks
// are gathered from all of them. Texts are translated when asked (display) or English (JSON).
struct Explanation
{
    QString classKey;     // "permanent", "transient", "success" or empty
    QString classTitle;   // human, e.g. "Permanent failure (the message was returned)"
    QString subjectKey;   // "security-policy" or empty
    QString subjectTitle; // human
    QString title;        // one line: the most specific entry's title
    QString meaning;
    QString replyMeaning;  // "Mailbox unavailable / rejected: ..." or empty
    QString statusMeaning; // "Multiple authentication checks failed: ..." or empty
    QString statusReference; // "RFC 7372" or empty
    QString reasonDescription;
    QStringList causes, fix, checks, notes;
};

Explanation explain(const ParsedLine &line, bool translated);

// The JSON object of "bouncelens-cli explain --json" (English, snake_case keys, null when unknown).
QJsonObject toJson(const ParsedLine &line);

} // namespace Codes
