// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <QStringList>

#include "AnalyzeOutput.h"

namespace Cli::Analyze {

struct SupervisorOptions
{
    QString program;        // this executable, started as "PROGRAM analyze --worker ..."
    QStringList workerArgs; // arguments after "analyze" (--worker and the format included)
    Format format = Format::JsonLines;
    int maxWorkers = 2;     // one per core
    int timeLimitMs = 10000; // per message; 0 = none
};

// Batch isolation for "analyze": messages are analysed in long-lived worker processes of
// this same program (AnalyzeWorker.h), a few messages in flight per worker, so that a crash
// in vmime or a message that takes minutes costs that one message and not the batch. When a
// worker dies (a signal, an unexpected exit) or its current message runs past the time limit
// (it is then killed), that message gets an error object, the messages queued behind it go
// to a fresh worker, and the batch goes on. Outcomes reach `sink` in input order, each as
// soon as it and all before it are known. Memory stays bounded: submit() blocks while all
// workers are busy or too many answers wait for an earlier one.
class Supervisor
{
public:
    using Sink = std::function<void(const Outcome &)>;

    Supervisor(SupervisorOptions options, Sink sink);
    ~Supervisor(); // kills and reaps any worker left
    Supervisor(const Supervisor &) = delete;
    Supervisor &operator=(const Supervisor &) = delete;

    void submit(Dsn::SourceMessage message);
    void finish(); // waits for every submitted message's outcome

private:
    struct Job;
    struct Worker;

    void pump(int waitMs);
    void dispatch();
    Worker *workerWithRoom();
    Worker *spawnWorker();
    bool sendPending(Worker &w);
    void readFrom(Worker &w);
    void retire(Worker &w, const QString &culpritError);
    void killOverdue();
    void deliver(quint64 seq, Outcome outcome);
    int pollTimeoutMs(int waitMs) const;

    SupervisorOptions m_options;
    Sink m_sink;
    std::deque<Job> m_queue; // waiting for a worker; requeued jobs go to the front
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::map<quint64, Outcome> m_ready; // answered, waiting for an earlier message
    quint64 m_nextSeq = 0;
    quint64 m_nextToPrint = 0;
    bool m_spawnFailed = false;
};

} // namespace Cli::Analyze
