// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "BounceAnalysis.h"

namespace Dsn {

// The machine-readable form of a BounceAnalysis (keys and values always English), as printed
// by "bouncelens-cli analyze --json/--jsonl". `file` names the message (path, path:index).
class AnalysisJson
{
public:
    static QJsonObject toJson(const BounceAnalysis &a, const QString &file);
    static QByteArray toJsonLine(const BounceAnalysis &a, const QString &file); // compact, with '\n'
};

} // namespace Dsn
