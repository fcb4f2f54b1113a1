// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "dsn/BounceAnalysis.h"
#include "report/ReportModel.h"

namespace Report {

// The report for one analysed message: verdict from the first failed (or delayed) recipient,
// per-recipient field tables with their spans in the bounce text, the code anatomy of each
// recipient's diagnostic, the returned original's headers and Received hops (oldest first).
class MessageReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::MessageReportBuilder)

public:
    static ReportModel build(const Dsn::BounceAnalysis &analysis, const QString &source);
    // Adds "(N recipients in this bounce.)" to the verdict when there is more than one; the
    // diagnosis verdict (DiagnosisReportBuilder) ends the same way.
    static void appendRecipientCount(ReportModel &model);

private:
    static Recipient recipient(const Dsn::RecipientResult &r);
    static Original original(const Dsn::OriginalMessage &o);
    static void setVerdict(ReportModel &model, const Dsn::BounceAnalysis &analysis);
};

} // namespace Report
