// SPDX-License-Identifier: GPL-3.0-or-later
// bouncelens-cli input and output under hostile conditions (issue 15), end to end with the
// real binary: a batch mixing hostile and good messages, pipes whose writer pauses, FIFOs,
// control characters in bounce fields and TXT records, garbage domain arguments, and the
// desktop binary's --help without a display. Results are asserted; nothing is timed.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

#include "CliProcess.h"
#include "NsdServer.h"
#include "ZoneBuilder.h"

namespace {

const QString kCli = QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli");
const QString kQmailBounce = QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/qmail-free-text.eml");

using Run = TestSupport::CliRun;

Run finish(QProcess &p)
{
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

Run cli(const QStringList &args)
{
    return TestSupport::runCli(args);
}

// Writes `first`, waits a second with the pipe open, then writes `second` and closes it: a
// reader that does one read() and stops sees only `first`.
Run cliWithDelayedInput(const QStringList &args, const QByteArray &first, const QByteArray &second)
{
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForStarted())
        return {};
    p.write(first);
    p.waitForBytesWritten();
    QThread::sleep(1);
    p.write(second);
    p.waitForBytesWritten();
    p.closeWriteChannel();
    return finish(p);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray nestedUpperCase(int depth)
{
    QByteArray m = "From: MAILER-DAEMON@example.org\nSubject: deep\nMIME-Version: 1.0\n";
    for (int i = 0; i < depth; ++i)
        m += "Content-Type: MULTIPART/MIXED; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" + QByteArray::number(i) + "\n";
    return m + "Content-Type: text/plain\n\nleaf\n";
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (e.error != QJsonParseError::NoError)
            return {}; // two objects on one line, or a broken one
        objects << d.object();
    }
    return objects;
}

// A bounce whose diagnostic carries terminal control sequences: clear screen, window title,
// colour, a carriage return and a NUL.
QByteArray hostileBounce()
{
    QByteArray m = readFile(kQmailBounce);
    m.replace("User unknown in local recipient table", "User unknown \x1b[2J\x1b]0;owned\x07 \x1b[31mred\r\x01 end");
    return m;
}

} // namespace

