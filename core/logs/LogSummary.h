// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// Counts of a log excerpt or event batch, as "analyze" summarises many bounces: results per
// reason and per recipient domain, plus how many lines (or events) were read. Bounded memory:
// one counter per distinct reason, domain and action.
struct LogSummary
{
    qint64 lines = 0;         // lines (or JSON events) read
    qint64 results = 0;
    qint64 notifications = 0; // Postfix bounce(8) notification lines
    QMap<QString, qint64> reasons, domains, actions;

    void add(const DeliveryResult &r);
    QJsonObject toJson() const; // {"summary": true, "lines": ..., "results": ..., "reasons": {...}, "domains": {...}, ...}
};

} // namespace Logs
