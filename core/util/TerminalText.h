// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Util {

// The one helper for human (terminal) output of text that comes from a message, a DNS answer,
// a file name or the user: control characters are shown escaped so that a bounce cannot
// colour, retitle, clear or rewrite the terminal (ECMA-48 escape and control sequences).
// Escaped: C0 controls except line feed and tab (NUL, CR, ESC, BEL, backspace, ...) and DEL
// as "\xHH"; C1 controls (U+0080-U+009F; U+009B is a one-character CSI) and the bidirectional
// embedding/override/isolate marks (U+202A-U+202E, U+2066-U+2069, "Trojan Source") as
// "\u{XXXX}". Everything else, line feeds included (the printers' own line structure), is kept.
// JSON output never goes through this: JSON escapes control characters itself.
QString escapeTerminal(const QString &text);

} // namespace Util
