// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "LineParser.h"

namespace Codes {

// IP addresses (v4 and v6), host/domain names and e-mail addresses mentioned in a reply,
// each list in order of appearance without duplicates. Domains include those of the addresses.
Entities extractEntities(const QString &text);

} // namespace Codes
