// SPDX-License-Identifier: GPL-3.0-or-later
// Batch isolation of "bouncelens-cli analyze" (issue 15), end to end with the real binary: a
// message whose worker dies of a signal or runs past the time limit gets an error object, every
// other message is answered in input order, and answers are written while a later message is
// still being analysed. No real input is known to crash or hang the analyzer any more, so the
// worker is made to fail through its test hook: BOUNCELENS_TEST_WORKER_FAULTS names a file of
// "crash|abort|hang NAME" lines, matched against the message's name, never its content
// (app/cli/AnalyzeWorker.cpp). Results are asserted; nothing is timed.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliProcess.h"

namespace {

const QString kCli = QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli");
const QString kBounce = QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/qmail-free-text.eml");

using Run = TestSupport::CliRun;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

// `count` copies of a real bounce named m00.eml, m01.eml, ... in `dir` (the fault file lives
// beside it, not in it).
void makeBatch(const QString &dir, int count)
{
    const QByteArray bounce = readFile(kBounce);
    QVERIFY(!bounce.isEmpty());
    QVERIFY(QDir().mkpath(dir));
    for (int i = 0; i < count; ++i)
        writeFile(QStringLiteral("%1/m%2.eml").arg(dir).arg(i, 2, 10, QLatin1Char('0')), bounce);
}

QString member(const QString &dir, int i)
{
    return QStringLiteral("%1/m%2.eml").arg(dir).arg(i, 2, 10, QLatin1Char('0'));
}

QProcess *start(QProcess &p, const QStringList &args, const QString &faults)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!faults.isEmpty())
        env.insert(QStringLiteral("BOUNCELENS_TEST_WORKER_FAULTS"), faults);
    p.setProcessEnvironment(env);
    p.start(kCli, QStringList{QStringLiteral("analyze")} + args);
    p.closeWriteChannel();
    return &p;
}

Run cli(const QStringList &args, const QString &faults)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!faults.isEmpty())
        env.insert(QStringLiteral("BOUNCELENS_TEST_WORKER_FAULTS"), faults);
    return TestSupport::runCli(QStringList{QStringLiteral("analyze")} + args, {}, env, 120000);
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

} // namespace

class TestAnalyzeIsolation : public QObject
{
    Q_OBJECT

private slots:
    void workerDeathCostsOneMessage_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("error");
        QTest::newRow("segfault") << QStringLiteral("crash") << QStringLiteral("the analysis crashed (SIGSEGV); skipped");
        QTest::newRow("abort") << QStringLiteral("abort") << QStringLiteral("the analysis crashed (SIGABRT); skipped");
    }

    // 40 messages, the 20th kills its worker: the messages already sent to that worker behind
    // it go to a fresh one, and all 39 others are answered, in input order.
    void workerDeathCostsOneMessage()
    {
        QFETCH(QString, fault);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        makeBatch(dir.filePath(QStringLiteral("batch")), 40);
        const QString faults = dir.filePath(QStringLiteral("faults.txt"));
        writeFile(faults, (fault + QLatin1Char(' ') + member(dir.filePath(QStringLiteral("batch")), 19) + QLatin1Char('\n')).toUtf8());
        const Run r = cli({QStringLiteral("--jsonl"), dir.filePath(QStringLiteral("batch"))}, faults);
        QCOMPARE(r.exitCode, 1); // an error object was printed
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 40);
        for (int i = 0; i < 40; ++i) {
            const QJsonObject &o = objects.at(i);
            QCOMPARE(o.value(QStringLiteral("file")).toString(), member(dir.filePath(QStringLiteral("batch")), i));
            if (i == 19) {
                QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
                QVERIFY(!o.contains(QStringLiteral("kind")));
            } else {
                QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
            }
        }
    }

    // The same batch without the hook: everything answered (the hook, not the input, failed).
    void sameBatchWithoutFaultIsWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        makeBatch(dir.filePath(QStringLiteral("batch")), 40);
        const Run r = cli({QStringLiteral("--jsonl"), dir.filePath(QStringLiteral("batch"))}, QString());
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(objects.at(i).value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
    }

    // A message that never ends is killed at the time limit; its neighbours are answered.
    void hangIsKilledAtTheTimeLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        makeBatch(dir.filePath(QStringLiteral("batch")), 6);
        const QString faults = dir.filePath(QStringLiteral("faults.txt"));
        writeFile(faults, (QStringLiteral("hang ") + member(dir.filePath(QStringLiteral("batch")), 2)).toUtf8());
        const Run r = cli({QStringLiteral("--jsonl"), QStringLiteral("--time-limit=1"), dir.filePath(QStringLiteral("batch"))}, faults);
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 6);
        QCOMPARE(objects.at(2).value(QStringLiteral("error")).toString(),
                 QStringLiteral("the analysis took longer than 1 s; skipped"));
        for (int i : {0, 1, 3, 4, 5})
            QCOMPARE(objects.at(i).value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
    }

    // Answers before a message that hangs (no time limit) are on stdout while it still runs.
    void answersAreWrittenBeforeALaterMessageEnds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        makeBatch(dir.filePath(QStringLiteral("batch")), 3);
        const QString faults = dir.filePath(QStringLiteral("faults.txt"));
        writeFile(faults, (QStringLiteral("hang ") + member(dir.filePath(QStringLiteral("batch")), 2)).toUtf8());
        QProcess p;
        start(p, {QStringLiteral("--jsonl"), QStringLiteral("--time-limit=0"), dir.filePath(QStringLiteral("batch"))}, faults);
        QByteArray out;
        while (out.count('\n') < 2 && p.waitForReadyRead(60000))
            out += p.readAllStandardOutput();
        QCOMPARE(p.state(), QProcess::Running); // still busy with the third message
        p.kill(); // its worker follows it (PR_SET_PDEATHSIG)
        p.waitForFinished();
        const QList<QJsonObject> objects = jsonLines(out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).value(QStringLiteral("file")).toString(), member(dir.filePath(QStringLiteral("batch")), 0));
        QCOMPARE(objects.at(1).value(QStringLiteral("file")).toString(), member(dir.filePath(QStringLiteral("batch")), 1));
    }

    // mbox members and the pretty JSON array: the crash is one valid element of the array.
    void mboxMemberCrashInJsonArray()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray bounce = readFile(kBounce);
        QByteArray box;
        for (int i = 0; i < 3; ++i)
            box += "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + bounce + "\n";
        const QString boxPath = dir.filePath(QStringLiteral("box.mbox"));
        writeFile(boxPath, box);
        const QString faults = dir.filePath(QStringLiteral("faults.txt"));
        writeFile(faults, (QStringLiteral("crash ") + boxPath + QStringLiteral(":2\n")).toUtf8());
        const Run r = cli({QStringLiteral("--json"), boxPath}, faults);
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(r.out, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("the analysis crashed (SIGSEGV); skipped"));
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("bounce"));
    }

    void badTimeLimitIsAUsageError()
    {
        QCOMPARE(cli({QStringLiteral("--time-limit=soon"), kBounce}, QString()).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--time-limit=-1"), kBounce}, QString()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeIsolation)
#include "TestAnalyzeIsolation.moc"
