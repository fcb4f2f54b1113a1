// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogTextBuilder.h"

#include <QTextStream>

#include "codes/Explanation.h"
#include "report/LineTextBuilder.h"

namespace Report {

QString LogTextBuilder::result(const Logs::DeliveryResult &r)
{
    QString text;
    QTextStream out(&text);
    out << (r.recipient.isEmpty() ? tr("(recipient not named)") : r.recipient) << " - " << r.action << " (" << r.source << ")\n";
    if (!r.remoteHost.isEmpty() || !r.remoteIp.isEmpty()) {
        out << "  " << tr("Remote host:") << ' ' << r.remoteHost
            << (r.remoteIp.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.remoteIp)) << '\n';
    }
    if (!r.delay.isEmpty()) {
        // Postfix writes seconds (src/global/log_adhoc.c), Sendmail [D+]HH:MM:SS.
        const bool seconds = !r.delay.contains(QLatin1Char(':'));
        out << "  " << tr("Retried for:") << ' ' << (seconds ? tr("%1 s").arg(r.delay) : r.delay) << '\n';
    }
    if (!r.diagnostic.isEmpty())
        out << "  " << tr("Reply or MTA text:") << ' ' << r.diagnostic << '\n';
    if (r.parsed.status.isEmpty() && r.parsed.replyCode.isEmpty() && !r.statusClass.isNull()) {
        out << "  " << (r.statusClass == QLatin1Char('5') ? tr("Permanent failure (no SMTP code given)")
                                                          : tr("Temporary failure (no SMTP code given)"))
            << '\n';
    }
    out.flush();
    return text + LineTextBuilder::explanation(r.parsed, Codes::explain(r.parsed, true));
}

QString LogTextBuilder::counts(const QString &title, const QMap<QString, qint64> &counts)
{
    QString text;
    QTextStream out(&text);
    out << "  " << title << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << "    " << it.key() << ": " << it.value() << '\n';
    out.flush();
    return text;
}

QString LogTextBuilder::summary(const Logs::LogSummary &s)
{
    QString text = tr("Read %1 lines or events: %2 delivery failures or deferrals.").arg(s.lines).arg(s.results) + QLatin1Char('\n');
    if (s.results > 0)
        text += counts(tr("Reasons:"), s.reasons) + counts(tr("Recipients per domain:"), s.domains);
    return text;
}

QString LogTextBuilder::noFailure(qint64 lines)
{
    return tr("No delivery failure or deferral in %1 log lines or events.").arg(lines) + QLatin1Char('\n');
}

} // namespace Report
