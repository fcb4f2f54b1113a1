// SPDX-License-Identifier: GPL-3.0-or-later
#include "PastedInput.h"

#include "EspEvents.h"
#include "LogLineReader.h"
#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

// Matches `shape` at the start of `s`: 'd' an ASCII digit, 'u'/'l' an ASCII upper/lower-case
// letter, '_' a digit or a space, 'T' a 'T' or a space, anything else itself.
bool startsWithShape(QStringView s, QLatin1String shape)
{
    if (s.size() < shape.size())
        return false;
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const char k = shape.at(i).toLatin1();
        const bool digit = c >= u'0' && c <= u'9';
        const bool ok = k == 'd' ? digit
                        : k == 'u' ? (c >= u'A' && c <= u'Z')
                        : k == 'l' ? (c >= u'a' && c <= u'z')
                        : k == '_' ? (digit || c == u' ')
                        : k == 'T' ? (c == u'T' || c == u' ')
                                   : c == char16_t(k);
        if (!ok)
            return false;
    }
    return true;
}

bool isLogLine(const QString &line)
{
    // Prefixes of the logs read here: syslog (RFC 3164 "Mar  1 10:00:00 host prog[pid]:"), RFC 5424 /
    // journald short-iso ("2024-03-01T10:00:00.123+00:00 host ..."), Exim's "2024-03-01 10:00:00 ".
    // Tested by hand, not by a regular expression: this runs for every line of a log.
    if (Codes::containsAscii(line, QLatin1String("postfix/")) || Codes::containsAscii(line, QLatin1String("sendmail["))
        || Codes::containsAscii(line, QLatin1String("sm-mta[")) || Codes::containsAscii(line, QLatin1String("exim[")))
        return true;
    QStringView s(line);
    while (!s.isEmpty() && (s.front() == u' ' || (s.front() >= u'\t' && s.front() <= u'\r'))) // PCRE's \s without UCP
        s = s.mid(1);
    return startsWithShape(s, QLatin1String("ull _d dd:dd:dd ")) || startsWithShape(s, QLatin1String("dddd-dd-ddTdd:dd:dd"));
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
