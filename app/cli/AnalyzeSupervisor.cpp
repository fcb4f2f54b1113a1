// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyzeSupervisor.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include "AnalyzeWorker.h"

extern char **environ;

namespace Cli::Analyze {

namespace {

// Requests handed to one worker before its answers come back: enough to hide the round trip
// through the socket, few enough that a crash requeues little (at most 4 x 12 MB held).
constexpr size_t DepthPerWorker = 4;
// Answers held back while an earlier message is still being analysed (each a few KB).
constexpr quint64 MaxWaitingAnswers = 512;

// lupdate files a tr() call under the scope it is written in: "Cli::Analyze" here, and
// "Cli::Analyze::Supervisor" inside the members below (those name their context themselves).
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::Analyze", text);
}

QString signalName(int sig)
{
    const char *abbrev = sigabbrev_np(sig); // glibc >= 2.32: "SEGV"
    return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev) : QStringLiteral("signal %1").arg(sig);
}

QString deathReason(int status)
{
    if (WIFSIGNALED(status))
        return tr("the analysis crashed (%1); skipped").arg(signalName(WTERMSIG(status)));
    return tr("the analysis process ended unexpectedly (exit status %1); skipped").arg(WEXITSTATUS(status));
}

} // namespace

struct Supervisor::Job
{
    quint64 seq = 0;
    Dsn::SourceMessage message;
};

struct Supervisor::Worker
{
    pid_t pid = -1;
    int fd = -1;           // our end of the socket pair (its stdin and stdout)
    QByteArray out;        // request bytes not yet written
    qsizetype outOffset = 0;
    QByteArray in;         // response bytes not yet decoded
    std::deque<Job> inFlight; // sent, unanswered; the first is the one being analysed
    QElapsedTimer headTimer;  // since the first of inFlight started
    bool dead = false;
};

Supervisor::Supervisor(SupervisorOptions options, Sink sink)
    : m_options(std::move(options))
    , m_sink(std::move(sink))
{
}

Supervisor::~Supervisor()
{
    for (const auto &w : m_workers) {
        if (w->dead)
            continue;
        ::kill(w->pid, SIGKILL);
        ::close(w->fd);
        ::waitpid(w->pid, nullptr, 0);
    }
}

void Supervisor::submit(Dsn::SourceMessage message)
{
    const quint64 seq = m_nextSeq++;
    if (!message.error.isEmpty()) { // unreadable: nothing to isolate
        Outcome o;
        o.readError = true;
        o.text = errorText(message.name, message.error, m_options.format);
        deliver(seq, std::move(o));
        return;
    }
    m_queue.push_back({seq, std::move(message)});
    dispatch();
    while (!m_queue.empty() || m_nextSeq - m_nextToPrint > MaxWaitingAnswers)
        pump(-1);
}

void Supervisor::finish()
{
    for (;;) {
        dispatch();
        const bool busy = std::any_of(m_workers.cbegin(), m_workers.cend(),
                                      [](const auto &w) { return !w->inFlight.empty(); });
        if (!busy && m_queue.empty())
            break;
        pump(-1);
    }
    for (const auto &w : m_workers) {
        ::shutdown(w->fd, SHUT_WR); // EOF on the worker's stdin: it exits
        ::close(w->fd);
        ::waitpid(w->pid, nullptr, 0);
    }
    m_workers.clear();
}

// Hands queued jobs to workers with room, starting workers up to one per core.
void Supervisor::dispatch()
{
    while (!m_queue.empty()) {
        Worker *w = workerWithRoom();
        if (!w) {
            if (!m_workers.empty())
                return;
            // Not even one worker could be started (no fork possible): analyse here, unisolated,
            // rather than answer nothing.
            Job job = std::move(m_queue.front());
            m_queue.pop_front();
            deliver(job.seq, analyzeOne(job.message, m_options.format));
            continue;
        }
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (w->inFlight.empty())
            w->headTimer.start();
        w->out.append(encodeRequest(job.message));
        w->inFlight.push_back(std::move(job));
        sendPending(*w);
    }
}

Supervisor::Worker *Supervisor::workerWithRoom()
{
    Worker *best = nullptr;
    for (const auto &w : m_workers) {
        if (!w->dead && (!best || w->inFlight.size() < best->inFlight.size()))
            best = w.get();
    }
    const bool allBusy = !best || !best->inFlight.empty();
    if (allBusy && int(m_workers.size()) < m_options.maxWorkers && !m_spawnFailed) {
        if (Worker *fresh = spawnWorker())
            return fresh;
    }
    return best && best->inFlight.size() < DepthPerWorker ? best : nullptr;
}

Supervisor::Worker *Supervisor::spawnWorker()
{
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        m_spawnFailed = true;
        return nullptr;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], STDIN_FILENO); // dup2 clears CLOEXEC
    posix_spawn_file_actions_adddup2(&actions, sv[1], STDOUT_FILENO);
    QList<QByteArray> args{QFile::encodeName(m_options.program), QByteArrayLiteral("analyze")};
    for (const QString &a : m_options.workerArgs)
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(sv[1]);
    if (rc != 0) {
        ::close(sv[0]);
        m_spawnFailed = true;
        return nullptr;
    }
    ::fcntl(sv[0], F_SETFL, ::fcntl(sv[0], F_GETFL) | O_NONBLOCK);
    auto w = std::make_unique<Worker>();
    w->pid = pid;
    w->fd = sv[0];
    m_workers.push_back(std::move(w));
    return m_workers.back().get();
}

