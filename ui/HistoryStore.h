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
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    // path empty = <AppDataLocation>/history.sqlite
    explicit HistoryStore(QObject *parent = nullptr, const QString &path = QString());
    ~HistoryStore() override;

    bool isOpen() const { return m_open; }
    void add(const AnalysisItem &item);
    // Stores a finished domain check and returns what changed since the previous check of the
    // same domain ("Since the check of …: SPF went from Pass to Fail"), or "" when nothing did.
    QString addDomainCheck(const AnalysisItem &item);
    QList<HistoryEntry> recent(int limit = 200) const;
    void clear();

    static QString describeChanges(const QJsonObject &before, const QJsonObject &after, const QDateTime &when);

private:
    void insert(const HistoryEntry &entry);
    QString m_connection;
    bool m_open = false;
};

} // namespace Ui
