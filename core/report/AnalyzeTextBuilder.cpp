// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyzeTextBuilder.h"

#include <QTextStream>

namespace Report {

QString AnalyzeTextBuilder::build(const Dsn::BounceAnalysis &a, const QString &name)
{
    QString s;
    QTextStream out(&s);
    out << name << ": " << Dsn::kindName(a.kind);
    if (!a.mta.isEmpty())
        out << " (" << a.mta << ')';
    out << '\n';
    if (!a.reportingMta.isEmpty())
        out << "  " << tr("Reporting MTA: %1").arg(a.reportingMta) << '\n';
    for (const Dsn::RecipientResult &r : a.recipients) {
        out << "  " << r.address << "  " << r.action << ' ' << r.status;
        if (!r.replyCode.isEmpty())
            out << ' ' << r.replyCode;
        out << "  " << r.reason << (r.hardBounce ? tr(" (hard bounce)") : QString()) << '\n';
        if (!r.diagnosticCode.isEmpty())
            out << "    " << r.diagnosticCode.left(MaxDiagnosticChars) << '\n';
    }
    if (a.original.present) {
        out << "  " << tr("Original: %1 -> %2, \"%3\"").arg(a.original.from, a.original.to.join(QStringLiteral(", ")), a.original.subject)
            << '\n';
        if (!a.original.sendingIp.isEmpty())
            out << "  " << tr("Sending IP: %1").arg(a.original.sendingIp) << '\n';
    }
    for (const QString &p : a.problems)
        out << "  " << tr("Problem: %1").arg(p) << '\n';
    out.flush();
    return s;
}

} // namespace Report
