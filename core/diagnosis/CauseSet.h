// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "Cause.h"

namespace Diagnosis {

// The causes found so far, one per id. Rules add to it; adding an id twice keeps the higher
// confidence and every reason, so rules compose without knowing of each other.
class CauseSet
{
public:
    // Adds the cause (catalog defaults) or raises an existing one to `confidence`.
    Cause &add(const QString &id, double confidence, const Text &why);
    Cause *find(const QString &id);
    const Cause *find(const QString &id) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    // Multiplies the confidence (a DNS failure, a contradicting check) and says why.
    void scale(const QString &id, double factor, const Text &why);
    // Sets the confidence outright (a check that settles the question either way).
    void set(const QString &id, double confidence, const Text &why);

    QList<Cause> &causes() { return m_causes; }
    const QList<Cause> &causes() const { return m_causes; }
    // Highest confidence first; ties keep the order the rules added them in.
    QList<Cause> ranked() const;

private:
    QList<Cause> m_causes;
};

// Adds the evidence to the cause unless an identical item is there already.
void addEvidence(Cause &cause, const Evidence &evidence);

} // namespace Diagnosis
