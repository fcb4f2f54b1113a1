// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckJob.h"

#include <QMutex>

#include "auth/common/PublicSuffix.h"
#include "dns/LookupPool.h"

namespace Auth {

// The way back from the pool threads. The job may be deleted while a check runs: under the
// mutex, a worker either posts to a living job or sees that it is gone.
struct CheckJob::Channel
{
    QMutex mutex;
    CheckJob *job = nullptr;

    template<typename Fn>
    void post(Fn fn)
    {
        QMutexLocker locker(&mutex);
        if (job)
            QMetaObject::invokeMethod(job, std::move(fn), Qt::QueuedConnection);
    }
};

CheckJob::CheckJob(QObject *parent) : QObject(parent), m_channel(std::make_shared<Channel>())
{
    m_channel->job = this;
}

CheckJob::~CheckJob()
{
    cancel();
    QMutexLocker locker(&m_channel->mutex);
    m_channel->job = nullptr;
}

void CheckJob::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
    m_cancel.reset();
    ++m_generation;
    m_running = false;
}

void CheckJob::start(const CheckRequest &request, Dns::LookupPool &pool, std::shared_ptr<void> keepAlive)
{
    cancel();
    auto token = std::make_shared<CheckCancel>();
    m_cancel = token;
    m_running = true;
    const int generation = m_generation;
    std::shared_ptr<Channel> channel = m_channel;
    Dns::LookupPool *poolPtr = &pool;
    // The result of this future is delivered through the channel; the future itself is not kept.
    pool.run([request, token, channel, generation, poolPtr, keepAlive](Dns::Resolver &) {
        const CheckEngine engine(*poolPtr, PublicSuffix::system());
        const DomainCheckResult result = engine.run(request, [&](const SectionResult &section) {
            channel->post([channel, generation, section] {
                if (channel->job && channel->job->m_generation == generation)
                    emit channel->job->sectionFinished(section);
            });
        }, token.get());
        channel->post([channel, generation, result] {
            CheckJob *job = channel->job;
            if (!job || job->m_generation != generation)
                return; // cancelled, or a newer check started
            job->m_running = false;
            emit job->finished(result);
        });
        return 0;
    });
}

} // namespace Auth
