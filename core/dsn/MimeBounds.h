// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Dsn {

// Where a message must be cut so that vmime's recursive MIME parse stays bounded. vmime 0.9.2
// has no depth or part limit: it recurses once per nested multipart (a stack overflow at
// ~6,000 levels) and its time grows faster than linearly with the number of parts.
//
// The guard is deliberately coarse so that no spelling of a header can get past it:
// - vmime recurses into a body only when the part's Content-Type type is "multipart" (RFC 2046
//   section 5.1, matched case-insensitively as RFC 2045 section 5.1 requires). Whatever the
//   case, folding (RFC 5322 section 2.2.3), comments or quoting around it, that word occurs in
//   the bytes once per multipart, so counting every occurrence of "multipart" in any case
//   bounds both the nesting depth and the number of multipart bodies.
// - Every body part starts after a delimiter line "--boundary" (RFC 2046 section 5.1.1), so
//   counting lines that start with "--" bounds the number of parts.
// Normal mail has a handful of each (the corpus: at most 6 and 14).
struct MimeBounds
{
    qsizetype cut = -1;     // offset of the first line past a cap, -1 when within both
    bool tooManyMultiparts = false;
    bool tooManyParts = false;

    [[nodiscard]] static MimeBounds scan(const QByteArray &data, int maxMultiparts, int maxParts);
};

} // namespace Dsn
