// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Util {

// Whether `text` is an IP address that can reach another organization's mail server: not
// private (RFC 1918), shared (RFC 6598), unique-local (RFC 4193), "this network" (0/8),
// loopback, link-local, multicast or broadcast. IPv4-mapped IPv6 is judged as IPv4. The one
// rule for which Received or reply address can be a sending IP.
bool isPublicAddress(const QString &text);

} // namespace Util
