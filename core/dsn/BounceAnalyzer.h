// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "BounceAnalysis.h"

namespace Dsn {

// Reads one message (a bounce or not) into a BounceAnalysis. Order of evidence: RFC 3464 /
// RFC 6533 delivery-status parts first, then the free-text shapes of MTA families, then a
// generic fallback (X-Failed-Recipients, recipient-looking lines). Non-bounces (ARF reports,
// RFC 3834 auto-replies, success and delay DSNs, plain mail) never get a failed recipient.
//
// Thread-safe and reentrant; never throws. Input may start with an mbox "From " line and use
// LF or CRLF. Input larger than MimeReader::MaxInputBytes or nested deeper than
// MimeReader::MaxMultiparts is cut, and `problems` says so; so is a list of more than
// MaxRecipients recipients.
class BounceAnalyzer
{
public:
    [[nodiscard]] static BounceAnalysis analyze(const QByteArray &raw);

    // Recipients read per message at most (see capRecipients in the .cpp).
    static constexpr int MaxRecipients = 10000;

private:
    // A bounce wrapped in a message/rfc822 part is read once more, at most this deep.
    static constexpr int MaxNesting = 2;
    static BounceAnalysis analyzeNested(const QByteArray &raw, int depth);
};

} // namespace Dsn
