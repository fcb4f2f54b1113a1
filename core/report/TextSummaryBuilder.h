// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "report/ReportModel.h"

namespace Report {

// A short plain-text summary of a report for pasting into a ticket: verdict, causes with
// fixes, status code, recipients, live check states. Plain text: nothing is escaped or marked up.
class TextSummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::TextSummaryBuilder)

public:
    static QString build(const ReportModel &model);

private:
    static QString stateLabel(State state);
};

} // namespace Report
