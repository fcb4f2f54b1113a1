// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyzeWorker.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>

#include <sys/prctl.h>
#include <unistd.h>

#include <QDataStream>
#include <QFile>
#include <QIODevice>
#include <QThread>
#include <QtEndian>

#include "util/FdReader.h"

namespace Cli::Analyze {

namespace {

// Largest frame a worker accepts: a message is cut at 12 MB by the reader, its name and
// problems are small. A longer length field means the stream is not ours.
constexpr quint32 MaxFrameBytes = 64u << 20;

QByteArray frame(const QByteArray &payload)
{
    QByteArray out(4, '\0');
    qToBigEndian(quint32(payload.size()), out.data());
    return out + payload;
}

bool writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype n = data.size();
    while (n > 0) {
        const ssize_t put = ::write(fd, p, size_t(n));
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return false;
        p += put;
        n -= put;
    }
    return true;
}

// TEST HOOK, not a feature. BOUNCELENS_TEST_WORKER_FAULTS names a file whose lines are
// "crash NAME", "abort NAME" or "hang NAME": the worker then dies of SIGSEGV, dies of SIGABRT
// or sleeps for an hour when it is handed the message called NAME (the path as given on the
// command line, "mbox:3" for an mbox member). Only the message's *name* is compared, never its
// content, so nothing a bounce contains can trigger it; without the variable (production) it
// costs one getenv per worker. It exists because no real input is known to crash or hang the
// analyzer since the MIME bounds of issue 15 (TestAnalyzeIsolation uses it).
class FaultInjection
{
public:
    FaultInjection()
    {
        const char *path = std::getenv("BOUNCELENS_TEST_WORKER_FAULTS");
        if (!path)
            return;
        QFile f(QFile::decodeName(path));
        if (!f.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype space = line.indexOf(' ');
            if (space > 0)
                m_rules.append({line.left(space), QString::fromUtf8(line.mid(space + 1))});
        }
    }

    void apply(const QString &name) const
    {
        for (const auto &[what, target] : m_rules) {
            if (target != name)
                continue;
            if (what == "crash")
                std::raise(SIGSEGV);
            if (what == "abort")
                std::abort();
            if (what == "hang")
                QThread::sleep(3600);
        }
    }

private:
    QList<std::pair<QByteArray, QString>> m_rules;
};

} // namespace

QByteArray encodeRequest(const Dsn::SourceMessage &m)
{
    QByteArray payload;
    QDataStream s(&payload, QIODevice::WriteOnly);
    s << m.name << m.data << m.problems;
    return frame(payload);
}

QByteArray encodeResponse(const Outcome &o)
{
    QByteArray payload;
    QDataStream s(&payload, QIODevice::WriteOnly);
    s << o.text << o.reasons << o.domains << o.readError;
    return frame(payload);
}

std::optional<Outcome> decodeResponse(const QByteArray &payload)
{
    Outcome o;
    QDataStream s(payload);
    s >> o.text >> o.reasons >> o.domains >> o.readError;
    if (s.status() != QDataStream::Ok)
        return std::nullopt;
    return o;
}

qsizetype completeFrameSize(const QByteArray &buffer)
{
    if (buffer.size() < 4)
        return 0;
    const qsizetype total = 4 + qsizetype(qFromBigEndian<quint32>(buffer.constData()));
    return buffer.size() >= total ? total : 0;
}

int runWorker(Format format)
{
    // A worker outlives no supervisor (killed, or interrupted with Ctrl+C): Linux sends us
    // SIGKILL when the process that started us ends (prctl(2), PR_SET_PDEATHSIG).
    const pid_t supervisor = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != supervisor)
        return 0; // it ended before the line above took effect
    const FaultInjection faults;
    Util::FdReader in(STDIN_FILENO, false); // buffered: a small request costs one read(2)
    for (;;) {
        const QByteArray header = in.read(4);
        if (header.size() < 4)
            return 0; // the supervisor closed our input: the batch is done
        const quint32 size = qFromBigEndian<quint32>(header.constData());
        if (size > MaxFrameBytes)
            return 2;
        const QByteArray payload = in.read(qsizetype(size));
        if (payload.size() != qsizetype(size))
            return 2;
        Dsn::SourceMessage m;
        QDataStream s(payload);
        s >> m.name >> m.data >> m.problems;
        if (s.status() != QDataStream::Ok)
            return 2;
        faults.apply(m.name);
        if (!writeAll(STDOUT_FILENO, encodeResponse(analyzeOne(m, format))))
            return 0; // the supervisor is gone
    }
}

} // namespace Cli::Analyze