// Writes what the socket takes now; false when the worker can no longer be written to (it
// died: its end of the story comes from readFrom()).
bool Supervisor::sendPending(Worker &w)
{
    while (w.outOffset < w.out.size()) {
        // MSG_NOSIGNAL: a worker that died must not take us down with SIGPIPE.
        const ssize_t put = ::send(w.fd, w.out.constData() + w.outOffset, size_t(w.out.size() - w.outOffset),
                                   MSG_NOSIGNAL);
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (put <= 0) {
            w.out.clear();
            w.outOffset = 0;
            return false;
        }
        w.outOffset += put;
    }
    w.out.clear();
    w.outOffset = 0;
    return true;
}

void Supervisor::readFrom(Worker &w)
{
    char buf[65536];
    bool gone = false;
    for (;;) {
        const ssize_t got = ::read(w.fd, buf, sizeof buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (got <= 0) { // EOF or error: the worker is gone (answers it wrote first still count)
            gone = true;
            break;
        }
        w.in.append(buf, got);
    }
    while (const qsizetype size = completeFrameSize(w.in)) {
        std::optional<Outcome> o = decodeResponse(w.in.mid(4, size - 4));
        w.in.remove(0, size);
        if (!o || w.inFlight.empty()) { // not our protocol: treat it as a dead worker
            ::kill(w.pid, SIGKILL);
            ::waitpid(w.pid, nullptr, 0);
            w.pid = -1;
            retire(w, QCoreApplication::translate("Cli::Analyze::Supervisor", "the analysis process answered garbage; skipped"));
            return;
        }
        const quint64 seq = w.inFlight.front().seq;
        w.inFlight.pop_front();
        w.headTimer.start();
        deliver(seq, std::move(*o));
    }
    if (gone) {
        int status = 0;
        ::waitpid(w.pid, &status, 0);
        w.pid = -1;
        retire(w, deathReason(status));
    }
}

// The worker is gone (reaped by the caller): its current message gets `culpritError`, the
// ones queued behind it go back to the front of the queue for a fresh worker.
void Supervisor::retire(Worker &w, const QString &culpritError)
{
    ::close(w.fd);
    w.dead = true;
    if (!w.inFlight.empty()) {
        Job culprit = std::move(w.inFlight.front());
        w.inFlight.pop_front();
        for (auto it = w.inFlight.rbegin(); it != w.inFlight.rend(); ++it)
            m_queue.push_front(std::move(*it));
        w.inFlight.clear();
        Outcome o;
        o.readError = true;
        o.text = errorText(culprit.message.name, culpritError, m_options.format);
        deliver(culprit.seq, std::move(o));
    }
}

void Supervisor::killOverdue()
{
    if (m_options.timeLimitMs <= 0)
        return;
    for (const auto &w : m_workers) {
        if (w->dead || w->inFlight.empty() || w->headTimer.elapsed() < m_options.timeLimitMs)
            continue;
        ::kill(w->pid, SIGKILL);
        ::waitpid(w->pid, nullptr, 0);
        w->pid = -1;
        const double seconds = m_options.timeLimitMs / 1000.0;
        retire(*w, QCoreApplication::translate("Cli::Analyze::Supervisor", "the analysis took longer than %1 s; skipped").arg(seconds));
    }
}

int Supervisor::pollTimeoutMs(int waitMs) const
{
    int timeout = waitMs;
    if (m_options.timeLimitMs <= 0)
        return timeout;
    for (const auto &w : m_workers) {
        if (w->dead || w->inFlight.empty())
            continue;
        const int left = int(std::max<qint64>(0, m_options.timeLimitMs - w->headTimer.elapsed())) + 1;
        timeout = timeout < 0 ? left : std::min(timeout, left);
    }
    return timeout;
}

// Waits for any worker to answer, take more input, die or run out of time, and handles it.
void Supervisor::pump(int waitMs)
{
    std::vector<pollfd> fds;
    for (const auto &w : m_workers)
        fds.push_back({w->fd, short(POLLIN | (w->outOffset < w->out.size() ? POLLOUT : 0)), 0});
    const int n = ::poll(fds.data(), nfds_t(fds.size()), pollTimeoutMs(waitMs));
    if (n < 0 && errno != EINTR)
        return;
    for (size_t i = 0; i < fds.size(); ++i) {
        Worker &w = *m_workers[i];
        if (fds[i].revents & POLLOUT)
            sendPending(w);
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
            readFrom(w);
    }
    killOverdue();
    m_workers.erase(std::remove_if(m_workers.begin(), m_workers.end(), [](const auto &w) { return w->dead; }),
                    m_workers.end());
    dispatch();
}

void Supervisor::deliver(quint64 seq, Outcome outcome)
{
    m_ready.emplace(seq, std::move(outcome));
    for (auto it = m_ready.find(m_nextToPrint); it != m_ready.end(); it = m_ready.find(m_nextToPrint)) {
        m_sink(it->second);
        m_ready.erase(it);
        ++m_nextToPrint;
    }
}

} // namespace Cli::Analyze
