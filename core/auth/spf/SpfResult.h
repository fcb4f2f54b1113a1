// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Auth {

// The seven results of check_host() (RFC 7208 2.6).
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

QString spfResultName(SpfResult result); // "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror"

// The result a matching mechanism gives for its qualifier (RFC 7208 4.6.2): '+', '-', '~', '?'.
SpfResult spfResultForQualifier(QChar qualifier);

} // namespace Auth
