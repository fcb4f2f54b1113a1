// SPDX-License-Identifier: GPL-3.0-or-later
// Real-world-shaped SMTP error lines (tests/data/codes/explain-lines.txt) against the parser,
// the provider detection and the reason classifier.
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

#include "codes/KnowledgeBase.h"
#include "codes/LineParser.h"

using namespace Codes;

namespace {

struct Row
{
    QString name, reply, status, cls, provider, reason, input;
};

QString field(const QString &s)
{
    return s == QLatin1String("-") ? QString() : s;
}

QList<Row> loadRows()
{
    QList<Row> rows;
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/codes/explain-lines.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList p = line.split(QLatin1Char('|'));
        if (p.size() < 7)
            continue;
        QString input = p.mid(6).join(QLatin1Char('|'));
        input.replace(QLatin1String("\\n"), QLatin1String("\n"));
        rows << Row{p[0], field(p[1]), field(p[2]), field(p[3]), field(p[4]), field(p[5]), input};
    }
    return rows;
}

} // namespace

class TestLineParser : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeAndComplete();
    void lines_data();
    void lines();
    void unrecognized_data();
    void unrecognized();
    void extractsEntitiesAndCommand();
    void foldsGmailContinuation();
    void notesClassMismatch();
    void notesPermanentButTemporary();
    void notesUnregisteredCode();
    void hugeInputDoesNotHang();
};

void TestLineParser::corpusIsLargeAndComplete()
{
    const QList<Row> rows = loadRows();
    QVERIFY2(rows.size() >= 120, qPrintable(QString::number(rows.size())));
    QSet<QString> reasons, providers;
    for (const Row &r : rows) {
        reasons.insert(r.reason);
        providers.insert(r.provider);
    }
    for (int i = 0; i < reasonCount; ++i) {
        const QString name = reasonName(static_cast<Reason>(i));
        QVERIFY2(reasons.contains(name), qPrintable(QStringLiteral("no line for reason ") + name));
    }
    for (const char *p : {"gmail", "microsoft", "yahoo", "apple", "comcast", "att"})
        QVERIFY2(providers.contains(QString::fromLatin1(p)), p);
}

void TestLineParser::lines_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("reason");
    for (const Row &r : loadRows())
        QTest::newRow(qPrintable(r.name)) << r.input << r.reply << r.status << r.cls << r.provider << r.reason;
}

void TestLineParser::lines()
{
    QFETCH(QString, input);
    QFETCH(QString, reply);
    QFETCH(QString, status);
    QFETCH(QString, cls);
    QFETCH(QString, provider);
    QFETCH(QString, reason);
    const ParsedLine p = parseLine(input);
    QVERIFY(p.recognized);
    QCOMPARE(p.replyCode, reply);
    QCOMPARE(p.status, status);
    QCOMPARE(KnowledgeBase::classKey(p.statusClass()), cls);
    QCOMPARE(p.provider, provider);
    QCOMPARE(reasonName(p.reason), reason);
    QCOMPARE(p.hardBounce, isHardBounce(p.reason, p.statusClass()));
}

void TestLineParser::unrecognized_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("hello") << QStringLiteral("hello world");
    QTest::newRow("999") << QStringLiteral("999 9.9.9");
    QTest::newRow("empty") << QString();
    QTest::newRow("blanks") << QStringLiteral("   \n\t ");
    QTest::newRow("order") << QStringLiteral("Thank you for your order #550-1234! Your 3 items ship on 5.1.2025 to 42 Main St.");
    QTest::newRow("version") << QStringLiteral("Postfix version 2.4.6 released");
    QTest::newRow("helo") << QStringLiteral("EHLO example.com");
    QTest::newRow("ip") << QStringLiteral("5.1.1.1");
    QTest::newRow("number") << QStringLiteral("Invoice total 550.00 EUR");
    QTest::newRow("prose-failure") << QStringLiteral("Delivery to the following recipient failed permanently: x@example.com");
    QTest::newRow("version-colon") << QStringLiteral("Updated to release 2.4.6 today");
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff garbage \x7f");
}

void TestLineParser::unrecognized()
{
    QFETCH(QString, input);
    const ParsedLine p = parseLine(input);
    QVERIFY(!p.recognized);
    QCOMPARE(p.reason, Reason::Undefined);
    QVERIFY(!p.hardBounce);
}

