// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "LineParser.h"

namespace Codes {

// IP addresses (v4 and v6), host/domain names and e-mail addresses mentioned in a reply,
// each list in order of appearance without duplicates. Domains include those of the addresses.
Entities extractEntities(const QString &text);

// Whether a dotted quad (EntityScanner::ipv4(): four groups of one to three digits) is an IPv4
// address, as QHostAddress::setAddress() decides: a group without a leading zero and at most
// 255 always is (~1,400 instructions of QHostAddress saved per address); anything else (a group
// over 255, a leading zero, which inet_aton-style parsers read as octal) is left to
// QHostAddress itself. TestEntityScanner compares the two over every combination of groups.
bool isIpv4Address(const QString &dottedQuad);

// Whether an ipv6() span is an IPv6 address, as QHostAddress::setAddress() decides (and with at
// least two ':'), refusing without QHostAddress a span with a lone ':' at either end (RFC 4291
// 2.2: no address text has one). TestEntityScanner compares the two over every such span.
bool isIpv6Address(const QString &span);

} // namespace Codes
