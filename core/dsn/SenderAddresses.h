// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "BounceAnalysis.h"
#include "TextDecoding.h"

namespace Dsn {

// The sender side of a bounce: the bounce's own To (a DSN goes back to the envelope sender,
// RFC 3461 section 6.2 and RFC 3464 section 2), the returned original's From and
// Return-Path (its envelope sender, RFC 5321 section 4.4). Such an address is never a failed
// recipient unless the DSN's machine-readable part names it: notices that start "Dear
// <sender>, your message to <recipient> ..." otherwise read as a recipient line. An address
// the original was also sent to (its To or Cc: someone writing to themselves, a list
// expanding to its poster) stays a possible recipient, and so does a sender address that the
// notice lists alone on its line as a failed address (FreeTextParser).
class SenderAddresses
{
public:
    [[nodiscard]] static QStringList of(const QList<RawHeader> &bounceHeader, const OriginalMessage &original);

    // `address` (angle brackets and case ignored) is one of `senders`.
    [[nodiscard]] static bool contains(const QStringList &senders, const QString &address);
};

} // namespace Dsn
