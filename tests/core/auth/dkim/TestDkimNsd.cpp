// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM key checks and verification against a real NSD on a loopback port (tests/support NsdServer),
// through the ldns resolver: one selector per finding, multi-string keys, and a dead server.
#include <QFile>
#include <QTest>

#include "NsdServer.h"
#include "StubDnsServer.h"
#include "auth/dkim/DkimKeyChecker.h"
#include "auth/dkim/DkimVerifier.h"
#include "dns/LdnsResolver.h"

using namespace Auth;

namespace {

const QByteArray rsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB";
const QByteArray rsa512 = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMNFLekWjH1fvkH5YrOYnf7s4Xp3t6OcxzHrXjq78bRtPgfLvNJVoC5vd5WE05Y7DQzIZXDCunHoUiYjnnS7gOUCAwEAAQ==";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray rsa2048Record()
{
    return readFile(QStringLiteral(BOUNCELENS_TEST_DATA "/dkim/rsa2048-test.txt")).trimmed();
}

QStringList ids(const Findings &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << f.id + QLatin1Char('/') + severityName(f.severity);
    return list;
}

} // namespace

class TestDkimNsd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFindings_data();
    void keyFindings();
    void verifyOverRealDns();
    void deadServerIsUnknown();

private:
    TestSupport::NsdServer m_nsd;
};

void TestDkimNsd::initTestCase()
{
    const QByteArray good = rsa2048Record();
    QVERIFY(!good.isEmpty());
    TestSupport::ZoneBuilder zone(QStringLiteral("dkim.test"));
    zone.txt(QStringLiteral("good._domainkey"), QString::fromLatin1(good)) // 411 octets: split into two strings
        .txt(QStringLiteral("revoked._domainkey"), QStringLiteral("v=DKIM1; k=rsa; p="))
        .txt(QStringLiteral("weak512._domainkey"), QString::fromLatin1("v=DKIM1; k=rsa; p=" + rsa512))
        .txt(QStringLiteral("warn1024._domainkey"), QString::fromLatin1("v=DKIM1; k=rsa; p=" + rsa1024))
        .txt(QStringLiteral("testing._domainkey"), QString::fromLatin1(QByteArray(good).replace("k=rsa;", "k=rsa; t=y;")))
        .txt(QStringLiteral("syntax._domainkey"), QStringLiteral("v=DKIM1; k=rsa; p=MIGfMA0G*broken*"))
        .txt(QStringLiteral("multistring._domainkey"), QList<QByteArray>{"v=DKIM1; k=rsa; ", "p=" + rsa1024.left(100), rsa1024.mid(100)})
        .a(QStringLiteral("nodata._domainkey"), QStringLiteral("192.0.2.1"));
    m_nsd.addZone(zone);
    TestSupport::ZoneBuilder signer(QStringLiteral("bouncelens.test"));
    signer.txt(QStringLiteral("mail2048._domainkey"), QString::fromLatin1(good));
    m_nsd.addZone(signer);
    TestSupport::ZoneBuilder football(QStringLiteral("football.example.com"));
    football.txt(QStringLiteral("test._domainkey"), QString::fromLatin1("v=DKIM1; k=rsa; p=" + rsa1024))
        .txt(QStringLiteral("brisbane._domainkey"), QStringLiteral("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="));
    m_nsd.addZone(football);
    QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
}

void TestDkimNsd::keyFindings_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("bits");
    QTest::newRow("good-2048-two-strings") << "good" << QStringList{QStringLiteral("dkim.key-ok/ok")} << 2048;
    QTest::newRow("missing-nxdomain") << "absent" << QStringList{QStringLiteral("dkim.key-missing/error")} << 0;
    QTest::newRow("missing-nodata") << "nodata" << QStringList{QStringLiteral("dkim.key-missing/error")} << 0;
    QTest::newRow("revoked") << "revoked" << QStringList{QStringLiteral("dkim.key-revoked/error")} << 0;
    QTest::newRow("weak-512") << "weak512" << QStringList{QStringLiteral("dkim.weak-key/error")} << 512;
    QTest::newRow("warn-1024") << "warn1024" << QStringList{QStringLiteral("dkim.weak-key/warning")} << 1024;
    QTest::newRow("testing") << "testing" << QStringList{QStringLiteral("dkim.testing/warning")} << 2048;
    QTest::newRow("syntax") << "syntax" << QStringList{QStringLiteral("dkim.key-syntax/error")} << 0;
    QTest::newRow("multi-string") << "multistring" << QStringList{QStringLiteral("dkim.weak-key/warning")} << 1024;
}

void TestDkimNsd::keyFindings()
{
    QFETCH(QString, selector);
    QFETCH(QStringList, expected);
    QFETCH(int, bits);
    Dns::LdnsResolver resolver(m_nsd.serverConfig(1000, 1));
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("dkim.test"), {{selector, DkimSelectorSource::User, {}}});
    QCOMPARE(report.keys.size(), 1);
    QCOMPARE(ids(report.findings), expected);
    const DkimKeyCheck &key = report.keys.first();
    QCOMPARE(key.key ? key.key->keyBits : 0, bits);
    for (const Finding &f : report.findings)
        QVERIFY(f.evidence.contains(selector + QStringLiteral("._domainkey.dkim.test")));
}

void TestDkimNsd::verifyOverRealDns()
{
    Dns::LdnsResolver resolver(m_nsd.serverConfig(1000, 1));
    DkimVerifier verifier(resolver);
    DkimVerifyOptions options;
    options.now = 1700003600;
    const QList<DkimVerification> own = verifier.verify(
        readFile(QStringLiteral(BOUNCELENS_TEST_DATA "/dkim/newsletter-signed-rsa2048.eml")), options);
    QCOMPARE(own.size(), 1);
    QCOMPARE(dkimResultName(own.first().result), QStringLiteral("pass"));
    QCOMPARE(own.first().key->keyBits, 2048);

    // RFC 8463 A.3: one Ed25519 and one RSA signature, keys served by NSD.
    const QList<DkimVerification> rfc = verifier.verify(
        readFile(QStringLiteral(BOUNCELENS_SHARED_DIR "/conformance/dkim/messages/rfc8463-A3.eml")));
    QCOMPARE(rfc.size(), 2);
    QCOMPARE(dkimResultName(rfc.at(0).result), QStringLiteral("pass"));
    QCOMPARE(rfc.at(0).signature.keyType, DkimKeyType::Ed25519);
    QCOMPARE(dkimResultName(rfc.at(1).result), QStringLiteral("pass"));
}

void TestDkimNsd::deadServerIsUnknown()
{
    TestSupport::StubDnsServer dead(TestSupport::StubDnsServer::Behaviour::BlackHole);
    QVERIFY(dead.isListening());
    Dns::LdnsResolver resolver(dead.serverConfig(200, 0));
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("dkim.test"), {{QStringLiteral("good"), DkimSelectorSource::User, {}}});
    QCOMPARE(ids(report.findings), QStringList{QStringLiteral("dkim.dns-error/unknown")});
    DkimVerifier verifier(resolver);
    const QList<DkimVerification> results = verifier.verify(
        readFile(QStringLiteral(BOUNCELENS_TEST_DATA "/dkim/newsletter-signed-rsa2048.eml")));
    QCOMPARE(dkimResultName(results.first().result), QStringLiteral("temperror"));
    QCOMPARE(results.first().reason, QStringLiteral("dns_timeout"));
}

QTEST_GUILESS_MAIN(TestDkimNsd)
#include "TestDkimNsd.moc"
