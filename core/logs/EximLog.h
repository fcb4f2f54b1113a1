// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// An Exim main-log delivery failure ("**") or deferral ("=="). Arrivals ("<="), deliveries
// ("=>", "->"), completions and everything else give nothing.
std::optional<DeliveryResult> readEximLine(const QString &line);

} // namespace Logs
