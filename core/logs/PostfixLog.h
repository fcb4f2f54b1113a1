// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// A Postfix delivery line of smtp(8)/lmtp(8)/local(8)/virtual(8)/error(8) with
// status=bounced|deferred|expired|undeliverable, the qmgr(8) "status=expired, returned to sender"
// line, or a receiving smtpd(8)'s "NOQUEUE: reject:" line. Any other line (status=sent,
// connect/disconnect, cleanup, qmgr from=) gives nothing.
std::optional<DeliveryResult> readPostfixLine(const QString &line);

// True for a postfix/bounce(8) "sender non-delivery notification: QUEUEID" (or delay / success
// notification) line: a summary counts them, they name no recipient.
bool isPostfixNotification(const QString &line);

} // namespace Logs
