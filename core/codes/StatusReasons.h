// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "Reason.h"

namespace Codes {

// The reason an enhanced status code names by itself (as Sisimai's status table does), or
// Undefined when the code alone says too little (X.0.0, 4.3.0, 4.7.0, ...). "5.7.26" form.
Reason reasonForStatus(const QString &status);

} // namespace Codes
