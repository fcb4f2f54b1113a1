// SPDX-License-Identifier: GPL-3.0-or-later
// Mail-log lines, message-trace rows and sending-service events (tests/data/logs/, written from
// each MTA's and service's documented format; see the comments in core/logs/*.cpp): every
// failure or deferral is one result with recipient, codes, reason (the classifier "explain"
// uses), remote host and command; lines that are no failure are skipped; garbage stays
// "not recognized".
#include <QFile>
#include <QTest>

#include "codes/LineParser.h"
#include "logs/LogLineReader.h"
#include "logs/LogSummary.h"
#include "logs/PastedInput.h"

class TestLogReaders : public QObject
{
    Q_OBJECT

private slots:
    void results_data();
    void results();
    void resultCounts_data();
    void resultCounts();
    void spansPointAtTheirParts();
    void skippedLinesAreLogLines();
    void garbageIsNotRecognized();
    void summaryCounts();
    void hugeLineIsNoLogRecord();

private:
    static QList<Logs::DeliveryResult> readFixture(const QString &name, Logs::LogSummary *summary = nullptr);
};

QList<Logs::DeliveryResult> TestLogReaders::readFixture(const QString &name, Logs::LogSummary *summary)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    const QString all = QString::fromUtf8(f.readAll());
    // A JSON document is one input (as explain joins it); JSON lines and logs are read line by line.
    const bool document = name.endsWith(QLatin1String(".json"));
    const QStringList inputs = document ? QStringList{all} : all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<Logs::DeliveryResult> out;
    for (const QString &input : inputs) {
        const Logs::PastedInput p = Logs::readPastedInput(input);
        if (summary)
            summary->lines += p.lines;
        for (const Logs::DeliveryResult &r : p.results) {
            if (summary)
                summary->add(r);
            out.append(r);
        }
    }
    return out;
}

