// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisRunner.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace Ui {

namespace {

// Stands in when live lookups are off: the diagnoser is told not to ask (network = false); if
// something asked anyway, it gets an error, never the system resolver.
class NoNetworkResolver : public Dns::Resolver
{
public:
    Dns::Answer query(const QString &name, Dns::RrType type) override
    {
        Dns::Answer answer;
        answer.name = name;
        answer.type = type;
        answer.outcome = Dns::Outcome::Error;
        answer.detail = QStringLiteral("live lookups are off");
        return answer;
    }
    QString serverDescription() const override { return QString(); }
};

Diagnosis::DiagnosisResult diagnose(const Diagnosis::DiagnosisInput &input, const DnsSessionPtr &session)
{
    if (!session || !input.options.network) {
        NoNetworkResolver offline;
        Diagnosis::DiagnosisInput local = input;
        local.options.network = false;
        return Diagnosis::Diagnoser(offline).run(local);
    }
    return Diagnosis::Diagnoser(session->diagnosisPool()).run(input);
}

} // namespace

DiagnosisRunner::DiagnosisRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Diagnosis::DiagnosisResult>();
    m_threads.setMaxThreadCount(4); // a stale diagnosis may still wait on a timeout
}

DiagnosisRunner::~DiagnosisRunner()
{
    ++m_generation;
    m_threads.waitForDone(); // at exit only: running diagnoses finish within the DNS timeout
}

void DiagnosisRunner::start(const Diagnosis::DiagnosisInput &input, const DnsSessionPtr &session)
{
    const int generation = ++m_generation;
    m_running = true;
    Diagnosis::DiagnosisInput work = input;
    work.options.progress = [this, generation](const QString &check, int done, int total) {
        // Worker thread (the destructor waits for it, so `this` lives): hop to the runner's
        // thread, where stale progress is dropped.
        QMetaObject::invokeMethod(this, [this, generation, check, done, total] {
            if (generation == m_generation)
                emit progress(check, done, total);
        }, Qt::QueuedConnection);
    };
    QtConcurrent::run(&m_threads, [work, session] { return diagnose(work, session); })
        .then(this, [this, generation, session](const Diagnosis::DiagnosisResult &result) {
            if (generation != m_generation)
                return; // a newer input came: drop this stale result
            m_running = false;
            emit finished(result, session ? session->queries() : QList<Report::DnsQuery>{});
        });
}

} // namespace Ui
