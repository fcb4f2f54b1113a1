// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "diagnosis/Diagnoser.h"
#include "report/ReportModel.h"

namespace Report {

// Puts a Diagnosis::DiagnosisResult into a report: the ranked causes (translated titles, why,
// evidence with anchors into the highlighted raw DSN, the returned original or the DNS panels,
// fix steps, exact records, then vs now), the checks that were skipped, and the verdict strip's
// sentence, who-must-act, retry and confidence from the top cause. Presentation only: the
// ranking is the diagnosis engine's.
class DiagnosisReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::DiagnosisReportBuilder)

public:
    static void apply(ReportModel &model, const Diagnosis::DiagnosisResult &result);
    static Cause cause(const ReportModel &model, const Diagnosis::Cause &cause);
    // "raw-r0-3" (a DSN field), "raw-m-1", "original", "check-spf", ... or empty.
    static QString anchor(const ReportModel &model, const Diagnosis::Evidence &evidence);
    // "high (90 %)", "medium (60 %)", "low (30 %)".
    static QString confidenceText(double confidence);
    // What the diagnosis' own checks found for this message (BadgeBuilder shows it beside the
    // panels, which judge the published records).
    static QList<MessageCheck> messageChecks(const Diagnosis::DiagnosisResult &result);
    // The badges of this message alone (no panels), for the CLI's human output: the same words
    // as the desktop strip.
    static QList<Badge> messageBadges(const Diagnosis::DiagnosisResult &result);

private:
    static void applyVerdict(ReportModel &model, const Diagnosis::Cause &top);
    static QString evidenceText(const Diagnosis::Evidence &evidence);
};

} // namespace Report