void TestLogReaders::results_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("replyCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("remoteHost");
    QTest::addColumn<QString>("remoteIp");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("statusClass");
    QTest::addColumn<QString>("delay");

    // Reasons are the shared classifier's (Sisimai vocabulary): "connection timed out" is
    // expired (ReasonPhrasesMta.cpp, Postfix connect texts), a sender refused at MAIL is rejected,
    // Yahoo's TSS04 is badreputation (ProviderEntries.cpp), "connection dropped" is blocked.
    const QString pf = QStringLiteral("postfix-mail.log");
    // clang-format off
    QTest::newRow("postfix user unknown") << pf << 0 << "bob@example.org" << "bounced" << "5.1.1" << "550" << "userunknown" << "mx1.example.org" << "192.0.2.25" << "RCPT" << "5" << "1.2";
    QTest::newRow("postfix own DNS text, dsn=5.4.4") << pf << 1 << "dave@nonexistent.example" << "bounced" << "5.4.4" << "" << "hostunknown" << "" << "" << "" << "5" << "2.1";
    QTest::newRow("postfix connect time-out deferred") << pf << 2 << "erin@example.net" << "deferred" << "4.4.1" << "" << "expired" << "mx.example.net" << "203.0.113.5" << "CONNECT" << "4" << "30";
    QTest::newRow("postfix gmail 5.7.26 after DATA") << pf << 3 << "frank@gmail.com" << "bounced" << "5.7.26" << "550" << "authfailure" << "gmail-smtp-in.l.google.com" << "142.250.27.26" << "DATA" << "5" << "0.9";
    QTest::newRow("postfix qmgr expired") << pf << 4 << "" << "expired" << "" << "" << "expired" << "" << "" << "" << "5" << "";
    QTest::newRow("postfix smtpd NOQUEUE reject") << pf << 5 << "info@example.com" << "reject" << "5.7.1" << "554" << "blocked" << "unknown" << "198.51.100.23" << "RCPT" << "5" << "";
    QTest::newRow("postfix size limit") << pf << 6 << "grace@example.com" << "bounced" << "5.3.4" << "552" << "mesgtoobig" << "mx.example.com" << "192.0.2.40" << "DATA" << "5" << "5";
    QTest::newRow("postfix mailbox full deferred") << pf << 7 << "henry@example.com" << "deferred" << "4.2.2" << "452" << "mailboxfull" << "mx.example.com" << "192.0.2.40" << "RCPT" << "4" << "3600";
    QTest::newRow("postfix null MX") << pf << 8 << "ivy@nullmx.example" << "bounced" << "5.1.10" << "" << "notaccept" << "" << "" << "" << "5" << "0.1";

    const QString ex = QStringLiteral("exim-mainlog");
    QTest::newRow("exim ** user unknown") << ex << 0 << "bob@example.org" << "failed" << "5.1.1" << "550" << "userunknown" << "mx1.example.org" << "192.0.2.25" << "RCPT" << "5" << "";
    QTest::newRow("exim ** unrouteable") << ex << 1 << "nobody@nowhere.example" << "failed" << "" << "" << "hostunknown" << "" << "" << "" << "5" << "";
    QTest::newRow("exim == retry time not reached") << ex << 2 << "erin@example.net" << "deferred" << "" << "" << "expired" << "" << "" << "" << "4" << "";
    QTest::newRow("exim == defer (-44) mailbox full") << ex << 3 << "henry@example.com" << "deferred" << "4.2.2" << "452" << "mailboxfull" << "mx.example.com" << "192.0.2.40" << "RCPT" << "4" << "";
    QTest::newRow("exim ** after end of data") << ex << 4 << "grace@example.com" << "failed" << "5.3.4" << "552" << "mesgtoobig" << "mx.example.com" << "192.0.2.40" << "DATA" << "5" << "";
    QTest::newRow("exim ** retry timeout exceeded") << ex << 5 << "ivy@example.com" << "failed" << "" << "" << "expired" << "" << "" << "" << "5" << "";
    QTest::newRow("exim 4.97 id, after MAIL FROM") << ex << 6 << "judy@example.net" << "failed" << "5.7.1" << "550" << "rejected" << "mx.example.net" << "203.0.113.5" << "MAIL" << "5" << "";
    // The two examples of the Exim spec, chapter "Log files" (joined onto one line each).
    QTest::newRow("exim spec: remote mailer, host in text") << ex << 7 << "ace400@pb.example" << "failed" << "5.3.0" << "553" << "userunknown" << "pbmail3.py.example" << "192.168.63.111" << "RCPT" << "5" << "";
    QTest::newRow("exim spec: defer (146)") << ex << 8 << "marvin@endrest.example" << "deferred" << "" << "" << "networkerror" << "" << "" << "" << "4" << "";

    const QString sm = QStringLiteral("sendmail-maillog");
    QTest::newRow("sendmail user unknown") << sm << 0 << "bob@example.org" << "bounced" << "5.1.1" << "" << "userunknown" << "mx1.example.org" << "192.0.2.25" << "" << "5" << "00:00:01";
    QTest::newRow("sendmail deferred, 1st of 2") << sm << 1 << "erin@example.net" << "deferred" << "4.0.0" << "" << "expired" << "mx.example.net" << "" << "" << "4" << "04:00:02";
    QTest::newRow("sendmail deferred, 2nd of 2") << sm << 2 << "frank@example.net" << "deferred" << "4.0.0" << "" << "expired" << "mx.example.net" << "" << "" << "4" << "04:00:02";
    QTest::newRow("sendmail 5.2.2") << sm << 3 << "grace@example.com" << "bounced" << "5.2.2" << "" << "mailboxfull" << "mx.example.com" << "192.0.2.40" << "" << "5" << "00:00:03";
    QTest::newRow("sendmail host unknown") << sm << 4 << "ivy@nowhere.example" << "bounced" << "5.1.2" << "" << "hostunknown" << "nowhere.example" << "" << "" << "5" << "00:00:00";

    const QString ms = QStringLiteral("m365-message-trace.txt");
    QTest::newRow("m365 LED recipient not found") << ms << 0 << "bob@fabrikam.com" << "failed" << "5.1.10" << "550" << "userunknown" << "" << "" << "" << "5" << "";
    QTest::newRow("m365 LED deferred") << ms << 1 << "erin@fabrikam.net" << "deferred" << "4.4.0" << "451" << "blocked" << "mx.fabrikam.net" << "203.0.113.5" << "" << "4" << "";
    QTest::newRow("m365 NDR auth required") << ms << 2 << "" << "failed" << "5.7.1" << "550" << "securityerror" << "" << "" << "" << "5" << "";
    QTest::newRow("m365 NDR hop count") << ms << 3 << "" << "failed" << "5.4.14" << "554" << "networkerror" << "" << "" << "" << "5" << "";

    QTest::newRow("ses 1st recipient") << "ses-bounce.json" << 0 << "jane@example.com" << "permanent" << "5.1.1" << "550" << "userunknown" << "" << "192.0.2.50" << "" << "5" << "";
    QTest::newRow("ses 2nd recipient") << "ses-bounce.json" << 1 << "richard@example.com" << "permanent" << "5.1.1" << "550" << "userunknown" << "" << "192.0.2.50" << "" << "5" << "";
    QTest::newRow("sendgrid bounce") << "sendgrid-events.json" << 0 << "bob@example.org" << "bounce" << "5.1.1" << "550" << "userunknown" << "" << "" << "" << "5" << "";
    QTest::newRow("sendgrid dropped") << "sendgrid-events.json" << 1 << "carl@example.net" << "dropped" << "5.0.0" << "" << "suppressed" << "" << "" << "" << "5" << "";
    QTest::newRow("sendgrid deferred yahoo") << "sendgrid-events.json" << 2 << "dana@example.com" << "deferred" << "4.7.0" << "421" << "badreputation" << "" << "" << "" << "4" << "";
    QTest::newRow("mailgun webhook") << "mailgun-failed.json" << 0 << "alice@example.com" << "permanent" << "5.1.1" << "550" << "userunknown" << "mx.example.com" << "" << "" << "5" << "";
    QTest::newRow("postmark hard bounce") << "postmark-bounce.json" << 0 << "john@example.com" << "HardBounce" << "5.1.1" << "550" << "userunknown" << "" << "" << "" << "5" << "";
    QTest::newRow("jsonl ses via sns, suppressed") << "esp-events.jsonl" << 0 << "gone@example.com" << "permanent" << "" << "" << "suppressed" << "" << "" << "" << "5" << "";
    QTest::newRow("jsonl postmark soft") << "esp-events.jsonl" << 1 << "full@example.org" << "SoftBounce" << "4.2.2" << "452" << "mailboxfull" << "" << "" << "" << "4" << "";
    QTest::newRow("jsonl mailgun temporary") << "esp-events.jsonl" << 2 << "later@example.net" << "temporary" << "4.7.0" << "421" << "blocked" << "mx.example.net" << "" << "" << "4" << "";
    // clang-format on
}

