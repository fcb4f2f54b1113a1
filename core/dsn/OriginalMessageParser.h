// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceAnalysis.h"

namespace Dsn {

// Reads the header of a returned original message (RFC 5322): addresses, ids, DKIM
// signatures (RFC 6376 section 3.5 tags d= and s=), Authentication-Results (RFC 8601),
// ARC (RFC 8617) and the Received chain (RFC 5321 section 4.4) with per-hop delays.
class OriginalMessageParser
{
public:
    // `raw` is the original as returned (header and maybe body); it is kept byte for byte.
    [[nodiscard]] static OriginalMessage parse(const QByteArray &raw, bool headersOnly);

    // One Received header value to a hop (from, by, ip, time, epoch).
    static ReceivedHop parseReceived(const QString &value);
};

} // namespace Dsn
