// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "logs/DeliveryResult.h"
#include "logs/LogSummary.h"

namespace Report {

// The readable text of mail-log lines, message-trace rows and sending-service events
// ("bouncelens-cli explain" over a log): one delivery failure or deferral with its recipient,
// remote host, retry time, reply text and the explanation of that reply (LineTextBuilder);
// and the closing counts of a batch (reasons, recipients per domain), as "analyze" ends one.
// Plain text: recipients, hosts and replies come from the log as they are; whoever writes the
// text to a terminal escapes it (Util::escapeTerminal).
class LogTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::LogTextBuilder)

public:
    static QString result(const Logs::DeliveryResult &result);
    // The counts after several lines or results (reasons and domains only when a result was read).
    static QString summary(const Logs::LogSummary &summary);
    // What is said when the lines read held no failure or deferral at all.
    static QString noFailure(qint64 lines);

private:
    static QString counts(const QString &title, const QMap<QString, qint64> &counts);
};

} // namespace Report
