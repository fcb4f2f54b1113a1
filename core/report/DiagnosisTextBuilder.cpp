// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisTextBuilder.h"

#include <algorithm>

#include <QTextStream>

#include "report/DiagnosisReportBuilder.h"
#include "report/HtmlReportBuilder.h"

namespace Report {

QString DiagnosisTextBuilder::cause(const Diagnosis::Cause &c, int rank)
{
    QString text;
    QTextStream out(&text);
    out << rank << ". " << c.title(true) << "  [" << c.id << "]\n";
    out << "   " << tr("confidence %1 %, who acts: %2, resending helps: %3")
                        .arg(qRound(c.confidence * 100))
                        .arg(HtmlReportBuilder::whoActsText(Diagnosis::whoActsName(c.whoActs)), c.retryHelps ? tr("yes") : tr("no"))
        << "\n";
    for (const Diagnosis::Text &w : c.why)
        out << "   - " << w.translated() << "\n";
    for (const Diagnosis::Evidence &e : c.evidence) {
        out << "   " << tr("evidence: %1").arg(e.text.translated());
        if (e.source == Diagnosis::Evidence::Source::Dns)
            out << "  (" << e.query << " @" << e.server << ": " << e.outcome << ")";
        out << "\n";
    }
    for (const Diagnosis::ThenVsNow &t : c.thenVsNow) {
        out << "   " << tr("then vs now (%1): %2 -> %3 [%4]").arg(t.check, t.then.isEmpty() ? QStringLiteral("-") : t.then.translated(), t.now.translated(), Diagnosis::thenVsNowStateName(t.state))
            << "\n";
    }
    for (const Diagnosis::FixStep &f : c.fix) {
        out << "   " << tr("fix: %1").arg(f.text.translated()) << "\n";
        if (f.record)
            out << "        " << f.record->zoneLine() << "\n";
    }
    out.flush();
    return text;
}

QString DiagnosisTextBuilder::badges(const Diagnosis::DiagnosisResult &r)
{
    const QList<Badge> badges = DiagnosisReportBuilder::messageBadges(r);
    if (badges.isEmpty())
        return QString();
    QString text = tr("This message, checked today:") + QStringLiteral("\n");
    for (const Badge &b : badges)
        text += QStringLiteral("  ") + HtmlReportBuilder::stateIcon(b.state) + QLatin1Char(' ') + b.text + QStringLiteral("\n");
    return text + QStringLiteral("\n");
}

QString DiagnosisTextBuilder::checks(const Diagnosis::DiagnosisResult &r)
{
    QString text;
    if (!r.checks.dnsServer.isEmpty())
        text += QStringLiteral("\n") + tr("Checks asked of %1: %2").arg(r.checks.dnsServer, r.checks.ran.join(QStringLiteral(", "))) + QStringLiteral("\n");
    for (const Diagnosis::SkippedCheck &s : r.checks.skipped)
        text += tr("Skipped %1: %2").arg(s.check, s.why.translated()) + QStringLiteral("\n");
    return text;
}

QString DiagnosisTextBuilder::build(const Diagnosis::DiagnosisResult &r)
{
    QString text = r.verdict() + QStringLiteral("\n\n") + badges(r);
    const int shown = std::min<int>(int(r.causes.size()), MaxCauses);
    for (int i = 0; i < shown; ++i)
        text += cause(r.causes.at(i), i + 1);
    return text + checks(r);
}

} // namespace Report
