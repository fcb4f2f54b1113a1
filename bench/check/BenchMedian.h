// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QList>

namespace Bench {

// The middle value of the runs (the upper middle for an even count): one slow run on the
// shared machine does not move it.
template<typename T>
T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace Bench
