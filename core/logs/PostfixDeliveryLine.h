// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QStringView>

namespace Logs {

// The fields of a Postfix delivery line with a failure status, found by hand exactly where the
// regular expression
//   \bto=<([^>]*)>, (?:orig_to=<[^>]*>, )?relay=([^,]*), (?:conn_use=\d+, )?delay=([\d.]+),
//   (?:delays=[\d./]+, )?(?:tls=[^,]*, )?dsn=(\d\.\d{1,3}\.\d{1,3}),
//   status=(bounced|deferred|expired|undeliverable) \((.*)\)\s*$
// (one line, a space after each comma) found them with QRegularExpression::match: a PCRE2
// search costs ~5,000 instructions and its captures ~3,000 more on a log line.
// TestPostfixDeliveryLine holds it to the pattern over every test fixture and the corpus.
struct PostfixDeliveryFields
{
    // [start, end) of the pattern's groups 1-6 (recipient, relay, delay, dsn, status, reason);
    // index 0 unused.
    std::array<qsizetype, 7> start{}, end{};

    QStringView captured(QStringView line, int group) const
    {
        return line.mid(start[group], end[group] - start[group]);
    }
};

std::optional<PostfixDeliveryFields> matchPostfixDelivery(QStringView line);

// "host[ip]" at `from` in `s`, found by hand where ^([^\[\s]+)\[([^\]]+)\] (matched at `from`)
// finds it: the relay= value (log_adhoc.c "relay=%s[%s]:%d") and Postfix's own "connect to
// host[ip]:25: ..." (smtp_connect.c). Offsets are in `s`, end exclusive.
struct HostAndIp
{
    qsizetype hostStart = -1, hostEnd = -1, ipStart = -1, ipEnd = -1;
};
std::optional<HostAndIp> matchHostAndIp(QStringView s, qsizetype from = 0);

// QString::toDouble() of a delay= value (the pattern's [\d.]+): plain decimals of up to 15
// digits are computed as digits / 10^k, one IEEE division of two exact values, which is the
// correctly rounded result strtod gives (Clinger, "How to read floating point numbers
// accurately", 1990, the fast path); anything else goes to QStringView::toDouble().
double delayValue(QStringView s);

} // namespace Logs
