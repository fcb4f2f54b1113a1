// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include <QDebug>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Ui {

namespace {

constexpr int kMaxInputBytes = 2 * 1024 * 1024;
constexpr int kKeepEntries = 500;

QString kindName(Report::ReportModel::Kind kind)
{
    switch (kind) {
    case Report::ReportModel::Kind::Line: return QStringLiteral("line");
    case Report::ReportModel::Kind::Domain: return QStringLiteral("domain");
    default: return QStringLiteral("message");
    }
}

// finding id -> severity, from a check JSON's "findings".
QHash<QString, QString> findingMap(const QJsonObject &check)
{
    QHash<QString, QString> out;
    const QJsonArray findings = check.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        out.insert(f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("severity")).toString());
    }
    return out;
}

} // namespace

HistoryStore::HistoryStore(QObject *parent, const QString &path, int busyTimeoutMs)
    : QObject(parent)
    , m_connection(QStringLiteral("bouncelens-history-%1").arg(quintptr(this)))
{
    QString file = path;
    if (file.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        file = dir + QStringLiteral("/history.sqlite");
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    // Another instance holding the lock makes SQLite wait (sqlite3_busy_timeout) instead of
    // failing at once with SQLITE_BUSY, which silently lost entries before.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        fail(QStringLiteral("open %1").arg(file), db.lastError().text());
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS analyses (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "at TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT, "
                               "verdict TEXT, input BLOB, json TEXT)"))) {
        fail(QStringLiteral("create table"), q.lastError().text());
        return;
    }
    m_open = true;
}

bool HistoryStore::fail(const QString &what, const QString &error) const
{
    m_lastError = QStringLiteral("history: %1: %2").arg(what, error);
    qWarning().noquote() << m_lastError;
    return false;
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::insert(const HistoryEntry &e)
{
    if (!m_open)
        return fail(QStringLiteral("insert"), QStringLiteral("the history database is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock now: a deferred BEGIN could deadlock with another instance
    // upgrading its read lock, and SQLite then returns SQLITE_BUSY without waiting.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("begin"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO analyses (at, kind, name, title, verdict, input, json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at.toString(Qt::ISODateWithMs));
    q.addBindValue(e.kind);
    q.addBindValue(e.name);
    q.addBindValue(e.title);
    q.addBindValue(e.verdict);
    q.addBindValue(e.input);
    q.addBindValue(QString::fromUtf8(e.json));
    QString step = QStringLiteral("insert");
    bool ok = q.exec();
    if (ok) {
        step = QStringLiteral("prune");
        ok = q.exec(QStringLiteral("DELETE FROM analyses WHERE id NOT IN (SELECT id FROM analyses ORDER BY id DESC LIMIT %1)").arg(kKeepEntries));
    }
    if (ok) {
        step = QStringLiteral("commit");
        ok = q.exec(QStringLiteral("COMMIT"));
    }
    if (ok)
        return true;
    const QString error = q.lastError().text();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return fail(step, error);
}

bool HistoryStore::add(const AnalysisItem &item)
{
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.kind = kindName(item.model.kind);
    e.name = item.name;
    e.title = item.model.title;
    e.verdict = item.model.verdict;
    if (item.input.size() <= kMaxInputBytes)
        e.input = item.input;
    e.json = QJsonDocument(item.json).toJson(QJsonDocument::Compact);
    return insert(e);
}

QString HistoryStore::addDomainCheck(const AnalysisItem &item)
{
    QString changes;
    for (const HistoryEntry &previous : recent()) {
        if (previous.kind == QLatin1String("domain") && previous.name == item.name) {
            const QJsonObject before = QJsonDocument::fromJson(previous.json).object().value(QStringLiteral("checks")).toObject();
            changes = describeChanges(before, item.json.value(QStringLiteral("checks")).toObject(), previous.at);
            break;
        }
    }
    add(item);
    return changes;
}

QString HistoryStore::describeChanges(const QJsonObject &before, const QJsonObject &after, const QDateTime &when)
{
    const QHash<QString, QString> old = findingMap(before);
    const QHash<QString, QString> now = findingMap(after);
    QStringList parts;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!old.contains(it.key()))
            parts << tr("new: %1 (%2)").arg(it.key(), it.value());
        else if (old.value(it.key()) != it.value())
            parts << tr("%1 went from %2 to %3").arg(it.key(), old.value(it.key()), it.value());
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            parts << tr("gone: %1 (was %2)").arg(it.key(), it.value());
    }
    const QString spfBefore = before.value(QStringLiteral("spf")).toObject().value(QStringLiteral("record")).toString();
    const QString spfNow = after.value(QStringLiteral("spf")).toObject().value(QStringLiteral("record")).toString();
    if (spfBefore != spfNow)
        parts.prepend(tr("the SPF record changed"));
    if (parts.isEmpty())
        return QString();
    parts.sort();
    return tr("Since the check of %1: %2.").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), parts.join(QStringLiteral("; ")));
}

QList<HistoryEntry> HistoryStore::recent(int limit) const
{
    QList<HistoryEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, at, kind, name, title, verdict, input, json FROM analyses ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(QStringLiteral("read"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.kind = q.value(2).toString();
        e.name = q.value(3).toString();
        e.title = q.value(4).toString();
        e.verdict = q.value(5).toString();
        e.input = q.value(6).toByteArray();
        e.json = q.value(7).toString().toUtf8();
        out.append(e);
    }
    return out;
}

bool HistoryStore::clear()
{
    if (!m_open)
        return fail(QStringLiteral("clear"), QStringLiteral("the history database is not open"));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("DELETE FROM analyses")) || fail(QStringLiteral("clear"), q.lastError().text());
}

} // namespace Ui
