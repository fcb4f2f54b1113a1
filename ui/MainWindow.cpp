// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "DiagnosisRunner.h"
#include "HistoryDialog.h"
#include "HistoryStore.h"
#include "ReportPage.h"
#include "SettingsDialog.h"
#include "auth/engine/CheckJob.h"
#include "auth/engine/CheckJson.h"
#include "diagnosis/DiagnosisJson.h"
#include "report/BadgeBuilder.h"
#include "report/CheckReportBuilder.h"
#include "report/DiagnosisReportBuilder.h"
#include "report/InputClassifier.h"
#include "report/LiveCheckPlan.h"
#include "ReportView.h"
#include "report/TextSummaryBuilder.h"
#include "util/HtmlEscape.h"

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new AnalysisController(this))
    , m_checks(new Auth::CheckJob(this))
    , m_retry(new Auth::CheckJob(this))
    , m_diagnosis(new DiagnosisRunner(this))
    , m_settings(AppSettings::load())
{
    setWindowTitle(tr("BounceLens"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    buildInputBar(central, layout);

    auto *splitter = new QSplitter(central);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setAccessibleName(tr("Analysed messages"));
    m_list->hide();
    m_view = new ReportView(splitter);
    m_view->setObjectName(QStringLiteral("reportView"));
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setAccessibleName(tr("Status"));
    statusBar()->addWidget(m_status, 1);
    // Its own label: the progress of the live checks rewrites m_status, and a history that
    // could not be written must stay visible until a later write succeeds.
    m_historyStatus = new QLabel(this);
    m_historyStatus->setObjectName(QStringLiteral("historyStatus"));
    m_historyStatus->setAccessibleName(tr("History status"));
    m_historyStatus->hide();
    statusBar()->addPermanentWidget(m_historyStatus);
    buildMenus();

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_items.size() && row != m_current) {
            m_current = row;
            if (m_checkedIndex != row)
                startLiveChecks(row);
            showCurrent();
        }
    });
    connect(m_controller, &AnalysisController::started, this,
            [this](const QString &what) { m_status->setText(tr("Reading %1…").arg(what)); });
    connect(m_controller, &AnalysisController::itemsReady, this, &MainWindow::showItems);
    connect(m_controller, &AnalysisController::domainRequested, this, &MainWindow::checkDomain);
    connect(m_view->reportPage(), &ReportPage::actionRequested, this, &MainWindow::onAction);
    connect(m_checks, &Auth::CheckJob::sectionFinished, this, &MainWindow::onSectionFinished);
    connect(m_checks, &Auth::CheckJob::finished, this, &MainWindow::onChecksDone);
    connect(m_retry, &Auth::CheckJob::sectionFinished, this, &MainWindow::onSectionFinished);
    connect(m_retry, &Auth::CheckJob::finished, this, [this](const Auth::DomainCheckResult &retried) {
        Auth::DomainCheckResult merged = m_checkResult;
        merged.merge(retried);
        onChecksDone(merged);
    });
    connect(m_diagnosis, &DiagnosisRunner::finished, this, &MainWindow::onDiagnosisFinished);
    connect(m_diagnosis, &DiagnosisRunner::progress, this, &MainWindow::updateProgress);
    connect(m_view, &ReportView::reportLoaded, this, [this] {
        if (m_current < 0)
            return;
        refreshLiveParts(); // results that arrived while the page was loading
        if (!m_scrollTarget.isEmpty()) {
            const QString args = QString::fromUtf8(QJsonDocument(QJsonArray{m_scrollTarget}).toJson(QJsonDocument::Compact));
            m_view->inspect(QStringLiteral("(function(a){var e=document.getElementById(a[0]);if(e)e.scrollIntoView();})(") + args
                                + QStringLiteral(")"),
                            [](const QVariant &) {});
        }
        if (m_timingLog && m_sinceRequest.isValid()) {
            qInfo("request to local report: %lld ms", static_cast<long long>(m_sinceRequest.elapsed()));
            m_sinceRequest.invalidate();
        }
        emit reportShown(m_items.at(m_current).model.title);
    });
    qApp->installEventFilter(this);
    resize(1100, 800);
    showWelcome();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildInputBar(QWidget *parent, QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    m_pasteBox = new QPlainTextEdit(parent);
    m_pasteBox->setObjectName(QStringLiteral("pasteBox"));
    m_pasteBox->setAccessibleName(tr("Paste box"));
    m_pasteBox->setAccessibleDescription(tr("Paste a bounce, an SMTP error line or message headers"));
    m_pasteBox->setPlaceholderText(tr("Paste a bounce, an SMTP error line or raw headers here (or press Ctrl+V anywhere)"));
    m_pasteBox->setTabChangesFocus(true);
    m_pasteBox->setFixedHeight(m_pasteBox->fontMetrics().lineSpacing() * 3 + 12);
    auto *analyze = new QPushButton(tr("&Explain"), parent);
    analyze->setObjectName(QStringLiteral("analyzeButton"));
    analyze->setAccessibleName(tr("Explain the pasted text"));
    connect(analyze, &QPushButton::clicked, this, [this] { analyzeText(m_pasteBox->toPlainText()); });

    m_domainEdit = new QLineEdit(parent);
    m_domainEdit->setObjectName(QStringLiteral("domainEdit"));
    m_domainEdit->setAccessibleName(tr("Domain to check"));
    m_domainEdit->setPlaceholderText(tr("example.com"));
    m_domainEdit->setClearButtonEnabled(true);
    auto *check = new QPushButton(tr("&Check domain"), parent);
    check->setObjectName(QStringLiteral("checkButton"));
    check->setAccessibleName(tr("Check the domain's SPF, DKIM, DMARC, MX, PTR and blocklists"));
    connect(check, &QPushButton::clicked, this, [this] { checkDomain(m_domainEdit->text()); });
    connect(m_domainEdit, &QLineEdit::returnPressed, check, &QPushButton::click);

    // Optional: with an IP the PTR/FCrDNS panel, IP blocklists and the SPF result for that IP
    // run too; with selectors those DKIM keys are looked at besides the common ones.
    m_ipEdit = new QLineEdit(parent);
    m_ipEdit->setObjectName(QStringLiteral("ipEdit"));
    m_ipEdit->setAccessibleName(tr("Sending IP (optional)"));
    m_ipEdit->setPlaceholderText(tr("sending IP (optional)"));
    m_ipEdit->setClearButtonEnabled(true);
    m_selectorEdit = new QLineEdit(parent);
    m_selectorEdit->setObjectName(QStringLiteral("selectorEdit"));
    m_selectorEdit->setAccessibleName(tr("DKIM selectors (optional)"));
    m_selectorEdit->setPlaceholderText(tr("DKIM selectors, e.g. s1 google (optional)"));
    m_selectorEdit->setClearButtonEnabled(true);
    connect(m_ipEdit, &QLineEdit::returnPressed, check, &QPushButton::click);
    connect(m_selectorEdit, &QLineEdit::returnPressed, check, &QPushButton::click);

    auto *domainBox = new QVBoxLayout;
    auto *domainLabel = new QLabel(tr("&Domain:"), parent);
    domainLabel->setBuddy(m_domainEdit);
    domainBox->addWidget(domainLabel);
    auto *domainRow = new QHBoxLayout;
    domainRow->addWidget(m_domainEdit);
    domainRow->addWidget(check);
    domainBox->addLayout(domainRow);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_ipEdit);
    optionsRow->addWidget(m_selectorEdit);
    domainBox->addLayout(optionsRow);
    domainBox->addStretch();

    bar->addWidget(m_pasteBox, 3);
    bar->addWidget(analyze, 0, Qt::AlignTop);
    bar->addSpacing(16);
    bar->addLayout(domainBox, 2);
    layout->addLayout(bar);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *paste = file->addAction(tr("&Paste and explain"), this, &MainWindow::pasteFromClipboard);
    paste->setObjectName(QStringLiteral("pasteAction"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the key is handled in eventFilter
    file->addSeparator();
    file->addAction(tr("Export as &HTML…"), this, &MainWindow::exportHtml);
    file->addAction(tr("Export as P&DF…"), this, &MainWindow::exportPdf);
    file->addAction(tr("Export as &JSON…"), this, &MainWindow::exportJson);
    QAction *summary = file->addAction(tr("&Copy summary for a ticket"), this, &MainWindow::copySummary);
    summary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    QAction *history = file->addAction(tr("&History…"), this, &MainWindow::openHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

Report::HtmlReportBuilder::Options MainWindow::pageOptions() const
{
    Report::HtmlReportBuilder::Options options;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    options.theme = dark ? Report::HtmlReportBuilder::Theme::Dark : Report::HtmlReportBuilder::Theme::Light;
    options.language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return options;
}

HistoryStore *MainWindow::history()
{
    // Opened on first use, not at startup: the window is on screen before SQLite is touched.
    if (!m_history)
        m_history = new HistoryStore(this);
    return m_history;
}

void MainWindow::showWelcome()
{
    const QString body = QStringLiteral("<div class=\"welcome\"><h1>") + tr("Why did my email bounce?").toHtmlEscaped()
        + QStringLiteral("</h1><div class=\"drop\"><p class=\"big\">") + tr("Drop a bounce here").toHtmlEscaped()
        + QStringLiteral("</p><p>") + tr(".eml, mbox or text files — one or several. Or use File › Open (Ctrl+O).").toHtmlEscaped()
        + QStringLiteral("</p></div><ul><li>") + tr("Paste a bounce, one SMTP error line or raw headers: Ctrl+V anywhere, or the box above.").toHtmlEscaped()
        + QStringLiteral("</li><li>") + tr("Type a domain above to check its SPF, DKIM, DMARC, MX, PTR and blocklist entries.").toHtmlEscaped()
        + QStringLiteral("</li></ul><p class=\"source\">") + tr("Nothing is uploaded. The only network traffic is DNS queries, and every report lists them.").toHtmlEscaped()
        + QStringLiteral("</p></div>");
    m_view->showHtml(Report::HtmlReportBuilder::page(tr("BounceLens"), body, pageOptions()));
}

void MainWindow::openFiles(const QStringList &paths)
{
    m_sinceRequest.start();
    m_controller->analyzeFiles(paths);
}

void MainWindow::analyzeText(const QString &text)
{
    m_sinceRequest.start();
    m_controller->analyzeText(text);
}

void MainWindow::checkDomain(const QString &text)
{
    const QString domain = text.trimmed().toLower();
    if (!Report::InputClassifier::looksLikeDomain(domain)) {
        m_status->setText(tr("“%1” is not a domain name.").arg(domain.left(80)));
        return;
    }
    const std::optional<Report::LiveCheckPlan::TypedInputs> typed =
        Report::LiveCheckPlan::typedInputs(m_ipEdit->text(), m_selectorEdit->text());
    if (!typed) {
        m_status->setText(tr("The sending IP or a DKIM selector is not valid: “%1”, “%2”.")
                              .arg(m_ipEdit->text().left(80), m_selectorEdit->text().left(80)));
        return;
    }
    m_controller->cancel();
    m_domainEdit->setText(domain);
    AnalysisItem item;
    item.name = domain;
    item.checkIp = typed->ip;
    item.checkSelectors = typed->selectors;
    item.model = Report::LiveCheckPlan::domainReport(domain);
    showItems({item});
}

void MainWindow::setDomainCheckInputs(const QString &ip, const QString &selectors)
{
    m_ipEdit->setText(ip);
    m_selectorEdit->setText(selectors);
}

void MainWindow::showItems(const QList<AnalysisItem> &items)
{
    m_items = items;
    m_current = items.isEmpty() ? -1 : 0;
    m_list->blockSignals(true);
    m_list->clear();
    for (const AnalysisItem &item : items)
        m_list->addItem(item.model.source.isEmpty() ? item.name : item.model.source);
    m_list->setCurrentRow(m_current);
    m_list->blockSignals(false);
    m_list->setVisible(items.size() > 1);
    m_status->setText(items.isEmpty() ? tr("Nothing found to analyse.") : tr("%n message(s) analysed.", nullptr, int(items.size())));
    m_checks->cancel();
    m_retry->cancel();
    m_checkedIndex = -1;
    m_diagnosis->cancel();
    m_diagnosedIndex = -1;
    if (m_current >= 0)
        startLiveChecks(m_current); // sets the pending panels and causes before the first render
    if (m_current >= 0)
        showCurrent();
    int unsaved = 0;
    for (const AnalysisItem &item : items) {
        if (item.model.kind != Report::ReportModel::Kind::Domain && !history()->add(item))
            ++unsaved;
    }
    showHistoryWrite(unsaved);
}

void MainWindow::showHistoryWrite(int unsaved)
{
    if (unsaved == 0) {
        m_historyStatus->hide();
        return;
    }
    m_historyStatus->setText(unsaved == 1 ? tr("One analysis was not saved to the history.")
                                          : tr("%n analyses were not saved to the history.", nullptr, unsaved));
    m_historyStatus->setToolTip(history()->lastError());
    m_historyStatus->show();
}

void MainWindow::showCurrent()
{
    const AnalysisItem &item = m_items.at(m_current);
    m_view->showHtml(Report::HtmlReportBuilder::build(item.model, pageOptions()));
    setWindowTitle(tr("%1 — BounceLens").arg(item.model.title));
}

void MainWindow::onAction(const QString &verb, const QString &argument)
{
    if (m_current < 0)
        return;
    if (verb == QLatin1String("retry") && m_checkedIndex == m_current) {
        Report::Check *check = m_items[m_current].model.findCheck(argument);
        if (check && check->state == Report::State::Unknown) {
            check->state = Report::State::Pending;
            m_view->replaceElement(QStringLiteral("check-") + argument, Report::HtmlReportBuilder::checkSection(*check, pageOptions()));
            retryCheck(argument);
            updateProgress();
        }
        return;
    }
    if (verb == QLatin1String("result")) { // a row of a log excerpt's overview (Report::LogOverviewHtml)
        bool ok = false;
        const int row = argument.toInt(&ok);
        if (ok && row >= 0 && row < m_items.size())
            m_list->setCurrentRow(row);
        return;
    }
    if (verb == QLatin1String("copy")) {
        const QString text = m_items.at(m_current).model.copyText(argument);
        if (!text.isEmpty()) {
            QGuiApplication::clipboard()->setText(text);
            m_status->setText(tr("Copied to the clipboard."));
        }
    }
}

void MainWindow::startLiveChecks(int index)
{
    m_checks->cancel();
    m_retry->cancel();
    m_checkedIndex = -1;
    m_diagnosis->cancel();
    m_diagnosedIndex = -1;
    Report::ReportModel &model = m_items[index].model;
    model.liveLookups = m_settings.liveLookups;
    // One resolver stack per analysis, shared by the panels and the diagnosis (one query each).
    DnsSessionPtr session;
    const auto server = m_settings.serverConfig();
    if (m_settings.liveLookups && server)
        session = DnsSession::create(server.value());
    else if (m_settings.liveLookups)
        model.problems << tr("No DNS server to ask: %1").arg(server.error().detail);
    startDiagnosis(index, session);
    startLiveChecks(index, session);
}

void MainWindow::startDiagnosis(int index, const DnsSessionPtr &session)
{
    AnalysisItem &item = m_items[index];
    const bool bounce = item.analysis && (item.analysis->kind == Dsn::Kind::Bounce || item.analysis->kind == Dsn::Kind::Delay);
    const bool line = item.line && item.line->recognized;
    if (item.diagnosed || (!bounce && !line))
        return;
    Diagnosis::DiagnosisInput input;
    if (bounce)
        input.analysis = item.analysis;
    else
        input.line = item.line;
    input.options.network = session != nullptr;
    input.options.selectors = m_settings.dkimSelectors;
    for (const QString &zone : m_settings.blocklists)
        input.options.dnsblZones.append(Auth::DnsblChecker::zoneFromName(zone));
    item.model.diagnosisPending = true;
    m_diagnosedIndex = index;
    m_diagnosis->start(input, session);
}

void MainWindow::onDiagnosisFinished(const Diagnosis::DiagnosisResult &result, const QList<Report::DnsQuery> &queries)
{
    if (m_diagnosedIndex < 0 || m_diagnosedIndex >= m_items.size())
        return;
    AnalysisItem &item = m_items[m_diagnosedIndex];
    Report::DiagnosisReportBuilder::apply(item.model, result);
    // One recorder sees the panels' and the diagnosis' queries: the longer list is the newer.
    if (queries.size() > item.model.dnsQueries.size())
        item.model.dnsQueries = queries;
    item.diagnosed = true;
    item.json = Report::LiveCheckPlan::withDiagnosis(item.json, Diagnosis::DiagnosisJson::toJson(result, item.name));
    const bool shown = m_current == m_diagnosedIndex;
    m_diagnosedIndex = -1;
    if (shown) {
        refreshLiveParts(); // verdict, causes, then-vs-now lines in the panels
    }
    updateProgress();
    if (shown)
        emit diagnosisShown();
}

void MainWindow::startLiveChecks(int index, const DnsSessionPtr &session)
{
    AnalysisItem &item = m_items[index];
    Report::ReportModel &model = item.model;
    std::optional<Auth::CheckRequest> planned = Report::LiveCheckPlan::request(model, item.originalRaw);
    if (!planned)
        return;
    Auth::CheckRequest request = *planned;
    if (model.kind == Report::ReportModel::Kind::Domain)
        request.ip = item.checkIp;
    model.domain = request.domain;
    if (model.checks.isEmpty())
        model.checks = Report::CheckReportBuilder::pendingChecks(!request.ip.isNull());
    if (!session) {
        const auto server = m_settings.serverConfig();
        Report::LiveCheckPlan::markUnavailable(model.checks, m_settings.liveLookups, server ? QString() : server.error().detail);
        return;
    }
    request.selectors = item.checkSelectors;
    for (const QString &s : m_settings.dkimSelectors) {
        if (!request.selectors.contains(s))
            request.selectors.append(s);
    }
    if (!m_settings.blocklists.isEmpty()) {
        request.dnsblZones.clear();
        for (const QString &zone : m_settings.blocklists)
            request.dnsblZones.append(Auth::DnsblChecker::zoneFromName(zone));
    }
    m_checkedIndex = index;
    m_checkSession = session;
    m_checkRequest = request;
    m_checkResult = Auth::DomainCheckResult();
    m_checks->start(request, session->checksPool(), session);
    updateProgress();
}

void MainWindow::retryCheck(const QString &checkId)
{
    const std::optional<Auth::CheckSection> section = Auth::checkSectionFromKey(checkId);
    if (!section || !m_checkSession)
        return;
    // Same session, so the query log stays complete; LdnsResolver makes a new ldns_resolver per
    // query, so a timeout before does not poison the retry (docs/PLATFORM-NOTES.md). The shared cache keeps
    // answers, timeouts included: forget them so the retry reaches the DNS again.
    m_checkSession->forgetAnswers();
    Auth::CheckRequest request = m_checkRequest;
    request.sections = {*section};
    request.probeServer = false;
    m_retry->start(request, m_checkSession->checksPool(), m_checkSession);
}

void MainWindow::onSectionFinished(const Auth::SectionResult &section)
{
    if (m_checkedIndex < 0 || !m_checkSession)
        return;
    const Report::Check check = Report::CheckReportBuilder::build(section.key(), section.findings, section.json,
                                                                  m_checkSession->serverDescription());
    const QList<Report::DnsQuery> queries = m_checkSession->queries();
    Report::ReportModel &model = m_items[m_checkedIndex].model;
    if (Report::Check *slot = model.findCheck(check.id)) {
        const QString saw = slot->bounceSaw; // set by the diagnosis (then vs now)
        *slot = check;
        if (slot->bounceSaw.isEmpty())
            slot->bounceSaw = saw;
    }
    model.dnsQueries = queries;
    if (m_current == m_checkedIndex) {
        m_view->replaceElement(QStringLiteral("check-") + check.id, Report::HtmlReportBuilder::checkSection(check, pageOptions()));
        m_view->replaceElement(QStringLiteral("privacy"), Report::HtmlReportBuilder::queriesSection(model));
        m_view->replaceElement(QStringLiteral("checks-summary"), Report::HtmlReportBuilder::checksSummary(model));
    }
    updateProgress();
}

void MainWindow::onChecksDone(const Auth::DomainCheckResult &result)
{
    if (m_checkedIndex < 0 || !m_checkSession)
        return;
    m_checkResult = result;
    const QList<Report::DnsQuery> queries = m_checkSession->queries();
    AnalysisItem &item = m_items[m_checkedIndex];
    // The same JSON as "bouncelens-cli check --json": one engine, one shape.
    item.json = Report::LiveCheckPlan::withChecks(item.json, item.model.kind, Auth::CheckJson::toJson(result));
    item.model.dnsQueries = queries;
    if (item.model.kind == Report::ReportModel::Kind::Domain) {
        Report::BadgeBuilder::applyDomainVerdict(item.model);
        const QString changes = history()->addDomainCheck(item);
        if (!changes.isEmpty())
            item.model.verdict += QLatin1Char(' ') + changes;
        if (m_current == m_checkedIndex)
            m_view->replaceElement(QStringLiteral("verdict"), Report::HtmlReportBuilder::verdictSection(item.model));
        if (m_current == m_checkedIndex)
            m_view->replaceElement(QStringLiteral("privacy"), Report::HtmlReportBuilder::queriesSection(item.model));
    } else if (m_current == m_checkedIndex) {
        m_view->replaceElement(QStringLiteral("privacy"), Report::HtmlReportBuilder::queriesSection(item.model));
    }
    updateProgress();
    emit liveChecksFinished();
}

void MainWindow::refreshLiveParts()
{
    if (m_current < 0)
        return;
    const Report::ReportModel &model = m_items.at(m_current).model;
    m_view->replaceElement(QStringLiteral("verdict"), Report::HtmlReportBuilder::verdictSection(model));
    m_view->replaceElement(QStringLiteral("causes"), Report::HtmlReportBuilder::causesSection(model, pageOptions()));
    for (const Report::Check &check : model.checks)
        m_view->replaceElement(QStringLiteral("check-") + check.id, Report::HtmlReportBuilder::checkSection(check, pageOptions()));
    m_view->replaceElement(QStringLiteral("privacy"), Report::HtmlReportBuilder::queriesSection(model));
    m_view->replaceElement(QStringLiteral("checks-summary"), Report::HtmlReportBuilder::checksSummary(model));
}

void MainWindow::updateProgress()
{
    const bool diagnosed = m_current >= 0 && m_current < m_items.size() && m_items.at(m_current).diagnosed;
    const Report::ReportModel *checked = m_checkedIndex >= 0 ? &m_items.at(m_checkedIndex).model : nullptr;
    m_status->setText(Report::LiveCheckPlan::status(checked, m_diagnosis->isRunning(), diagnosed));
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_settings.save();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::openHistory()
{
    HistoryDialog dialog(history(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const HistoryEntry entry = dialog.selected();
    if (entry.kind == QLatin1String("domain"))
        checkDomain(entry.name);
    else if (!entry.input.isEmpty())
        analyzeText(QString::fromUtf8(entry.input));
    else
        openFiles({entry.name});
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data && data->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty())
            return openFiles(paths);
    }
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("The clipboard holds no text."));
        return;
    }
    m_pasteBox->setPlainText(text.left(100000));
    analyzeText(text);
}

void MainWindow::openDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open bounces"), QString(),
        tr("Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

bool MainWindow::handleDrag(QEvent *event)
{
    auto *drop = static_cast<QDropEvent *>(event);
    const QMimeData *data = drop->mimeData();
    if (!data || !data->hasUrls())
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return false;
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop)
        openFiles(paths);
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return QMainWindow::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        // Files land anywhere on the window, the report view included (it would navigate).
        if (handleDrag(event))
            return true;
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool textInput = qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QLineEdit *>(widget);
        if (key->matches(QKeySequence::Paste) && !textInput) {
            if (event->type() == QEvent::KeyPress)
                pasteFromClipboard();
            event->accept();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_current >= 0)
            showCurrent();
        else
            showWelcome();
    }
}

QString MainWindow::saveFileName(const QString &caption, const QString &suffix, const QString &filter)
{
    if (m_current < 0) {
        m_status->setText(tr("Nothing to export yet."));
        return QString();
    }
    QString path = QFileDialog::getSaveFileName(this, caption, QStringLiteral("bouncelens-report.") + suffix, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

namespace {
bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}
} // namespace

void MainWindow::exportHtml()
{
    const QString path = saveFileName(tr("Export report as HTML"), QStringLiteral("html"), tr("HTML (*.html)"));
    if (!path.isEmpty())
        m_status->setText(writeHtml(path) ? tr("Saved %1.").arg(path) : tr("Could not write %1.").arg(path));
}

bool MainWindow::writeHtml(const QString &path) const
{
    if (m_current < 0)
        return false;
    Report::HtmlReportBuilder::Options options;
    options.interactive = false;
    return writeFile(path, Report::HtmlReportBuilder::build(m_items.at(m_current).model, options).toUtf8());
}

bool MainWindow::writeJson(const QString &path) const
{
    return m_current >= 0 && writeFile(path, QJsonDocument(m_items.at(m_current).json).toJson());
}

void MainWindow::exportPdf()
{
    const QString path = saveFileName(tr("Export report as PDF"), QStringLiteral("pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_view->page()->printToPdf(path);
}

void MainWindow::exportJson()
{
    const QString path = saveFileName(tr("Export report as JSON"), QStringLiteral("json"), tr("JSON (*.json)"));
    if (!path.isEmpty())
        m_status->setText(writeJson(path) ? tr("Saved %1.").arg(path) : tr("Could not write %1.").arg(path));
}

void MainWindow::copySummary()
{
    if (m_current < 0)
        return;
    QGuiApplication::clipboard()->setText(Report::TextSummaryBuilder::build(m_items.at(m_current).model));
    m_status->setText(tr("Summary copied to the clipboard."));
}

} // namespace Ui
