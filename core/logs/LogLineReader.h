// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// Reads one line of a mail log or message trace (Postfix, Exim, Sendmail, Microsoft 365):
// the delivery results it holds (Sendmail lists several recipients on one line), or nothing
// for a line that is no delivery failure or deferral (connect/disconnect, queue lines,
// successful deliveries, anything else). Cheap substring tests come first so that the bulk of
// a log (not results) costs no regular expression. Lines over 64 KiB are no log records and give
// nothing. Thread-safe.
QList<DeliveryResult> readLogLine(const QString &line);

// True when the line is a Postfix bounce(8) notification line (counted, no result).
bool isNotificationLine(const QString &line);

} // namespace Logs
