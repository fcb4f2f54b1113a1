// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "codes/LineParser.h"
#include "report/ReportModel.h"

namespace Report {

// The report for one pasted SMTP error line: verdict from the code's class and reason, and
// the code anatomy. The diagnosis engine, when run, adds ranked causes to the same model.
class LineReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::LineReportBuilder)

public:
    static ReportModel build(const Codes::ParsedLine &line);

    // Who usually acts for a reason (presentation default until the diagnosis refines it).
    static QString whoActsForReason(Codes::Reason reason);
    // Fills verdict, state, permanence and retry from one explained code.
    static void setVerdict(ReportModel &model, const CodeAnatomy &code, Codes::Reason reason, const QString &recipient);
};

} // namespace Report
