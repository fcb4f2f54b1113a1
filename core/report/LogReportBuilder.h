// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

#include "dsn/BounceAnalysis.h"
#include "logs/DeliveryResult.h"
#include "logs/LogSummary.h"
#include "report/ReportModel.h"

namespace Report {

// Reports for a pasted log excerpt, message trace or sending-service events (core/logs): one
// report per delivery result, each the line report of its reply (verdict, code anatomy) with
// the log line shown and the parts used marked, its fields in a recipient table, and an overview
// of all results (recipient: status · reason · remote host) so the excerpt reads at a glance.
class LogReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::LogReportBuilder)

public:
    // At most this many results get a report (and an overview row); the rest are counted.
    static constexpr int MaxResults = 200;

    static ReportModel build(const QList<Logs::DeliveryResult> &results, int index, const Logs::LogSummary &summary);

    // A message header pasted on its own (Logs::readHeaderBlock): the report of a returned
    // original (its header fields, Received hops, sending IP) with messageKind "headers", so the
    // desktop runs the live checks of its sender as it does for a bounce.
    static ReportModel buildHeaders(const Dsn::BounceAnalysis &analysis);

    // Reads `text` as a pasted log excerpt (line by line) or JSON events: the results and counts.
    static QList<Logs::DeliveryResult> read(const QString &text, Logs::LogSummary *summary);
};

} // namespace Report
