// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dsn/MessageSource.h"

using namespace Dsn;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QList<SourceMessage> readAll(const QStringList &paths)
{
    MessageSource src(paths);
    QList<SourceMessage> out;
    SourceMessage m;
    while (src.next(m))
        out.append(m);
    return out;
}

} // namespace

class TestMessageSource : public QObject
{
    Q_OBJECT

private slots:
    void mboxIsSplitAndNamed()
    {
        QTemporaryDir dir;
        const QString mbox = dir.filePath(QStringLiteral("box.mbox"));
        write(mbox, "From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody line\nFrom here on, body\n\n"
                    "From b@x Mon Jan  1 00:00:00 2024\nSubject: two\n\nbody\n"
                    "From c@x Mon Jan  1 00:00:00 2024\nSubject: not a separator (no empty line before)\n\n"
                    "From d@x Mon Jan  1 00:00:00 2024\nSubject: three\n\nbody\n");
        const QList<SourceMessage> ms = readAll({mbox});
        QCOMPARE(ms.size(), 3);
        QCOMPARE(ms[0].name, mbox + QStringLiteral(":1"));
        QCOMPARE(ms[2].name, mbox + QStringLiteral(":3"));
        QVERIFY(ms[0].data.contains("From here on, body"));
        QVERIFY(ms[1].data.contains("From c@x"));
        QVERIFY(ms[2].data.contains("Subject: three"));
    }

    void singleMessageKeepsItsPath()
    {
        QTemporaryDir dir;
        const QString eml = dir.filePath(QStringLiteral("one.eml"));
        write(eml, "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n");
        const QList<SourceMessage> ms = readAll({eml});
        QCOMPARE(ms.size(), 1);
        QCOMPARE(ms[0].name, eml);
    }

    void directoryAndMissingFileContinue()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("Maildir/cur"));
        QDir(dir.path()).mkpath(QStringLiteral("Maildir/new"));
        write(dir.filePath(QStringLiteral("Maildir/cur/2")), "Subject: b\n\nb\n");
        write(dir.filePath(QStringLiteral("Maildir/new/1")), "Subject: a\n\na\n");
        const QString missing = dir.filePath(QStringLiteral("nope.eml"));
        const QList<SourceMessage> ms = readAll({missing, dir.filePath(QStringLiteral("Maildir"))});
        QCOMPARE(ms.size(), 3);
        QVERIFY(!ms[0].error.isEmpty());
        QVERIFY(ms[1].name.endsWith(QLatin1String("cur/2")));
        QVERIFY(ms[2].name.endsWith(QLatin1String("new/1")));
        QVERIFY(ms[2].error.isEmpty());
    }

    // A FIFO, a link to /dev/zero and a link loop, named directly or found in a directory:
    // each is reported as skipped with its reason, and nothing blocks or reads forever.
    void nonRegularFilesAreSkippedWithAReason()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("a-fifo.eml"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("b-zero.eml"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("c-loop.eml")), dir.filePath(QStringLiteral("c-loop.eml"))));
        write(dir.filePath(QStringLiteral("d-good.eml")), "Subject: good\n\nbody\n");

        const QList<SourceMessage> direct = readAll({fifo});
        QCOMPARE(direct.size(), 1);
        QCOMPARE(direct[0].error, QStringLiteral("not a regular file (a FIFO); skipped"));

        const QList<SourceMessage> ms = readAll({dir.path()});
        QCOMPARE(ms.size(), 4);
        QCOMPARE(ms[0].error, QStringLiteral("not a regular file (a FIFO); skipped"));
        QCOMPARE(ms[1].error, QStringLiteral("not a regular file (a character device); skipped"));
        QVERIFY2(ms[2].error.startsWith(QLatin1String("cannot open: Too many levels of symbolic links")), qPrintable(ms[2].error));
        QVERIFY(ms[3].error.isEmpty());
        QVERIFY(ms[3].data.contains("Subject: good"));
    }

    // A 1 GB sparse file: only the cap is read (and held), and a problem gives the real size.
    void hugeFileIsReadOnlyUpToTheCap()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.eml"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Subject: big\n\n");
            QVERIFY(f.resize(qint64(1) << 30));
        }
        const QList<SourceMessage> ms = readAll({big});
        QCOMPARE(ms.size(), 1);
        QCOMPARE(ms[0].data.size(), MessageSource::DefaultMaxMessageBytes);
        QCOMPARE(ms[0].problems, QStringList{QStringLiteral("message is 1073741824 bytes; only the first 12582912 bytes were read")});
    }

    // In an mbox an oversized message is cut at the cap and the next message is still found.
    void oversizedMboxMessageIsCutAndTheNextRead()
    {
        QTemporaryDir dir;
        const QString mbox = dir.filePath(QStringLiteral("box.mbox"));
        QByteArray data = "From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\n";
        data += QByteArray(300, 'x') + '\n' + QByteArray(5000, 'y') + "\n\n"; // one line longer than the cap
        data += "From b@x Mon Jan  1 00:00:00 2024\nSubject: two\n\nbody\n";
        write(mbox, data);
        MessageSource src({mbox}, 1000);
        SourceMessage m;
        QVERIFY(src.next(m));
        QCOMPARE(m.data.size(), 1000);
        QCOMPARE(m.problems.size(), 1);
        QVERIFY(m.problems[0].startsWith(QLatin1String("message is 5351 bytes")));
        QVERIFY(src.next(m));
        QVERIFY(m.data.contains("Subject: two"));
        QVERIFY(m.problems.isEmpty());
        QVERIFY(!src.next(m));
    }
};

QTEST_GUILESS_MAIN(TestMessageSource)
#include "TestMessageSource.moc"
