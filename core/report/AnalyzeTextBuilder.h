// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dsn/BounceAnalysis.h"

namespace Report {

// The readable summary of one analysed message ("bouncelens-cli analyze"): its name and kind,
// the reporting MTA, each recipient with action, status, reply code, reason and the first
// MaxDiagnosticChars of its diagnostic text, the returned original, and the problems met.
// Plain text: addresses, subjects and diagnostics come from the message as they are; whoever
// writes the text to a terminal escapes it (Util::escapeTerminal).
class AnalyzeTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::AnalyzeTextBuilder)

public:
    static constexpr int MaxDiagnosticChars = 300;

    // `name`: the file (or "-", or "box.mbox#3") the message was read from.
    static QString build(const Dsn::BounceAnalysis &analysis, const QString &name);
};

} // namespace Report
