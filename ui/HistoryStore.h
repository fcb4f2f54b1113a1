// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include "AnalysisController.h"

namespace Ui {

struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString kind;    // "message", "line", "domain"
    QString name;    // file path, "Pasted text", or the domain
    QString title;
    QString verdict;
    QByteArray input; // pasted text (files are reopened from their path)
    QByteArray json;
};

// The last analyses, kept locally in SQLite (Qt SQL) so they can be reopened; domain checks
// keep their findings so a re-run can say what changed. Nothing leaves the machine.
//
// Safe with several running instances and against a crash: each insert and its pruning are one
// transaction (BEGIN IMMEDIATE: the write lock is taken up front), a writer waits up to
// busyTimeoutMs (5 s by default) for another instance's lock instead of failing, and every
// statement's result is checked; a failure is rolled back, kept in lastError() and logged.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    // path empty = <AppDataLocation>/history.sqlite
    explicit HistoryStore(QObject *parent = nullptr, const QString &path = QString(),
                          int busyTimeoutMs = defaultBusyTimeoutMs);
    ~HistoryStore() override;

    bool isOpen() const { return m_open; }
    // False when the entry could not be stored (lastError() says why).
    bool add(const AnalysisItem &item);
    // Stores a finished domain check and returns what changed since the previous check of the
    // same domain ("Since the check of …: SPF went from Pass to Fail"), or "" when nothing did.
    QString addDomainCheck(const AnalysisItem &item);
    QList<HistoryEntry> recent(int limit = 200) const;
    bool clear();
    QString lastError() const { return m_lastError; }

    static constexpr int defaultBusyTimeoutMs = 5000;

    static QString describeChanges(const QJsonObject &before, const QJsonObject &after, const QDateTime &when);

private:
    bool insert(const HistoryEntry &entry);
    bool fail(const QString &what, const QString &error) const;
    QString m_connection;
    mutable QString m_lastError; // set by const readers too
    bool m_open = false;
};

} // namespace Ui
