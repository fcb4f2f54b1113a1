// SPDX-License-Identifier: GPL-3.0-or-later
#include "BounceAnalysis.h"

namespace Dsn {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bounce: return QStringLiteral("bounce");
    case Kind::Delay: return QStringLiteral("delay");
    case Kind::Delivered: return QStringLiteral("delivered");
    case Kind::Feedback: return QStringLiteral("feedback");
    case Kind::AutoReply: return QStringLiteral("auto-reply");
    case Kind::Challenge: return QStringLiteral("challenge");
    case Kind::NotBounce: break;
    }
    return QStringLiteral("not-bounce");
}

} // namespace Dsn
