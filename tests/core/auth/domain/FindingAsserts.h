// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "auth/common/Finding.h"

// Small helpers for the domain-check tests: look up findings by id.
namespace DomainTest {

inline QStringList ids(const Auth::Findings &findings)
{
    QStringList list;
    for (const Auth::Finding &f : findings)
        list.append(f.id);
    return list;
}

inline const Auth::Finding *find(const Auth::Findings &findings, const QString &id)
{
    for (const Auth::Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace DomainTest
