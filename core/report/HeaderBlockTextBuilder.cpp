// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderBlockTextBuilder.h"

#include <QPair>

#include "report/LineTextBuilder.h"

namespace Report {

QString HeaderBlockTextBuilder::fields(const Dsn::OriginalMessage &o, const Logs::HeaderCheckTarget &t)
{
    const QList<QPair<QString, QString>> fields{{tr("From:"), o.from},
                                               {tr("To:"), o.to.join(QStringLiteral(", "))},
                                               {tr("Subject:"), o.subject},
                                               {tr("Date:"), o.date},
                                               {tr("Message-ID:"), o.messageId},
                                               {tr("Return-Path:"), o.returnPath}};
    QString text;
    for (const auto &f : fields) {
        if (!f.second.isEmpty())
            text += QStringLiteral("  ") + f.first + QLatin1Char(' ') + f.second + QLatin1Char('\n');
    }
    if (!t.ip.isEmpty())
        text += QStringLiteral("  ") + tr("Sending IP:") + QLatin1Char(' ') + t.ip + (t.ipWhyShown.isEmpty() ? QString() : QStringLiteral(" - ") + t.ipWhyShown) + QLatin1Char('\n');
    for (const Dsn::DkimSignature &d : o.dkim)
        text += QStringLiteral("  ") + tr("DKIM signature: d=%1, s=%2").arg(d.domain, d.selector) + QLatin1Char('\n');
    return text;
}

QString HeaderBlockTextBuilder::hops(const Dsn::OriginalMessage &o)
{
    QStringList hops;
    for (auto it = o.received.crbegin(); it != o.received.crend(); ++it) // travel order: oldest first
        hops << (it->ip.isEmpty() ? tr("from %1 by %2").arg(it->from, it->by) : tr("from %1 [%2] by %3").arg(it->from, it->ip, it->by));
    return LineTextBuilder::list(tr("Received hops (oldest first):"), hops);
}

// The same checks the desktop runs for a returned original: "check" asks the DNS.
QString HeaderBlockTextBuilder::checkCommand(const Logs::HeaderCheckTarget &t)
{
    if (t.domain.isEmpty())
        return QString();
    QString command = QStringLiteral("bouncelens-cli check ") + t.domain;
    if (!t.ip.isEmpty())
        command += QStringLiteral(" --ip ") + t.ip;
    if (!t.sender.isEmpty())
        command += QStringLiteral(" --sender ") + t.sender;
    for (const QString &s : t.selectors)
        command += QStringLiteral(" --selector ") + s;
    return QStringLiteral("  ") + tr("Live checks of the sender (SPF, DKIM, DMARC, MX, PTR, blocklists):") + QLatin1Char(' ') + command + QLatin1Char('\n');
}

QString HeaderBlockTextBuilder::build(const Dsn::BounceAnalysis &a)
{
    const Logs::HeaderCheckTarget t = Logs::checkTargetOf(a);
    return tr("Message header: read as the returned original (Received hops, authentication, DKIM).") + QLatin1Char('\n')
        + fields(a.original, t) + LineTextBuilder::list(tr("Authentication-Results:"), a.original.authenticationResults) + hops(a.original)
        + checkCommand(t) + LineTextBuilder::list(tr("Problems:"), a.problems);
}

} // namespace Report
