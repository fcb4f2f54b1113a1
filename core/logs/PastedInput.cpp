// SPDX-License-Identifier: GPL-3.0-or-later
#include "PastedInput.h"

#include <QRegularExpression>

#include "EspEvents.h"
#include "LogLineReader.h"

namespace Logs {

namespace {

bool isLogLine(const QString &line)
{
    // Prefixes of the logs read here: syslog (RFC 3164 "Mar  1 10:00:00 host prog[pid]:"), RFC 5424 /
    // journald short-iso ("2024-03-01T10:00:00.123+00:00 host ..."), Exim's "2024-03-01 10:00:00 ".
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\s*(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d |\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d))"));
    return line.contains(QLatin1String("postfix/")) || line.contains(QLatin1String("sendmail["))
           || line.contains(QLatin1String("sm-mta[")) || line.contains(QLatin1String("exim[")) || prefix.match(line).hasMatch();
}

} // namespace

bool looksLikeJson(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        return c == QLatin1Char('{') || c == QLatin1Char('[');
    }
    return false;
}

PastedInput readPastedInput(const QString &input)
{
    PastedInput p;
    if (looksLikeJson(input)) {
        const EspRead esp = readEspJson(input.toUtf8());
        if (esp.json) {
            p.lines = esp.events;
            p.results = esp.results;
            p.kind = esp.results.isEmpty() ? PastedInput::Kind::LogLine : PastedInput::Kind::Results;
            return p;
        }
    }
    p.results = readLogLine(input);
    if (!p.results.isEmpty())
        p.kind = PastedInput::Kind::Results;
    else if (isNotificationLine(input))
        p.kind = PastedInput::Kind::Notification;
    else if (isLogLine(input))
        p.kind = PastedInput::Kind::LogLine;
    return p;
}

} // namespace Logs
