// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>

#include "CheckEngine.h"

namespace Auth {

// Auth::CheckEngine for an event loop (the desktop app): runs the engine on a lookup pool's
// threads and hands each section, then the whole result, to the thread that owns the job, as
// signals. start() while a check runs cancels it: its late sections are dropped, never shown
// in the wrong report. Deleting the job drops whatever is still to come.
class CheckJob : public QObject
{
    Q_OBJECT

public:
    explicit CheckJob(QObject *parent = nullptr);
    ~CheckJob() override;

    // The pool (and its resolver) must outlive the run: pass what owns them as `keepAlive`.
    void start(const CheckRequest &request, Dns::LookupPool &pool, std::shared_ptr<void> keepAlive = {});
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void sectionFinished(const Auth::SectionResult &section);
    void finished(const Auth::DomainCheckResult &result);

private:
    struct Channel;
    std::shared_ptr<Channel> m_channel;
    std::shared_ptr<CheckCancel> m_cancel;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Auth