void TestLogReaders::results()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    const QList<Logs::DeliveryResult> all = readFixture(fixture);
    QVERIFY2(index < all.size(), qPrintable(QStringLiteral("only %1 results").arg(all.size())));
    const Logs::DeliveryResult &r = all.at(index);
    QTEST(r.recipient, "recipient");
    QTEST(r.action, "action");
    QTEST(r.parsed.status, "status");
    QTEST(r.parsed.replyCode, "replyCode");
    QTEST(Codes::reasonName(r.parsed.reason), "reason");
    QTEST(r.remoteHost, "remoteHost");
    QTEST(r.remoteIp, "remoteIp");
    QTEST(r.parsed.command, "command");
    QTEST(QString(r.statusClass), "statusClass");
    QTEST(r.delay, "delay");
    QVERIFY(r.parsed.recognized);
}

void TestLogReaders::resultCounts_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("results");
    // Sent/delivered lines, connects, queue lines, "Completed", opens and a delivered trace row
    // are not results.
    QTest::newRow("postfix") << "postfix-mail.log" << 9;
    QTest::newRow("exim") << "exim-mainlog" << 9;
    QTest::newRow("sendmail") << "sendmail-maillog" << 5;
    QTest::newRow("m365") << "m365-message-trace.txt" << 4;
    QTest::newRow("ses") << "ses-bounce.json" << 2;
    QTest::newRow("sendgrid") << "sendgrid-events.json" << 3;
    QTest::newRow("mailgun") << "mailgun-failed.json" << 1;
    QTest::newRow("postmark") << "postmark-bounce.json" << 1;
    QTest::newRow("jsonl") << "esp-events.jsonl" << 3;
}

void TestLogReaders::resultCounts()
{
    QFETCH(QString, fixture);
    QTEST(int(readFixture(fixture).size()), "results");
}

void TestLogReaders::spansPointAtTheirParts()
{
    for (const QString &name : {QStringLiteral("postfix-mail.log"), QStringLiteral("exim-mainlog"), QStringLiteral("sendmail-maillog"),
                                QStringLiteral("m365-message-trace.txt")}) {
        for (const Logs::DeliveryResult &r : readFixture(name)) {
            bool sawReply = false;
            for (const Logs::Span &s : r.spans) {
                QVERIFY(s.start >= 0 && s.end <= r.input.size() && s.start < s.end);
                const QString text = r.input.mid(s.start, s.end - s.start);
                if (s.part == QLatin1String("recipient"))
                    QCOMPARE(text, r.recipient);
                if (s.part == QLatin1String("reply")) {
                    QCOMPARE(text, r.diagnostic);
                    sawReply = true;
                }
                if (s.part == QLatin1String("remote_host"))
                    QVERIFY2(text.contains(r.remoteHost), qPrintable(text));
            }
            QVERIFY2(sawReply, qPrintable(r.input));
        }
    }
}

