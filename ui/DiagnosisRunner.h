// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include "DnsSession.h"
#include "diagnosis/Diagnoser.h"

namespace Ui {

// Runs Diagnosis::Diagnoser for one bounce or pasted line off the GUI thread. The diagnoser
// blocks on DNS, so its task runs on this runner's own thread pool (not the global one that
// parses the next drop). A new start() or cancel() makes the running diagnosis stale: it runs
// to its end (bounded by the DNS timeout) but its result is dropped, never shown.
class DiagnosisRunner : public QObject
{
    Q_OBJECT

public:
    explicit DiagnosisRunner(QObject *parent = nullptr);
    ~DiagnosisRunner() override;

    // `session` null or options.network false: diagnosis from the message alone.
    void start(const Diagnosis::DiagnosisInput &input, const DnsSessionPtr &session);
    void cancel()
    {
        ++m_generation;
        m_running = false;
    }
    bool isRunning() const { return m_running; }

signals:
    // Queued from the worker: which check finished, how many are done of how many.
    void progress(const QString &check, int done, int total);
    // The result and every DNS query of the session so far (the report's query list).
    void finished(const Diagnosis::DiagnosisResult &result, const QList<Report::DnsQuery> &queries);

private:
    QThreadPool m_threads;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Ui

Q_DECLARE_METATYPE(Diagnosis::DiagnosisResult)
