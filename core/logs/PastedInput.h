// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// What one pasted input (a line, or a JSON document) is, before it is explained as an SMTP reply.
struct PastedInput
{
    enum class Kind {
        Results,      // delivery results were read (a log line, a trace row, ESP events)
        Notification, // a Postfix bounce(8) notification line: counted, no result
        LogLine,      // a mail-log line that is no failure (connect, sent, queue lines): skip silently
        Other         // not a log line or event: explain it as an SMTP reply (Codes::parseLine)
    };
    Kind kind = Kind::Other;
    int lines = 1; // lines or JSON events this input counts for in a summary
    QList<DeliveryResult> results;
};

// Decides what `input` is: a JSON event, array or JSON lines of a sending service; a log line
// with delivery results; another log line (recognised by a syslog, ISO 8601 or Exim prefix or
// a postfix/, sendmail or exim program name) that is skipped; or anything else.
PastedInput readPastedInput(const QString &input);

// True when the text starts like JSON ('{' or '[' after white space): stdin readers join
// such input into one document before calling readPastedInput.
bool looksLikeJson(const QString &text);

} // namespace Logs
