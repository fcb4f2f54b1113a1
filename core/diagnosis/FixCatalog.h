// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cause.h"

namespace Diagnosis {

// The general fix steps of each cause (what to do whatever the details); rules add the
// specific ones (the exact DNS record) before these.
class FixCatalog
{
public:
    static QList<FixStep> generalSteps(const QString &causeId);
    // Appends the general steps to every cause.
    static void complete(QList<Cause> &causes);
};

} // namespace Diagnosis
