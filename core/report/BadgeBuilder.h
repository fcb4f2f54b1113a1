// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "report/ReportModel.h"

namespace Report {

// The summary strip of live checks. A badge says what the domain publishes and, for a bounce,
// what happened to this message, apart: "DMARC example.org — published: OK · this message: Fail".
// Its state is the worse of the two, and never better than Error when a named cause
// (confidence >= 30 %) says that check failed and today's DNS does not show it fixed.
class BadgeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::BadgeBuilder)

public:
    static QList<Badge> build(const ReportModel &model);
    // The check a cause is about ("cause.no-ptr" -> "ptr"), empty for none.
    static QString checkOfCause(const QString &causeId);
    // The domain-check verdict: counts per state, one sentence (for Kind::Domain reports).
    static void applyDomainVerdict(ReportModel &model);
};

} // namespace Report
