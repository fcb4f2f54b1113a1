// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "ReportModel.h"

namespace Report {

// The overview of a pasted log excerpt (ReportModel::resultRows, filled by LogReportBuilder):
// one table row per delivery result (recipient, status, reason, remote host), the row of the
// report shown marked. Every cell is a bouncelens://action/result/N link, so a click on a row
// opens that result's report (ui/ReportPage turns action links into signals; the page runs no
// script). Empty when the model has no rows.
class LogOverviewHtml
{
    Q_DECLARE_TR_FUNCTIONS(Report::LogOverviewHtml)

public:
    static QString section(const ReportModel &model);
};

} // namespace Report