void TestLogReaders::skippedLinesAreLogLines()
{
    // Lines that are no failure are recognised as log lines (skipped silently), not explained.
    const char *lines[] = {
        "Mar  1 10:00:00 mail postfix/smtpd[2101]: connect from client.example.net[198.51.100.7]",
        "Mar  1 10:00:02 mail postfix/smtp[2103]: 4F3A12C0A1: to=<carol@example.org>, relay=mx1.example.org[192.0.2.25]:25, "
        "delay=1.3, delays=0.05/0.01/0.6/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7D1E3F)",
        "2024-03-01 10:00:01 1rfGhI-0001aB-Cd => carol@example.org R=dnslookup T=remote_smtp H=mx1.example.org [192.0.2.25] "
        "C=\"250 2.0.0 Ok: queued as 7D1E3F\"",
        "2024-03-01 10:00:07 1rfGhI-0001aB-Cd Completed",
    };
    for (const char *line : lines) {
        const Logs::PastedInput p = Logs::readPastedInput(QString::fromLatin1(line));
        QCOMPARE(int(p.kind), int(Logs::PastedInput::Kind::LogLine));
        QVERIFY(p.results.isEmpty());
    }
    const Logs::PastedInput n = Logs::readPastedInput(
        QStringLiteral("Mar  1 10:00:06 mail postfix/bounce[2107]: 4F3A12C0A1: sender non-delivery notification: 8C9D0E1F2A"));
    QCOMPARE(int(n.kind), int(Logs::PastedInput::Kind::Notification));
    // An SMTP reply by itself is left to the reply parser, as before.
    const Logs::PastedInput reply = Logs::readPastedInput(QStringLiteral("550 5.1.1 <bob@example.org>: User unknown"));
    QCOMPARE(int(reply.kind), int(Logs::PastedInput::Kind::Other));
}

void TestLogReaders::garbageIsNotRecognized()
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/garbage.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5);
    for (const QString &line : lines) {
        const Logs::PastedInput p = Logs::readPastedInput(line);
        QVERIFY2(p.kind == Logs::PastedInput::Kind::Other, qPrintable(line));
        QVERIFY2(!Codes::parseLine(line).recognized, qPrintable(line));
    }
}

void TestLogReaders::summaryCounts()
{
    Logs::LogSummary s;
    readFixture(QStringLiteral("postfix-mail.log"), &s);
    QCOMPARE(s.lines, 15);
    QCOMPARE(s.results, 9);
    QCOMPARE(s.domains.value(QStringLiteral("example.com")), 3); // grace, henry, info
    QCOMPARE(s.actions.value(QStringLiteral("deferred")), 2);
    QCOMPARE(s.reasons.value(QStringLiteral("mailboxfull")), 1);
}

void TestLogReaders::hugeLineIsNoLogRecord()
{
    // A pasted megabyte of repeated field openings: no result, and no pattern is run over it
    // (a backtracking "to=<" scan from every offset would not finish).
    const QString huge = QStringLiteral("Mar  1 10:00:00 mail postfix/smtp[1]: ") + QStringLiteral("to=<, status=deferred (").repeated(50000);
    QVERIFY(huge.size() > 1000000);
    QVERIFY(Logs::readLogLine(huge).isEmpty());
    // Just under the cap, a real line with a long reply is still read.
    const QString longReply = QStringLiteral(
        "Mar  1 10:00:02 mail postfix/smtp[2103]: 4F3A12C0A1: to=<bob@example.org>, relay=mx1.example.org[192.0.2.25]:25, "
        "delay=1.2, delays=0.05/0.01/0.6/0.54, dsn=5.1.1, status=bounced (host mx1.example.org[192.0.2.25] said: 550 5.1.1 ")
        + QString(30000, QLatin1Char('x')) + QStringLiteral(" User unknown (in reply to RCPT TO command))");
    const QList<Logs::DeliveryResult> r = Logs::readLogLine(longReply);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().recipient, QStringLiteral("bob@example.org"));
}

QTEST_GUILESS_MAIN(TestLogReaders)
#include "TestLogReaders.moc"
