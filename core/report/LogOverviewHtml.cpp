// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogOverviewHtml.h"

#include "util/HtmlEscape.h"

namespace Report {

namespace {

QString cell(const QString &safeInner, int row)
{
    // A link per cell, not a script on the row: the report page has JavaScript off.
    return QStringLiteral("<td><a class=\"row-link\" href=\"bouncelens://action/result/%1\">").arg(row) + safeInner
        + QStringLiteral("</a></td>");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : Util::escapeHtml(text);
}

} // namespace

QString LogOverviewHtml::section(const ReportModel &model)
{
    if (model.resultRows.isEmpty())
        return QString();
    QString out = QStringLiteral("<section id=\"results\"><h2>") + tr("Delivery results in this excerpt").toHtmlEscaped()
        + QStringLiteral("</h2><p class=\"notes\">")
        + tr("Select a row to show its report; the marked row is the one shown below.").toHtmlEscaped()
        + QStringLiteral("</p><div class=\"results-scroll\"><table class=\"results\"><thead><tr>");
    for (const QString &head : {tr("Recipient"), tr("Status"), tr("Reason"), tr("Remote host")})
        out += QStringLiteral("<th scope=\"col\">") + head.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead><tbody>");
    for (int i = 0; i < model.resultRows.size(); ++i) {
        const ResultRow &r = model.resultRows.at(i);
        const bool current = i == model.currentResult;
        out += current ? QStringLiteral("<tr id=\"result-%1\" class=\"current\" aria-current=\"true\">").arg(i)
                       : QStringLiteral("<tr id=\"result-%1\">").arg(i);
        out += cell(orDash(r.recipient), i) + cell(orDash(r.status), i) + cell(orDash(r.reason), i) + cell(orDash(r.remoteHost), i);
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</tbody></table></div></section>\n");
}

} // namespace Report
