// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceAnalysis.h"

namespace Dsn {

// Fields of a message/delivery-status body (RFC 3464 section 2.1), grouped.
struct DeliveryStatus
{
    QList<DsnField> messageFields;          // per-message group (section 2.2)
    QList<QList<DsnField>> recipientGroups; // one per recipient (section 2.3)
};

// Splits a delivery-status body into its groups and fields. Lenient: a missing blank line
// between two recipients is tolerated (a second Final-Recipient starts a new group), lines
// that are not fields are skipped.
class DeliveryStatusParser
{
public:
    // `text` is the decoded body; spans are `baseOffset` + position in `text`.
    [[nodiscard]] static DeliveryStatus parse(const QString &text, int baseOffset);

    // Value of the first field named `name` (case-insensitive), or empty.
    static QString value(const QList<DsnField> &fields, QLatin1String name);

    // "rfc822; a@b" -> "a@b"; "smtp; 550 ..." -> "550 ...". Sets *type to the part before ';'.
    static QString stripType(const QString &value, QString *type = nullptr);
};

} // namespace Dsn
