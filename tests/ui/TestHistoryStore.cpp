// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore (SQLite) survives a writer killed mid-write and a second instance writing at the
// same time (issue 15). The writers are this executable re-invoked with --history-writer.
#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include "ui/HistoryStore.h"

using Ui::HistoryStore;

namespace {

// Writes entries "<tag>-<n>" until `count` are stored, printing "committed <n>" after each
// insert returned; a failed insert prints "failed <error>" and ends with exit status 1.
int runWriter(const QString &path, const QString &tag, int count)
{
    HistoryStore store(nullptr, path);
    QTextStream out(stdout);
    for (int n = 0; n < count; ++n) {
        Ui::AnalysisItem item;
        item.name = QStringLiteral("%1-%2").arg(tag).arg(n);
        item.model.title = item.name;
        // Some bulk, so that a kill is likely to land inside a write.
        item.input = QByteArray(4096, char('a' + n % 26));
        item.json = QJsonObject{{QStringLiteral("n"), n}};
        if (!store.add(item)) {
            out << "failed " << store.lastError() << "\n";
            out.flush();
            return 1;
        }
        out << "committed " << n << "\n";
        out.flush();
    }
    return 0;
}

QSet<QString> storedNames(const QString &path)
{
    QSet<QString> names;
    const QString connection = QStringLiteral("check-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            const QString integrity = q.next() ? q.value(0).toString() : QStringLiteral("no result");
            if (integrity == QLatin1String("ok")) {
                q.exec(QStringLiteral("SELECT name, length(input) FROM analyses"));
                while (q.next()) {
                    if (q.value(1).toInt() == 4096)
                        names.insert(q.value(0).toString());
                }
            } else {
                names.insert(QStringLiteral("integrity: ") + integrity);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

QStringList committedLines(const QByteArray &output, const QString &tag)
{
    QStringList names;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            names.append(QStringLiteral("%1-%2").arg(tag, QString::fromLatin1(line.mid(10))));
    }
    return names;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesAnIntactDatabase();
    void twoInstancesLoseNothing();
    void errorsAreReported();

private:
    QProcess *startWriter(const QString &path, const QString &tag, int count)
    {
        auto *process = new QProcess(this);
        process->setProgram(QCoreApplication::applicationFilePath());
        process->setArguments({QStringLiteral("--history-writer"), path, tag, QString::number(count)});
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start();
        return process;
    }
};

void TestHistoryStore::killedWriterLeavesAnIntactDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QProcess *writer = startWriter(path, QStringLiteral("k"), 400);
    QVERIFY(writer->waitForStarted());
    QByteArray output;
    // Kill it in the middle of its run: after 60 commits it is writing the next one.
    QTRY_VERIFY_WITH_TIMEOUT((output += writer->readAllStandardOutput()).count("committed ") >= 60, 10000);
    writer->kill(); // SIGKILL: no destructor, no COMMIT of an open transaction
    QVERIFY(writer->waitForFinished());
    output += writer->readAllStandardOutput();
    QCOMPARE(writer->exitStatus(), QProcess::CrashExit);
    const QStringList committed = committedLines(output, QStringLiteral("k"));
    QVERIFY2(committed.size() < 400, "the writer finished before it was killed");
    const QSet<QString> stored = storedNames(path);
    for (const QString &name : committed)
        QVERIFY2(stored.contains(name), qPrintable(name + QStringLiteral(" lost; stored: ") + QStringList(stored.values()).mid(0, 3).join(QLatin1Char(','))));
    // At most the one entry whose "committed" line was not printed yet.
    QVERIFY(stored.size() <= committed.size() + 1);
    // And the database takes new entries afterwards.
    QProcess *next = startWriter(path, QStringLiteral("after"), 3);
    QVERIFY(next->waitForFinished(10000));
    QCOMPARE(next->exitCode(), 0);
    QVERIFY(storedNames(path).contains(QStringLiteral("after-2")));
}

void TestHistoryStore::twoInstancesLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    // 2 x 200 < the 500 entries kept, so every entry must still be there.
    QProcess *a = startWriter(path, QStringLiteral("a"), 200);
    QProcess *b = startWriter(path, QStringLiteral("b"), 200);
    QVERIFY(a->waitForFinished(60000));
    QVERIFY(b->waitForFinished(60000));
    const QByteArray outA = a->readAllStandardOutput();
    const QByteArray outB = b->readAllStandardOutput();
    QVERIFY2(a->exitCode() == 0, outA.right(200).constData());
    QVERIFY2(b->exitCode() == 0, outB.right(200).constData());
    const QSet<QString> stored = storedNames(path);
    QCOMPARE(stored.size(), 400);
    for (int n = 0; n < 200; ++n) {
        QVERIFY(stored.contains(QStringLiteral("a-%1").arg(n)));
        QVERIFY(stored.contains(QStringLiteral("b-%1").arg(n)));
    }
}

void TestHistoryStore::errorsAreReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore store(nullptr, path, 200);
    QVERIFY(store.isOpen());
    Ui::AnalysisItem item;
    item.name = QStringLiteral("one");
    QVERIFY(store.add(item));
    QVERIFY(store.lastError().isEmpty());
    // Another connection holds the write lock longer than the busy timeout allows: the insert
    // fails, says so, and leaves nothing half-written.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^history: begin: ")));
        item.name = QStringLiteral("two");
        QVERIFY(!store.add(item));
        QVERIFY(store.lastError().startsWith(QStringLiteral("history: begin: ")));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(store.recent().size(), 1);
    QVERIFY(store.add(item));
    QCOMPARE(store.recent().size(), 2);
    // A store that could not open says so instead of dropping entries silently.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^history: ")));
    HistoryStore broken(nullptr, dir.filePath(QStringLiteral("missing/dir/history.sqlite")));
    QVERIFY(!broken.isOpen());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^history: insert: ")));
    QVERIFY(!broken.add(item));
    QVERIFY(!broken.lastError().isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--history-writer"))
        return runWriter(args.at(2), args.at(3), args.at(4).toInt());
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHistoryStore.moc"
