// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// A Microsoft 365 / Exchange message-trace row or detail with
// "Reason: [{LED=...};{MSG=...};{FQDN=...};{IP=...};{LRT=...}]", or an NDR diagnostic row
// "Remote Server returned '...'". The recipient is the first address outside the reply, if any.
std::optional<DeliveryResult> readExchangeLine(const QString &line);

} // namespace Logs
