// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlEscape.h"

namespace Util {

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QStringLiteral("&amp;"); break;
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\'': out += QStringLiteral("&#39;"); break;
        case '\t':
        case '\n': out += c; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

} // namespace Util
