// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Codes {

// Which mailbox provider produced a reply, from marks in its text: "gsmtp",
// "protection.outlook.com", "yahooinc.com", "[CS01]", "comcast.net", "abuse-att.net", ...
// in any case (the marks are found in the text as QString::toLower() gives it). Returns
// "gmail", "microsoft", "yahoo", "apple", "comcast", "att" or empty.
QString detectProvider(const QString &text);

// The provider's own reference in the text, normalized upper-case without brackets:
// "TSS04", "CS01", "BL000001", "S3150", "SC-001", "RL02", "DNSBL:RBL 521". Empty if none.
QString extractProviderTag(const QString &text);

// Provider a tag belongs to ("TSS04" -> "yahoo"), empty when the tag is ambiguous or unknown.
QString providerOfTag(const QString &tag);

} // namespace Codes
