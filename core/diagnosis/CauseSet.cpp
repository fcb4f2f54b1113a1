// SPDX-License-Identifier: GPL-3.0-or-later
#include "CauseSet.h"

#include <algorithm>

#include "CauseCatalog.h"

namespace Diagnosis {

namespace {

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

} // namespace

Cause &CauseSet::add(const QString &id, double confidence, const Text &why)
{
    Cause *c = find(id);
    if (!c) {
        m_causes.append(CauseCatalog::make(id));
        c = &m_causes.last();
    }
    c->confidence = std::max(c->confidence, clamp01(confidence));
    if (!why.isEmpty())
        c->why.append(why);
    return *c;
}

Cause *CauseSet::find(const QString &id)
{
    for (Cause &c : m_causes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Cause *CauseSet::find(const QString &id) const
{
    return const_cast<CauseSet *>(this)->find(id);
}

void CauseSet::scale(const QString &id, double factor, const Text &why)
{
    if (Cause *c = find(id)) {
        c->confidence = clamp01(c->confidence * factor);
        if (!why.isEmpty())
            c->why.append(why);
    }
}

void CauseSet::set(const QString &id, double confidence, const Text &why)
{
    if (Cause *c = find(id)) {
        c->confidence = clamp01(confidence);
        if (!why.isEmpty())
            c->why.append(why);
    }
}

QList<Cause> CauseSet::ranked() const
{
    QList<Cause> out = m_causes;
    std::stable_sort(out.begin(), out.end(), [](const Cause &a, const Cause &b) { return a.confidence > b.confidence; });
    return out;
}

void addEvidence(Cause &cause, const Evidence &evidence)
{
    for (const Evidence &e : cause.evidence) {
        if (e.source == evidence.source && e.field == evidence.field && e.value == evidence.value
            && e.query == evidence.query && e.answer == evidence.answer && e.recipient == evidence.recipient)
            return;
    }
    cause.evidence.append(evidence);
}

} // namespace Diagnosis
