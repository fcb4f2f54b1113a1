// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogLineReader.h"

#include "EximLog.h"
#include "ExchangeTrace.h"
#include "PostfixLog.h"
#include "SendmailLog.h"
#include "codes/RegexPrefilter.h"

namespace Logs {

namespace {

// syslog records are at most a few kilobytes (RFC 5424 6.1 asks receivers to take 480 octets and
// SHOULD 2048; rsyslog's default maxMessageSize is 8k, journald's line_max 48K). A longer "line" is
// no log record: it is left alone, so that no pattern runs over megabytes of one line.
constexpr qsizetype MaxLogLine = 64 * 1024;

// Moved, not copied, into the list (a braced list would copy the whole result once more).
QList<DeliveryResult> one(std::optional<DeliveryResult> &&r)
{
    QList<DeliveryResult> list;
    if (r)
        list.append(std::move(*r));
    return list;
}

} // namespace

QList<DeliveryResult> readLogLine(const QString &line)
{
    if (line.size() > MaxLogLine)
        return {};
    // Postfix writes "status=" (log_adhoc.c) and smtpd "NOQUEUE: "; Sendmail ", stat="; Exim
    // " ** " / " == "; Microsoft "{LED=" / "Remote Server returned". Each reader checks its own
    // marker again before any regular expression.
    if (Codes::containsAscii(line, QLatin1String("status=")) || Codes::containsAscii(line, QLatin1String("NOQUEUE: ")))
        return one(readPostfixLine(line));
    if (Codes::containsAscii(line, QLatin1String(", stat=")))
        return readSendmailLine(line);
    if (auto r = readEximLine(line))
        return one(std::move(r));
    if (Codes::containsAscii(line, QLatin1String("{LED=")) || Codes::containsAscii(line, QLatin1String("Remote Server returned")))
        return one(readExchangeLine(line));
    return {};
}

bool isNotificationLine(const QString &line)
{
    return isPostfixNotification(line);
}

} // namespace Logs
