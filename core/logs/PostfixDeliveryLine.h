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

} // namespace Logs
