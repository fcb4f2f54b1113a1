// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "diagnosis/Diagnoser.h"

namespace Report {

// The readable text of a diagnosis ("bouncelens-cli diagnose"): the verdict, what the message
// showed when checked today (DiagnosisReportBuilder::messageBadges), the first MaxCauses
// causes ranked 1, 2, ... with confidence, who acts, evidence, then-vs-now and fixes (a DNS
// record to publish as a zone line), and which checks were asked or skipped.
// Plain text: causes quote the bounce and DNS answers as they are; whoever writes the text to
// a terminal escapes it (Util::escapeTerminal).
class DiagnosisTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::DiagnosisTextBuilder)

public:
    static constexpr int MaxCauses = 5;

    static QString build(const Diagnosis::DiagnosisResult &result);
    // One cause as listed under its rank (1 for the first).
    static QString cause(const Diagnosis::Cause &cause, int rank);

private:
    static QString badges(const Diagnosis::DiagnosisResult &result);
    static QString checks(const Diagnosis::DiagnosisResult &result);
};

} // namespace Report