void TestLineParser::extractsEntitiesAndCommand()
{
    const ParsedLine p = parseLine(QStringLiteral(
        "host mx1.example.org[192.0.2.25] said: 550 5.1.1 <carol@example.org>: Recipient address rejected: "
        "User unknown (in reply to RCPT TO command) via [2001:db8::7]"));
    QCOMPARE(p.command, QStringLiteral("RCPT"));
    QCOMPARE(p.entities.ips, (QStringList{QStringLiteral("192.0.2.25"), QStringLiteral("2001:db8::7")}));
    QCOMPARE(p.entities.addresses, QStringList{QStringLiteral("carol@example.org")});
    QVERIFY(p.entities.domains.contains(QStringLiteral("mx1.example.org")));
    QVERIFY(p.entities.domains.contains(QStringLiteral("example.org")));
    QVERIFY(p.hardBounce);

    QCOMPARE(parseLine(QStringLiteral("host a.example[192.0.2.1] said: 552 5.3.4 Message too big (in reply to end of DATA command)")).command,
             QStringLiteral("DATA"));
    QCOMPARE(parseLine(QStringLiteral("SMTP error from remote mail server after MAIL FROM:<a@b.example> SIZE=1: 553 5.1.8 Sender rejected")).command,
             QStringLiteral("MAIL"));
    QCOMPARE(parseLine(QStringLiteral("SMTP error from remote mail server after initial connection: 554 Blocked")).command,
             QStringLiteral("CONNECT"));
}

void TestLineParser::foldsGmailContinuation()
{
    const ParsedLine p = parseLine(QStringLiteral(
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
        "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain\r\n"
        "550 5.7.26 if this was a legitimate mail. a1si1 - gsmtp"));
    QVERIFY(p.text.contains(QLatin1String("domain's DMARC policy")));
    QVERIFY(!p.text.contains(QLatin1String("550-")));
    QCOMPARE(p.provider, QStringLiteral("gmail"));
    QCOMPARE(p.reason, Reason::AuthFailure);
    QVERIFY(!p.hardBounce);
}

void TestLineParser::notesClassMismatch()
{
    const ParsedLine p = parseLine(QStringLiteral("550 4.2.2 Mailbox quota exceeded"));
    QCOMPARE(p.notes.size(), p.noteSources.size());
    QVERIFY(!p.notes.filter(QStringLiteral("disagree")).isEmpty());
    QVERIFY(parseLine(QStringLiteral("550 5.2.2 Mailbox quota exceeded")).notes.filter(QStringLiteral("disagree")).isEmpty());
}

void TestLineParser::notesPermanentButTemporary()
{
    const ParsedLine rate = parseLine(QStringLiteral("550 5.4.5 Daily user sending quota exceeded. a1si1 - gsmtp"));
    QVERIFY(!rate.notes.filter(QStringLiteral("temporary")).isEmpty());
    QVERIFY(!rate.hardBounce);
    const ParsedLine ms = parseLine(QStringLiteral(
        "550 5.7.1 Unfortunately, messages from [192.0.2.77] weren't sent. Please contact your Internet service provider "
        "since part of their network is on our block list (S3150). [AM5EUR03FT012.eop-EUR03.prod.protection.outlook.com]"));
    QCOMPARE(ms.providerTag, QStringLiteral("S3150"));
    QVERIFY(!ms.notes.filter(QStringLiteral("temporary")).isEmpty());
    const ParsedLine user = parseLine(QStringLiteral("550 5.1.1 User unknown"));
    QVERIFY(user.notes.filter(QStringLiteral("temporary")).isEmpty());
}

void TestLineParser::notesUnregisteredCode()
{
    const ParsedLine p = parseLine(QStringLiteral("550 5.7.606 Access denied, banned sending IP [192.0.2.61]. sender.office.com"));
    QVERIFY(!p.notes.filter(QStringLiteral("not in the IANA registry")).isEmpty());
}

void TestLineParser::hugeInputDoesNotHang()
{
    QString big = QStringLiteral("550 5.1.1 ");
    big += QString(2'000'000, QLatin1Char('a')) + QStringLiteral("@") + QString(200'000, QLatin1Char('.'));
    QElapsedTimer t;
    t.start();
    const ParsedLine p = parseLine(big);
    QVERIFY(p.recognized);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
}

QTEST_GUILESS_MAIN(TestLineParser)
#include "TestLineParser.moc"
