// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QElapsedTimer>
#include <QMainWindow>

#include "AnalysisController.h"
#include "AppSettings.h"
#include "auth/engine/CheckEngine.h"
#include "DnsSession.h"
#include "report/HtmlReportBuilder.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace Auth {
class CheckJob;
struct SectionResult;
}

namespace Diagnosis {
struct DiagnosisResult;
}

namespace Ui {

class ReportView;

// The one window: drop files anywhere, paste anything (Ctrl+V anywhere or the paste box),
// or type a domain. Shows the report of the selected item in a ReportView.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void analyzeText(const QString &text);
    // Checks the domain with the IP and selectors typed beside it (both optional).
    void checkDomain(const QString &domain);
    // Fills the domain check's optional fields (the app's --check-ip / --check-selector).
    void setDomainCheckInputs(const QString &ip, const QString &selectors);

    // Command-line overrides for this run (--dns, --no-network).
    void setDnsServer(const QString &spec) { m_settings.dnsServer = spec; }
    void setLiveLookups(bool on) { m_settings.liveLookups = on; }
    const AppSettings &settings() const { return m_settings; }
    void applySettings(const AppSettings &settings);
    // Prints "request to local report: N ms" for each report (the README's figures).
    void setTimingLog(bool on) { m_timingLog = on; }
    // Scrolls each report to this element id once loaded (screenshots of lower sections).
    void setScrollTarget(const QString &id) { m_scrollTarget = id; }

    // The exports of the current report (File menu); false when nothing is shown or on a write error.
    bool writeHtml(const QString &path) const; // static page, no action links
    bool writeJson(const QString &path) const; // "bouncelens-cli diagnose --json" shape for a diagnosed bounce

    ReportView *reportView() const { return m_view; }
    Auth::CheckJob *liveChecks() const { return m_checks; }
    class DiagnosisRunner *diagnosis() const { return m_diagnosis; }
    AnalysisController *controller() const { return m_controller; }
    const QList<AnalysisItem> &items() const { return m_items; }
    int currentIndex() const { return m_current; }

signals:
    // The local part of a report is on screen (tests and the timing log wait for it).
    void reportShown(const QString &title);
    // Every live check of the current report has its result.
    void liveChecksFinished();
    // The diagnosis of the current report is in the model and on screen.
    void diagnosisShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildInputBar(QWidget *parent, QVBoxLayout *layout);
    void buildMenus();
    class HistoryStore *history();
    void showHistoryWrite(int unsaved); // unsaved: items the history could not store
    void showWelcome();
    void showItems(const QList<AnalysisItem> &items);
    void showCurrent();
    void onAction(const QString &verb, const QString &argument);
    void pasteFromClipboard();
    void openDialog();
    void exportHtml();
    void exportPdf();
    void exportJson();
    void copySummary();
    void openSettings();
    void openHistory();
    void startLiveChecks(int index);
    void startLiveChecks(int index, const DnsSessionPtr &session);
    void startDiagnosis(int index, const DnsSessionPtr &session);
    void onDiagnosisFinished(const Diagnosis::DiagnosisResult &result, const QList<Report::DnsQuery> &queries);
    void onSectionFinished(const Auth::SectionResult &section);
    void onChecksDone(const Auth::DomainCheckResult &result);
    void retryCheck(const QString &checkId);
    void refreshLiveParts();
    void updateProgress();
    Report::HtmlReportBuilder::Options pageOptions() const;
    bool handleDrag(QEvent *event);
    QString saveFileName(const QString &caption, const QString &suffix, const QString &filter);

    AnalysisController *m_controller = nullptr;
    ReportView *m_view = nullptr;
    QPlainTextEdit *m_pasteBox = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    QLineEdit *m_ipEdit = nullptr;       // optional sending IP: PTR, IP blocklists, SPF result
    QLineEdit *m_selectorEdit = nullptr; // optional DKIM selectors, space or comma separated
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    Auth::CheckJob *m_checks = nullptr;  // the live checks of the shown item (one engine, see Auth::CheckEngine)
    Auth::CheckJob *m_retry = nullptr;   // a retried panel, beside a run that may still go on
    DnsSessionPtr m_checkSession;        // the session of m_checkedIndex's checks
    Auth::CheckRequest m_checkRequest;
    Auth::DomainCheckResult m_checkResult; // what the panels of m_checkedIndex show, for the export
    class DiagnosisRunner *m_diagnosis = nullptr;
    class HistoryStore *m_history = nullptr;
    QLabel *m_historyStatus = nullptr; // shown while history writes fail
    AppSettings m_settings;
    QList<AnalysisItem> m_items;
    int m_current = -1;
    int m_checkedIndex = -1; // the item whose live checks are running
    int m_diagnosedIndex = -1; // the item whose diagnosis is running
    bool m_timingLog = false;
    QString m_scrollTarget;
    QElapsedTimer m_sinceRequest;
};

} // namespace Ui
