// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSummaryBuilder.h"

#include "report/HtmlReportBuilder.h"

namespace Report {

QString TextSummaryBuilder::stateLabel(State state)
{
    return QStringLiteral("[") + HtmlReportBuilder::stateWord(state).toUpper() + QStringLiteral("]");
}

QString TextSummaryBuilder::build(const ReportModel &model)
{
    QStringList lines;
    lines << model.title;
    if (!model.source.isEmpty())
        lines << tr("Source: %1").arg(model.source);
    if (!model.verdict.isEmpty())
        lines << QString() << stateLabel(model.verdictState) + QLatin1Char(' ') + model.verdict;
    if (!model.whoActs.isEmpty())
        lines << tr("Who must act: %1").arg(HtmlReportBuilder::whoActsText(model.whoActs));
    for (int i = 0; i < model.causes.size(); ++i) {
        const Cause &c = model.causes.at(i);
        lines << QString() << tr("Cause %1 (%2% confidence): %3").arg(i + 1).arg(qRound(c.confidence * 100)).arg(c.title);
        for (const QString &e : c.evidence)
            lines << QStringLiteral("  - ") + e;
        for (const QString &f : c.fix)
            lines << QStringLiteral("  > ") + f;
        for (const QString &r : c.dnsRecords)
            lines << QStringLiteral("    ") + r;
    }
    if (model.code && model.code->recognized) {
        const CodeAnatomy &code = *model.code;
        lines << QString() << tr("Status: %1 %2 — %3").arg(code.replyCode, code.status, code.statusMeaning.isEmpty() ? code.replyMeaning : code.statusMeaning);
    }
    for (const Recipient &r : model.recipients)
        lines << tr("Recipient %1: %2 %3 (%4)").arg(r.address, r.action, r.status, r.reason);
    if (!model.checks.isEmpty())
        lines << QString() << tr("Live checks for %1:").arg(model.domain);
    for (const Check &check : model.checks)
        lines << QStringLiteral("  ") + check.title + QLatin1Char(' ') + stateLabel(check.state) + QLatin1Char(' ') + check.verdict;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Report
