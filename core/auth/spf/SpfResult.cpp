// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfResult.h"

namespace Auth {

QString spfResultName(SpfResult result)
{
    switch (result) {
    case SpfResult::None: return QStringLiteral("none");
    case SpfResult::Neutral: return QStringLiteral("neutral");
    case SpfResult::Pass: return QStringLiteral("pass");
    case SpfResult::Fail: return QStringLiteral("fail");
    case SpfResult::SoftFail: return QStringLiteral("softfail");
    case SpfResult::TempError: return QStringLiteral("temperror");
    case SpfResult::PermError: return QStringLiteral("permerror");
    }
    return QStringLiteral("permerror");
}

SpfResult spfResultForQualifier(QChar qualifier)
{
    switch (qualifier.unicode()) {
    case '-': return SpfResult::Fail;
    case '~': return SpfResult::SoftFail;
    case '?': return SpfResult::Neutral;
    default: return SpfResult::Pass;
    }
}

} // namespace Auth
