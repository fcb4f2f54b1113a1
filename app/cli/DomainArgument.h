// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Cli {

// Rejects a domain name given on the command line that cannot be a host name, before any
// query is sent: empty names, white space, control characters (NUL included), backslashes
// and other ASCII punctuation, empty labels ("a..b"), labels that start or end with '-',
// ASCII labels over 63 octets and names over 253 (RFC 1035 section 2.3.4, RFC 1123 section
// 2.1; '_' is allowed for service names such as _dmarc). Non-ASCII letters, digits and marks
// are accepted: core/dns converts them with IDNA (RFC 5891). One trailing dot is allowed.
// Returns an empty string when the name is acceptable, else why not (English, for tr()).
QString domainArgumentError(const QString &name);

} // namespace Cli
