// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace Ui {

// Blocks every request whose scheme is not our own or data: — the report never loads anything
// from the network or the file system, whatever the message contains (messagelib:
// blockexternalresourcesurlinterceptor). Every request is logged so tests can prove it.
class ReportUrlInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    struct Entry
    {
        QUrl url;
        bool allowed = false;
    };

    explicit ReportUrlInterceptor(QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url);
    QList<Entry> log() const { return m_log; }
    void clearLog() { m_log.clear(); }

signals:
    void blocked(const QUrl &url);

private:
    QList<Entry> m_log;
};

} // namespace Ui
