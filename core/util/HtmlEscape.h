// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Util {

// The one escape helper for every string that comes from a message or a DNS answer and is
// put into HTML. Escapes & < > " ' so the result is safe in element text and in quoted
// attribute values. Control characters other than tab/newline are replaced by U+FFFD so
// hostile bytes cannot confuse the renderer.
QString escapeHtml(const QString &text);

} // namespace Util
