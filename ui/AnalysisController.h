// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include "codes/LineParser.h"
#include "dsn/BounceAnalysis.h"
#include "report/ReportModel.h"

namespace Ui {

// One analysed input: a message of a file/mbox, a pasted text, or a domain.
struct AnalysisItem
{
    QString name;              // file path, "path:3" for an mbox member, "pasted text", the domain
    Report::ReportModel model;
    QJsonObject json;          // machine-readable result (English), for the JSON export and history
    QByteArray originalRaw;    // the returned original's bytes (its DKIM-Signature selectors)
    QByteArray input;          // pasted text, kept so history can reopen it
    // What the diagnosis reads (at most one is set); kept until it has run for this item.
    std::optional<Dsn::BounceAnalysis> analysis;
    std::optional<Codes::ParsedLine> line;
    bool diagnosed = false;
    // A typed domain check's optional sending IP and DKIM selectors (the domain check fields).
    QHostAddress checkIp;
    QStringList checkSelectors;
};

// Runs analyses off the GUI thread. Each request gets a generation number; starting a new one
// cancels the old (its results are dropped when they arrive, never shown). Signals are emitted
// on the GUI thread only for the current generation.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QObject *parent = nullptr);

    void analyzeFiles(const QStringList &paths);
    void analyzeText(const QString &text);
    void cancel();

    int generation() const { return m_generation; }
    // Test seam: every background analysis sleeps this long first, so a test can start a
    // second analysis while the first is still running.
    void setExtraWorkDelayForTesting(int ms) { m_extraDelayMs = ms; }

signals:
    void started(const QString &what);
    void itemsReady(const QList<Ui::AnalysisItem> &items);
    void domainRequested(const QString &domain);
    void failed(const QString &message);

private:
    template<typename Work>
    void runInBackground(const QString &what, Work work);

    int m_generation = 0;
    int m_extraDelayMs = 0;
};

} // namespace Ui

Q_DECLARE_METATYPE(Ui::AnalysisItem)
