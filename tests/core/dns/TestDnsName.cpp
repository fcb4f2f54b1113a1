// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "dns/DnsName.h"
#include "dns/ServerConfig.h"

using namespace Dns;

class TestDnsName : public QObject
{
    Q_OBJECT

private slots:
    void reverseNames();
    void validity();
    void aceForm_data();
    void aceForm();
    void serverSpec_data();
    void serverSpec();
};

void TestDnsName::reverseNames()
{
    QCOMPARE(DnsName::reverseName(QHostAddress(QStringLiteral("192.0.2.1"))), QStringLiteral("1.2.0.192.in-addr.arpa"));
    QCOMPARE(DnsName::reverseName(QHostAddress(QStringLiteral("2001:db8::1"))),
             QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    QCOMPARE(DnsName::reverseName(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))), QStringLiteral("1.2.0.192.in-addr.arpa"));
    QVERIFY(DnsName::reverseName(QHostAddress()).isEmpty());
    QCOMPARE(DnsName::normalize(QStringLiteral("Mail.Example.ORG.")), QStringLiteral("mail.example.org"));
    QVERIFY(DnsName::isSubdomainOf(QStringLiteral("a.b.example.org"), QStringLiteral("Example.org.")));
    QVERIFY(!DnsName::isSubdomainOf(QStringLiteral("badexample.org"), QStringLiteral("example.org")));
}

void TestDnsName::validity()
{
    QVERIFY(DnsName::isValid(QStringLiteral("example.org")));
    QVERIFY(!DnsName::isValid(QStringLiteral("a..example.org")));
    QVERIFY(!DnsName::isValid(QString(64, QLatin1Char('a')) + QStringLiteral(".org")));
    QVERIFY(DnsName::isValid(QString(63, QLatin1Char('a')) + QStringLiteral(".org")));
    QVERIFY(!DnsName::isValid(QString()));
}

void TestDnsName::aceForm_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ace"); // empty: refused
    QTest::newRow("ascii kept") << QStringLiteral("Mail.Example.ORG.") << QStringLiteral("mail.example.org");
    QTest::newRow("underscore labels kept") << QStringLiteral("_dmarc.example.org") << QStringLiteral("_dmarc.example.org");
    QTest::newRow("u-label") << QStringLiteral("B\u00fccher.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("u-label under _dmarc") << QStringLiteral("_dmarc.b\u00fccher.example") << QStringLiteral("_dmarc.xn--bcher-kva.example");
    QTest::newRow("ideographic full stop (UTS 46)") << QStringLiteral("b\u00fccher\u3002example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("sharp s, non-transitional (IDNA 2008)") << QStringLiteral("fa\u00df.de") << QStringLiteral("xn--fa-hia.de");
    QTest::newRow("a-label kept") << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("space") << QStringLiteral("a b.example") << QString();
    QTest::newRow("backslash escape") << QStringLiteral("a\\046b.example") << QString();
    QTest::newRow("escape sequence") << QStringLiteral("\u001b[31m.example") << QString();
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral(".example")) << QString();
    QTest::newRow("empty label") << QStringLiteral("a..example") << QString();
    QTest::newRow("label of 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".example") << QString();
    QTest::newRow("u-label over 63 as a-label") << QString(60, QChar(0xFC)) + QStringLiteral(".example") << QString();
    QTest::newRow("254 octets") << QString(QString(63, QLatin1Char('z')) + QLatin1Char('.')).repeated(3) + QString(62, QLatin1Char('w')) << QString();
}

void TestDnsName::aceForm()
{
    QFETCH(QString, name);
    QFETCH(QString, ace);
    QCOMPARE(DnsName::toAce(name), ace);
    QCOMPARE(DnsName::isValid(name), !ace.isEmpty());
}

void TestDnsName::serverSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("v4") << QStringLiteral("127.0.0.1") << true << QStringLiteral("127.0.0.1") << 53;
    QTest::newRow("v4-port") << QStringLiteral("127.0.0.1:5300") << true << QStringLiteral("127.0.0.1") << 5300;
    QTest::newRow("v6-bare") << QStringLiteral("::1") << true << QStringLiteral("::1") << 53;
    QTest::newRow("v6-bracket-port") << QStringLiteral("[2001:db8::1]:5300") << true << QStringLiteral("2001:db8::1") << 5300;
    QTest::newRow("v6-bracket") << QStringLiteral("[::1]") << true << QStringLiteral("::1") << 53;
    QTest::newRow("name") << QStringLiteral("dns.example") << false << QString() << 0;
    QTest::newRow("bad-port") << QStringLiteral("127.0.0.1:99999") << false << QString() << 0;
    QTest::newRow("unclosed") << QStringLiteral("[::1:53") << false << QString() << 0;
}

void TestDnsName::serverSpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    const auto result = parseServerSpec(spec, 1500, 2);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().code, QStringLiteral("dns.server-syntax"));
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QCOMPARE(result.value().host, host);
    QCOMPARE(int(result.value().port), port);
    QCOMPARE(result.value().timeoutMs, 1500);
    QCOMPARE(result.value().retries, 2);
}

QTEST_GUILESS_MAIN(TestDnsName)
#include "TestDnsName.moc"
