// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "Cause.h"

namespace Diagnosis {

// The stable cause ids and what is always true of each: title, who must act, whether resending
// (unchanged) can help. Rules decide confidence, evidence and fix; this table is the vocabulary.
struct CauseInfo
{
    const char *id;    // "cause.recipient-unknown"
    const char *title; // QT_TRANSLATE_NOOP("Diagnosis", ...)
    WhoActs whoActs;
    bool retryHelps;
};

class CauseCatalog
{
public:
    static const std::vector<CauseInfo> &all();
    // nullptr for an id not in the table (a bug: Q_ASSERT in callers).
    static const CauseInfo *find(const QString &id);
    // A cause with the table's defaults, confidence 0.
    static Cause make(const QString &id);
};

} // namespace Diagnosis
