// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "report/ReportModel.h"

namespace Report {

// Turns a ReportModel into one self-contained HTML page (the same page the app shows and the
// exports write). Every string that came from a message or a DNS answer goes through
// Util::escapeHtml where it is inserted; nothing is ever fetched: the page carries a CSP
// <meta> tag from default-src 'none' (Qt 6.4 ignores CSP response headers) and its only
// style sheet is inline, allowed by its hash. The page contains no script.
//
// Interactive pages carry action links "bouncelens://action/copy/<key>" and
// "bouncelens://action/retry/<check>" that the viewer intercepts; exports leave them out.
class HtmlReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::HtmlReportBuilder)

public:
    enum class Theme { Auto, Light, Dark };
    struct Options
    {
        Theme theme = Theme::Auto; // Auto follows prefers-color-scheme (exports)
        bool interactive = true;   // copy / retry action links
        QString language = QStringLiteral("en");
    };

    static QString build(const ReportModel &model, const Options &options);
    // The <section> of one live check, for replacing it in place when its result arrives.
    static QString checkSection(const Check &check, const Options &options);
    // A full page around already-safe body HTML (used for the welcome page).
    static QString page(const QString &title, const QString &safeBody, const Options &options);

    static QString stateIcon(State state);
    // "Why this reason": the matched span marked in its sentence, the rule, its source.
    static QString reasonEvidenceHtml(const CodeAnatomy &code);
    static QString stateWord(State state);
    static QString whoActsText(const QString &whoActs);

    // Sections replaced in place as live results arrive.
    static QString verdictSection(const ReportModel &model);
    static QString queriesSection(const ReportModel &model);
    static QString checksSummary(const ReportModel &model); // badges under the verdict, linking to the panels
    // The ranked causes (a "diagnosing…" placeholder while pending, a hidden slot when none).
    static QString causesSection(const ReportModel &model, const Options &options);

private:
    static QString causeItem(const Cause &cause, int index, const Options &options);
    static QString thenVsNowList(const QList<ThenVsNow> &items);
    static QString thenVsNowText(const ThenVsNow &item);
    static QString codeSection(const CodeAnatomy &code, const QString &heading);
    static QString rawSection(const ReportModel &model);
    static QString recipientTable(const Recipient &recipient, int index);
    static QString highlightedRaw(const ReportModel &model);
    static QString originalSection(const Original &original);
    static QString hopsTable(const QList<Hop> &hops);
    static QString checksSection(const ReportModel &model, const Options &options);
    static QString problemsSection(const ReportModel &model);
    static QString badge(State state);
    static QString copyLink(const QString &key, const Options &options);
};

} // namespace Report
