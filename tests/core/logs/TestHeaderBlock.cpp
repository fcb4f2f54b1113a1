// SPDX-License-Identifier: GPL-3.0-or-later
// A message header pasted on its own (Gmail's "Show original", Outlook's message details) is
// read as the returned original: hops, authentication results, DKIM, From, Message-ID, the
// sending IP of the one rule (Diagnosis::SendingIp); bounces, DSN fields and log lines are not.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "logs/HeaderBlock.h"

class TestHeaderBlock : public QObject
{
    Q_OBJECT

private slots:
    void gmailShowOriginal();
    void outlookMessageDetails();
    void jsonObject();
    void notAHeaderBlock_data();
    void notAHeaderBlock();

private:
    static QString fixture(const QString &path);
};

QString TestHeaderBlock::fixture(const QString &path)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/") + path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

void TestHeaderBlock::gmailShowOriginal()
{
    const auto a = Logs::readHeaderBlock(fixture(QStringLiteral("logs/headers-gmail-show-original.txt")));
    QVERIFY(a.has_value());
    QCOMPARE(a->kind, Dsn::Kind::NotBounce);
    QVERIFY(a->recipients.isEmpty());
    const Dsn::OriginalMessage &o = a->original;
    QVERIFY(o.present);
    QVERIFY(!o.headersOnly); // the body after the empty line came with it
    QVERIFY(o.from.contains(QLatin1String("alice@example.org")));
    QCOMPARE(o.messageId, QStringLiteral("<20240301100005.4F3A12C0A1@mail.example.org>"));
    QCOMPARE(o.received.size(), 3); // X-Received is no Received field
    QCOMPARE(o.dkim.size(), 1);
    QCOMPARE(o.dkim.first().domain, QStringLiteral("example.org"));
    QCOMPARE(o.dkim.first().selector, QStringLiteral("mail2024"));
    QCOMPARE(o.authenticationResults.size(), 1);
    QVERIFY(o.authenticationResults.first().contains(QLatin1String("dmarc=pass")));
    const Logs::HeaderCheckTarget t = Logs::checkTargetOf(*a);
    QCOMPARE(t.domain, QStringLiteral("example.org"));
    // The author's own submission (ESMTPSA from a home line) is skipped: the server that
    // handed the message to Gmail is the sending IP.
    QCOMPARE(t.ip, QStringLiteral("198.51.100.7"));
    QVERIFY(!t.ipWhy.isEmpty());
    QCOMPARE(t.sender, QStringLiteral("alice@example.org"));
    QCOMPARE(t.selectors, QStringList{QStringLiteral("mail2024")});
}

void TestHeaderBlock::outlookMessageDetails()
{
    const auto a = Logs::readHeaderBlock(fixture(QStringLiteral("logs/headers-outlook-message-details.txt")));
    QVERIFY(a.has_value());
    const Dsn::OriginalMessage &o = a->original;
    QVERIFY(o.headersOnly);
    QCOMPARE(o.received.size(), 3);
    QVERIFY(o.authenticationResults.first().contains(QLatin1String("spf=softfail")));
    const Logs::HeaderCheckTarget t = Logs::checkTargetOf(*a);
    QCOMPARE(t.domain, QStringLiteral("shop.example.com"));
    QCOMPARE(t.ip, QStringLiteral("203.0.113.77")); // the earliest public hop, not Microsoft's own
    QCOMPARE(t.sender, QStringLiteral("bounces+4711@shop.example.com"));
    QCOMPARE(t.selectors, QStringList{QStringLiteral("s1")});
}

void TestHeaderBlock::jsonObject()
{
    const QString text = fixture(QStringLiteral("logs/headers-gmail-show-original.txt"));
    const auto a = Logs::readHeaderBlock(text);
    QVERIFY(a.has_value());
    const QJsonObject o = Logs::headerBlockJson(*a, text);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("headers"));
    QVERIFY(o.value(QStringLiteral("recognized")).toBool());
    QCOMPARE(o.value(QStringLiteral("input")).toString(), text);
    const QJsonObject original = o.value(QStringLiteral("original")).toObject();
    QCOMPARE(original.value(QStringLiteral("received")).toArray().size(), 3);
    QCOMPARE(original.value(QStringLiteral("dkim")).toArray().first().toObject().value(QStringLiteral("s")).toString(),
             QStringLiteral("mail2024"));
    const QJsonObject check = o.value(QStringLiteral("check")).toObject();
    QCOMPARE(check.value(QStringLiteral("domain")).toString(), QStringLiteral("example.org"));
    QCOMPARE(check.value(QStringLiteral("ip")).toString(), QStringLiteral("198.51.100.7"));
    QCOMPARE(check.value(QStringLiteral("ip_source")).toString(), QStringLiteral("relay"));
}

void TestHeaderBlock::notAHeaderBlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a whole bounce") << fixture(QStringLiteral("report/gmail-5.7.26-two-recipients.eml"));
    QTest::newRow("a bounce without trace fields") << fixture(QStringLiteral("dsn/qmail-free-text.eml"));
    QTest::newRow("DSN fields") << QStringLiteral("Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; bob@example.org\n"
                                                  "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n");
    QTest::newRow("two fields") << QStringLiteral("Message-ID: <a@example.org>\nFrom: alice@example.org\n");
    QTest::newRow("no trace or identity field") << QStringLiteral("From: alice@example.org\nTo: bob@example.org\nSubject: hi\n");
    QTest::newRow("log excerpt") << fixture(QStringLiteral("logs/postfix-mail.log"));
    QTest::newRow("SMTP reply") << QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
    QTest::newRow("empty") << QString();
}

void TestHeaderBlock::notAHeaderBlock()
{
    QFETCH(QString, text);
    QVERIFY(!Logs::readHeaderBlock(text).has_value());
}

QTEST_GUILESS_MAIN(TestHeaderBlock)
#include "TestHeaderBlock.moc"
