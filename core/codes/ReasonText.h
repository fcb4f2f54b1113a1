// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QString>

namespace Codes {

// A diagnostic text lower-cased and with every whitespace run folded to one space (leading and
// trailing removed), as the phrase tables expect, plus where each folded character came from,
// so that a match can be shown as a span of the original text.
struct FoldedText
{
    QString text;
    // origin[i]: offset in the original text of text[i]; empty when folding only lower-cased
    // (most replies), where text[i] came from offset i.
    std::vector<qsizetype> origin;

    qsizetype originOf(qsizetype i) const { return origin.empty() ? i : origin[size_t(i)]; }
    // [start, end) of the folded text mapped back to the original; {-1, -1} when empty.
    std::pair<qsizetype, qsizetype> originalSpan(qsizetype start, qsizetype end) const;
};

// One pass, linear in the length. Lower-casing is per UTF-16 unit (QChar::toLower), so the
// folded text never grows and offsets stay one to one.
FoldedText foldText(const QString &text);

} // namespace Codes
