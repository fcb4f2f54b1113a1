// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisController.h"

#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include "codes/Explanation.h"
#include "codes/LineParser.h"
#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "dsn/MessageSource.h"
#include "logs/HeaderBlock.h"
#include "report/InputClassifier.h"
#include "report/LineReportBuilder.h"
#include "report/LogReportBuilder.h"
#include "report/MessageReportBuilder.h"

namespace Ui {

namespace {

// More messages than this from one drop are cut (an mbox can hold 100,000).
constexpr int kMaxMessages = 500;

QString displayName(const QString &name)
{
    // "path/to/file.eml" or "path/to/box.mbox:3": keep the file name (and the member index).
    return QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName();
}

// readerProblems: what the file reader cut before the analyzer saw the bytes ("message is
// 1073741824 bytes; only the first 12582912 bytes were read"); they come first, as in the CLI.
AnalysisItem analyzeMessage(const QByteArray &data, const QString &name, const QStringList &readerProblems = {})
{
    AnalysisItem item;
    item.name = name;
    item.analysis = Dsn::BounceAnalyzer::analyze(data);
    item.analysis->problems = readerProblems + item.analysis->problems;
    item.model = Report::MessageReportBuilder::build(*item.analysis, displayName(name));
    item.json = Dsn::AnalysisJson::toJson(*item.analysis, name);
    item.originalRaw = item.analysis->original.raw;
    return item;
}

QList<AnalysisItem> analyzePaths(const QStringList &paths)
{
    QList<AnalysisItem> items;
    Dsn::MessageSource source(paths);
    Dsn::SourceMessage message;
    while (items.size() < kMaxMessages && source.next(message)) {
        if (!message.error.isEmpty()) {
            AnalysisItem item;
            item.name = message.name;
            item.model.kind = Report::ReportModel::Kind::Error;
            item.model.title = displayName(message.name);
            item.model.verdict = message.error;
            item.model.verdictState = Report::State::Error;
            items.append(item);
            continue;
        }
        items.append(analyzeMessage(message.data, message.name, message.problems));
    }
    return items;
}

} // namespace

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Ui::AnalysisItem>();
}

void AnalysisController::cancel()
{
    ++m_generation; // results of older generations are dropped when they arrive
}

template<typename Work>
void AnalysisController::runInBackground(const QString &what, Work work)
{
    const int generation = ++m_generation;
    emit started(what);
    const int delay = m_extraDelayMs;
    QtConcurrent::run([work, delay]() {
        if (delay > 0)
            QThread::msleep(delay);
        return work();
    }).then(this, [this, generation](const QList<AnalysisItem> &items) {
        if (generation != m_generation)
            return; // stale: a newer analysis started meanwhile
        emit itemsReady(items);
    });
}

void AnalysisController::analyzeFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    runInBackground(paths.size() == 1 ? displayName(paths.first()) : tr("%n files", nullptr, int(paths.size())),
                    [paths] { return analyzePaths(paths); });
}

void AnalysisController::analyzeText(const QString &text)
{
    using Report::InputClassifier;
    switch (InputClassifier::classify(text)) {
    case InputClassifier::Kind::Empty:
        return;
    case InputClassifier::Kind::Domain:
        cancel();
        emit domainRequested(text.trimmed());
        return;
    case InputClassifier::Kind::Line:
        runInBackground(tr("pasted line"), [text] {
            AnalysisItem item;
            item.name = tr("Pasted line");
            item.line = Codes::parseLine(text.trimmed());
            item.model = Report::LineReportBuilder::build(*item.line);
            item.json = Codes::toJson(*item.line);
            item.input = text.toUtf8();
            return QList<AnalysisItem>{item};
        });
        return;
    case InputClassifier::Kind::Log:
        // One item per delivery result: the list beside the report lets each be opened.
        runInBackground(tr("pasted log"), [text] {
            Logs::LogSummary summary;
            const QList<Logs::DeliveryResult> results = Report::LogReportBuilder::read(text, &summary);
            QList<AnalysisItem> items;
            for (int i = 0; i < results.size(); ++i) {
                AnalysisItem item;
                // The history needs a name: a result without a recipient (qmgr's "expired") is named by its action.
                item.name = results.at(i).recipient.isEmpty() ? results.at(i).action : results.at(i).recipient;
                item.line = results.at(i).parsed;
                item.model = Report::LogReportBuilder::build(results, i, summary);
                item.json = results.at(i).toJson();
                item.input = results.at(i).input.toUtf8(); // history reopens this result's line or event
                items.append(item);
            }
            return items;
        });
        return;
    case InputClassifier::Kind::Message:
        runInBackground(tr("pasted text"), [text] {
            // A message header pasted on its own is read as the returned original: its report and
            // the live checks of its sender, as for a bounce (issue 14).
            if (std::optional<Dsn::BounceAnalysis> headers = Logs::readHeaderBlock(text)) {
                AnalysisItem item;
                item.name = tr("Pasted message header");
                item.model = Report::LogReportBuilder::buildHeaders(*headers);
                item.json = Logs::headerBlockJson(*headers, text);
                item.originalRaw = headers->original.raw;
                item.analysis = std::move(headers);
                item.input = text.toUtf8();
                return QList<AnalysisItem>{item};
            }
            AnalysisItem item = analyzeMessage(text.toUtf8(), tr("Pasted text"));
            item.model.source = tr("Pasted text");
            item.input = text.toUtf8();
            return QList<AnalysisItem>{item};
        });
        return;
    }
}

} // namespace Ui
