// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestMessageSource)
#include "TestMessageSource.moc"
