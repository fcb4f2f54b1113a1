// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>

#include "auth/common/Finding.h"
#include "report/ReportModel.h"

namespace Report {

// Presents one live check section (SPF, DKIM, DMARC, MX, PTR, DNSBL, MTA-STS, TLS-RPT, BIMI,
// DNSSEC: Auth::CheckSection) as a report panel:
// state from the worst finding (a DNS failure is Unknown, never Error), a one-sentence
// verdict, the technical details (the section's JSON, records and queries), what was checked
// and its limits, and a copyable DNS record when a finding's fix is one.
class CheckReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::CheckReportBuilder)

public:
    // The panels a check shows, all Pending, in report order ("ptr" only with an IP).
    static QList<Check> pendingChecks(bool withIp);
    static QString title(const QString &id);
    static QString whatWeChecked(const QString &id);

    static Check build(const QString &id, const Auth::Findings &findings, const QJsonValue &details,
                       const QString &server);
    static State stateOf(const Auth::Findings &findings);
    static State stateOf(Auth::Severity severity);
};

} // namespace Report