class TestCliInputOutput : public QObject
{
    Q_OBJECT

private slots:
    void batchAnswersEveryGoodMessage()
    {
        QTemporaryDir dir;
        const QByteArray good = readFile(kQmailBounce);
        QVERIFY(!good.isEmpty());
        writeFile(dir.filePath(QStringLiteral("1-good.eml")), good);
        writeFile(dir.filePath(QStringLiteral("2-nested.eml")), nestedUpperCase(6000));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("3-fifo.eml"))).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("4-zero.eml"))));
        writeFile(dir.filePath(QStringLiteral("5-good.eml")), good);

        const Run r = cli({QStringLiteral("analyze"), QStringLiteral("--jsonl"), dir.path()});
        QCOMPARE(r.exitCode, 1); // some inputs could not be read
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 5);
        QCOMPARE(r.out.count('\n'), 5); // error objects end their line too
        for (int i : {0, 4}) {
            const QJsonArray recipients = objects[i].value(QLatin1String("recipients")).toArray();
            QCOMPARE(recipients.size(), 1);
            QCOMPARE(recipients[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("5.1.1"));
        }
        QVERIFY(objects[1].value(QLatin1String("problems")).toArray().first().toString().startsWith(
            QLatin1String("more than 64 multipart parts")));
        QCOMPARE(objects[2].value(QLatin1String("error")).toString(), QStringLiteral("not a regular file (a FIFO); skipped"));
        QCOMPARE(objects[3].value(QLatin1String("error")).toString(),
                 QStringLiteral("not a regular file (a character device); skipped"));
    }

    void fifoNamedDirectlyDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run analyze = cli({QStringLiteral("analyze"), fifo});
        QCOMPARE(analyze.exitCode, 1);
        QVERIFY(analyze.out.contains("not a regular file (a FIFO); skipped"));
        const Run diagnose = cli({QStringLiteral("diagnose"), QStringLiteral("--no-network"), fifo});
        QCOMPARE(diagnose.exitCode, 2);
        QVERIFY2(diagnose.err.contains("not a regular file (a FIFO)"), diagnose.err.constData());
    }

    void explainReadsStandardInputToItsEnd()
    {
        const Run r = cliWithDelayedInput({QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("-")},
                                          "550 5.1.1 <a@example.org>: User unknown\n",
                                          "452 4.2.2 Mailbox full\n");
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[1].value(QLatin1String("status")).toString(), QStringLiteral("4.2.2"));
    }

    // explain - answers each input once the next line shows it is complete, while the pipe
    // is still open (it used to read to the end of input first).
    void explainAnswersEachInputWhileThePipeIsOpen()
    {
        QProcess p;
        p.start(kCli, {QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(p.waitForStarted());
        // The second line is a reply's continuation and joins the first; the third starts a
        // new input, which completes the first.
        p.write("550-5.1.1 <a@example.org>: Recipient address rejected:\n550 5.1.1 User unknown\n452 4.2.2 Mailbox full\n");
        QByteArray out;
        while (!out.contains('\n') && p.waitForReadyRead(30000))
            out += p.readAllStandardOutput();
        QCOMPARE(p.state(), QProcess::Running); // standard input is still open
        QList<QJsonObject> objects = jsonLines(out);
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects[0].value(QLatin1String("status")).toString(), QStringLiteral("5.1.1"));
        QVERIFY2(objects[0].value(QLatin1String("input")).toString().contains(QStringLiteral("User unknown")),
                 out.constData()); // the continuation line was joined
        p.write("\n"); // an empty line completes the second input
        while (out.count('\n') < 2 && p.waitForReadyRead(30000))
            out += p.readAllStandardOutput();
        QCOMPARE(p.state(), QProcess::Running);
        p.closeWriteChannel();
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0);
        objects = jsonLines(out + r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[1].value(QLatin1String("status")).toString(), QStringLiteral("4.2.2"));
    }

    // 100 MB through a pipe (one 98 MB line without a newline, then 2 MB of short lines) in
    // flat memory: the long line is cut at 1 MB and said so, the short lines are answered.
    void explainHundredMegabytePipeInFlatMemory()
    {
        const QString script = QStringLiteral(
            "{ head -c 98000000 /dev/zero | tr '\\0' x; printf '\\n'; yes '452 4.2.2 Mailbox full' | head -c 2000000; } "
            "| /usr/bin/time -f 'maxrss=%M' '%1' explain --json - | wc -l").arg(kCli);
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        const Run r = finish(p);
        QCOMPARE(r.exitCode, 0);
        // 2,000,000 / 23 bytes per line: 86,956 whole lines and a cut one, plus the long line.
        QCOMPARE(r.out.trimmed().toLongLong(), 86958);
        QVERIFY2(r.err.contains("a line longer than 1048576 bytes was cut there"), r.err.right(300).constData());
        const qsizetype at = r.err.indexOf("maxrss=");
        QVERIFY(at >= 0);
        const qint64 kilobytes = r.err.mid(at + 7).trimmed().toLongLong();
        QVERIFY2(kilobytes > 0 && kilobytes < 80 * 1024, r.err.mid(at).constData()); // was > 64 MB + its UTF-16 copy
    }

    void analyzeReadsStandardInputToItsEnd()
    {
        const QByteArray bounce = readFile(kQmailBounce);
        const qsizetype half = bounce.indexOf("<nobody@example.net>:");
        QVERIFY(half > 0);
        const Run r = cliWithDelayedInput({QStringLiteral("analyze"), QStringLiteral("--jsonl"), QStringLiteral("-")},
                                          bounce.left(half), bounce.mid(half));
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 1);
        const QJsonArray recipients = objects[0].value(QLatin1String("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(recipients[0].toObject().value(QLatin1String("recipient")).toString(), QStringLiteral("nobody@example.net"));
    }

    void diagnoseReadsStandardInputToItsEnd()
    {
        const QByteArray bounce = readFile(kQmailBounce);
        const qsizetype half = bounce.indexOf("<nobody@example.net>:");
        const Run r = cliWithDelayedInput({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--no-network"),
                                           QStringLiteral("-")},
                                          bounce.left(half), bounce.mid(half));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray recipients = o.value(QLatin1String("analysis")).toObject().value(QLatin1String("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(recipients[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("5.1.1"));
    }

    void humanOutputShowsControlCharactersEscaped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.eml"));
        writeFile(path, hostileBounce());
        const Run human = cli({QStringLiteral("analyze"), path});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(!human.out.contains('\x1b') && !human.out.contains('\r') && !human.out.contains('\x07')
                     && !human.out.contains('\x01'),
                 human.out.constData());
        QVERIFY2(human.out.contains("\\x1b[2J\\x1b]0;owned\\x07"), human.out.constData());
        QVERIFY(human.out.contains("\\x01 end"));

        // JSON keeps the text as it is (JSON's own escapes).
        const Run json = cli({QStringLiteral("analyze"), QStringLiteral("--jsonl"), path});
        QVERIFY(!json.out.contains('\x1b'));
        const QJsonObject o = jsonLines(json.out).value(0);
        const QString diagnostic = o.value(QLatin1String("recipients")).toArray().first().toObject()
                                       .value(QLatin1String("diagnostic_code")).toString();
        QVERIFY2(diagnostic.contains(QStringLiteral("\x1b[2J")), qPrintable(diagnostic));

        const Run explain = cli({QStringLiteral("explain"), QStringLiteral("550 5.1.1 <a\x1b[31m@example.org>: unknown\x1b]0;x\x07")});
        QVERIFY2(!explain.out.contains('\x1b') && !explain.out.contains('\x07'), explain.out.constData());

        const Run diagnose = cli({QStringLiteral("diagnose"), QStringLiteral("--no-network"), path});
        QCOMPARE(diagnose.exitCode, 0);
        QVERIFY2(!diagnose.out.contains('\x1b') && !diagnose.out.contains('\x07'), diagnose.out.constData());
    }

    void checkShowsTxtControlCharactersEscaped()
    {
        TestSupport::NsdServer nsd;
        nsd.addZone(TestSupport::ZoneBuilder(QStringLiteral("example.org"))
                        .txt(QStringLiteral("@"), QList<QByteArray>{"v=spf1 -all \x1b[2J\x1b]0;owned\x07"})
                        .txt(QStringLiteral("_dmarc"), QList<QByteArray>{"v=DMARC1; p=reject; \x1b[31m\r\x01"})
                        .mx(QStringLiteral("@"), 10, QStringLiteral("mail.example.org."))
                        .a(QStringLiteral("mail"), QStringLiteral("192.0.2.10")));
        QVERIFY2(nsd.start(), qPrintable(nsd.errorString()));
        const QString dns = QStringLiteral("127.0.0.1:%1").arg(nsd.port());
        const Run human = cli({QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--dns"), dns,
                               QStringLiteral("--selector"), QStringLiteral("s1"), QStringLiteral("--dnsbl"),
                               QStringLiteral("bl.example.org"), QStringLiteral("--timeout"), QStringLiteral("500")});
        QVERIFY2(human.out.contains("example.org"), human.err.constData());
        QVERIFY2(!human.out.contains('\x1b') && !human.out.contains('\x07') && !human.out.contains('\r')
                     && !human.out.contains('\x01'),
                 human.out.constData());
        QVERIFY2(human.out.contains("\\x1b[2J") || human.out.contains("\\x1b[31m"), human.out.constData());
    }

    void checkRejectsGarbageDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("why");
        QTest::newRow("space") << QStringLiteral("exa mple.org") << QStringLiteral("a space");
        QTest::newRow("backslash") << QStringLiteral("a\\b.org") << QStringLiteral("\"\\\"");
        QTest::newRow("control") << QStringLiteral("a\x1b.org") << QStringLiteral("\\x1b");
        QTest::newRow("empty label") << QStringLiteral("a..org") << QStringLiteral("empty label");
        QTest::newRow("hyphen") << QStringLiteral("a-.org") << QStringLiteral("starts or ends");
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".org") << QStringLiteral("63");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
    }

    void checkRejectsGarbageDomains()
    {
        QFETCH(QString, domain);
        QFETCH(QString, why);
        // A server that is never asked: the name is refused before any query.
        const Run r = cli({QStringLiteral("check"), domain, QStringLiteral("--dns"), QStringLiteral("127.0.0.1:9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a valid domain name") && QString::fromUtf8(r.err).contains(why), r.err.constData());
        QVERIFY(!r.err.contains('\x1b'));
    }

    void checkAcceptsInternationalNames()
    {
        // Accepted as a name (IDNA conversion is core/dns's job); the dead server gives exit 3.
        const Run r = cli({QStringLiteral("check"), QStringLiteral("bücher.example"), QStringLiteral("--dns"),
                           QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout"), QStringLiteral("200")});
        QVERIFY2(r.exitCode != 2, r.err.constData());
        QVERIFY(!r.err.contains("is not a valid domain name"));
    }

    void desktopHelpAndVersionNeedNoDisplay()
    {
        const QString gui = QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens");
        QVERIFY2(QFile::exists(gui), "build the bouncelens target first");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(gui, {option});
            const Run r = finish(p);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(option == QLatin1String("--help") ? "--no-network" : "BounceLens"), r.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliInputOutput)
#include "TestCliInputOutput.moc"
