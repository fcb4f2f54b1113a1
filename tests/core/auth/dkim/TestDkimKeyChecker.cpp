// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "FakeResolver.h"
#include "StubDnsServer.h"
#include "dns/LdnsResolver.h"
#include "auth/dkim/DkimKeyChecker.h"

using namespace Auth;

namespace {

const QByteArray rsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB";
const QByteArray rsa512 = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMNFLekWjH1fvkH5YrOYnf7s4Xp3t6OcxzHrXjq78bRtPgfLvNJVoC5vd5WE05Y7DQzIZXDCunHoUiYjnnS7gOUCAwEAAQ==";

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/dkim/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString q(const char *selector) { return QLatin1String(selector) + QStringLiteral("._domainkey.example.org"); }

QStringList ids(const Findings &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << f.id + QLatin1Char('/') + severityName(f.severity);
    return list;
}

} // namespace

class TestDkimKeyChecker : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void multiStringKey();
    void testingFixIsExactRecord();
    void selectorSources();
    void commonListOnlyReportsHits();
    void commonListNothingFound();
    void allLookupsTimedOutIsUnknownNotMissing();
};

void TestDkimKeyChecker::keys_data()
{
    QTest::addColumn<QByteArray>("record"); // empty = no record; "TIMEOUT" = DNS timeout
    QTest::addColumn<QStringList>("expected");
    const QByteArray rsa2048 = readData(QStringLiteral("rsa2048-test.txt")).trimmed();
    QTest::newRow("good-2048") << rsa2048 << QStringList{QStringLiteral("dkim.key-ok/ok")};
    QTest::newRow("missing") << QByteArray() << QStringList{QStringLiteral("dkim.key-missing/error")};
    QTest::newRow("timeout") << QByteArray("TIMEOUT") << QStringList{QStringLiteral("dkim.dns-error/unknown")};
    QTest::newRow("revoked") << QByteArray("v=DKIM1; k=rsa; p=") << QStringList{QStringLiteral("dkim.key-revoked/error")};
    QTest::newRow("weak-512") << "v=DKIM1; k=rsa; p=" + rsa512 << QStringList{QStringLiteral("dkim.weak-key/error")};
    QTest::newRow("warn-1024") << "v=DKIM1; k=rsa; p=" + rsa1024 << QStringList{QStringLiteral("dkim.weak-key/warning")};
    QTest::newRow("testing-2048") << QByteArray(rsa2048).replace("k=rsa;", "k=rsa; t=y;") << QStringList{QStringLiteral("dkim.testing/warning")};
    QTest::newRow("syntax") << QByteArray("v=DKIM1; k=rsa; p=not base64!") << QStringList{QStringLiteral("dkim.key-syntax/error")};
    QTest::newRow("v-not-first") << "k=rsa; v=DKIM1; p=" + rsa1024 << QStringList{QStringLiteral("dkim.key-syntax/error")};
    QTest::newRow("service-tlsrpt") << QByteArray(rsa2048).replace("k=rsa;", "k=rsa; s=tlsrpt;") << QStringList{QStringLiteral("dkim.key-unsuitable/error")};
}

void TestDkimKeyChecker::keys()
{
    QFETCH(QByteArray, record);
    QFETCH(QStringList, expected);
    TestSupport::FakeResolver resolver;
    if (record == "TIMEOUT")
        resolver.setOutcome(q("sel"), Dns::RrType::TXT, Dns::Outcome::Timeout);
    else if (!record.isEmpty())
        resolver.addTxt(q("sel"), record);
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("Example.org"), {{QStringLiteral("sel"), DkimSelectorSource::User, {}}});
    QCOMPARE(report.domain, QStringLiteral("example.org"));
    QCOMPARE(report.keys.size(), 1);
    QCOMPARE(report.keys.first().query, q("sel"));
    QCOMPARE(ids(report.findings), expected);
    for (const Finding &f : report.findings) {
        QVERIFY(f.evidence.contains(q("sel")));
        QVERIFY(!f.message.isEmpty());
        QCOMPARE(f.fix.isEmpty(), f.severity == Severity::Ok);
        if (!record.isEmpty() && record != "TIMEOUT")
            QVERIFY(f.evidence.contains(QString::fromLatin1(record)));
    }
}

void TestDkimKeyChecker::multiStringKey()
{
    TestSupport::FakeResolver resolver;
    const QByteArray text = "v=DKIM1; k=rsa; p=" + rsa1024;
    resolver.addTxtStrings(q("split"), {text.left(60), text.mid(60)});
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("example.org"), {{QStringLiteral("split"), DkimSelectorSource::User, {}}});
    QVERIFY(report.keys.first().key.has_value());
    QCOMPARE(report.keys.first().key->keyBits, 1024);
    QCOMPARE(report.keys.first().records, QList<QByteArray>{text});
}

void TestDkimKeyChecker::testingFixIsExactRecord()
{
    TestSupport::FakeResolver resolver;
    resolver.addTxt(q("t"), "v=DKIM1; t=y:s; k=rsa; p=" + readData(QStringLiteral("rsa2048-test.txt")).trimmed().split('=').last());
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("example.org"), {{QStringLiteral("t"), DkimSelectorSource::User, {}}});
    QCOMPARE(report.findings.size(), 1);
    const QString record = report.findings.first().recordText();
    QVERIFY2(record.startsWith(QLatin1String("t._domainkey.example.org. 3600 IN TXT \"v=DKIM1; t=s; k=rsa; p=MII")), qPrintable(record));
    // A 2048-bit key is longer than one character-string: split at 255 octets (RFC 1035 3.3.14).
    QVERIFY2(record.contains(QLatin1String("\" \"")), qPrintable(record));
}

void TestDkimKeyChecker::selectorSources()
{
    const QByteArray message = readData(QStringLiteral("newsletter-signed-rsa2048.eml"));
    QVERIFY(!message.isEmpty());
    const QList<DkimSelector> fromMessage = DkimKeyChecker::selectorsFor(QStringLiteral("example.org"), message, {QStringLiteral(" Sel ")});
    QCOMPARE(fromMessage.size(), 2);
    QCOMPARE(fromMessage.at(0).name, QStringLiteral("mail2048"));
    QCOMPARE(fromMessage.at(0).domain, QStringLiteral("bouncelens.test"));
    QCOMPARE(selectorSourceName(fromMessage.at(0).source), QStringLiteral("signature"));
    QCOMPARE(fromMessage.at(1).name, QStringLiteral("sel"));
    QCOMPARE(selectorSourceName(fromMessage.at(1).source), QStringLiteral("user"));

    const QList<DkimSelector> fallback = DkimKeyChecker::selectorsFor(QStringLiteral("example.org"), QByteArray(), {});
    QCOMPARE(fallback.size(), DkimKeyChecker::commonSelectors().size());
    for (const char *name : {"google", "selector1", "selector2", "k1", "s1", "s2", "default", "dkim", "mail", "smtp", "mandrill", "amazonses"})
        QVERIFY2(DkimKeyChecker::commonSelectors().contains(QLatin1String(name)), name);
    for (const DkimSelector &s : fallback)
        QCOMPARE(selectorSourceName(s.source), QStringLiteral("common-list"));

    // A signature selector is checked at the signature's d=, not at the domain asked about.
    TestSupport::FakeResolver resolver;
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("example.org"), fromMessage);
    QCOMPARE(resolver.queryLog(), (QStringList{QStringLiteral("mail2048._domainkey.bouncelens.test/TXT"), q("sel") + QStringLiteral("/TXT")}));
    QCOMPARE(report.findings.size(), 2);
}

void TestDkimKeyChecker::commonListOnlyReportsHits()
{
    TestSupport::FakeResolver resolver;
    resolver.addTxt(q("selector1"), "v=DKIM1; k=rsa; p=" + rsa1024);
    resolver.setOutcome(q("google"), Dns::RrType::TXT, Dns::Outcome::ServFail);
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("example.org"),
                                               DkimKeyChecker::selectorsFor(QStringLiteral("example.org"), {}, {}));
    QCOMPARE(report.commonSelectorsTried, DkimKeyChecker::commonSelectors().size());
    QCOMPARE(report.keys.size(), 2); // the hit and the unknown; absent guesses are not reported
    QCOMPARE(report.keys.at(0).selector, QStringLiteral("google"));
    QCOMPARE(report.keys.at(1).selector, QStringLiteral("selector1"));
    QCOMPARE(ids(report.findings), (QStringList{QStringLiteral("dkim.dns-error/unknown"), QStringLiteral("dkim.weak-key/warning")}));
}

void TestDkimKeyChecker::commonListNothingFound()
{
    TestSupport::FakeResolver resolver;
    DkimKeyChecker checker(resolver);
    const DkimKeyReport report = checker.check(QStringLiteral("example.org"),
                                               DkimKeyChecker::selectorsFor(QStringLiteral("example.org"), {}, {}));
    QVERIFY(report.keys.isEmpty());
    QCOMPARE(ids(report.findings), QStringList{QStringLiteral("dkim.no-selector-found/info")});
    QCOMPARE(resolver.queryCount(), DkimKeyChecker::commonSelectors().size());
}

void TestDkimKeyChecker::allLookupsTimedOutIsUnknownNotMissing()
{
    // Issue 15: "no DKIM key found" was said when every selector look-up had timed out.
    TestSupport::StubDnsServer blackHole(TestSupport::StubDnsServer::Behaviour::BlackHole);
    Dns::LdnsResolver dead(blackHole.serverConfig(20, 0));
    const QList<DkimSelector> common = DkimKeyChecker::selectorsFor(QStringLiteral("example.org"), {}, {});
    const DkimKeyReport report = DkimKeyChecker(dead).check(QStringLiteral("example.org"), common);
    QStringList expected;
    for (int i = 0; i < common.size(); ++i)
        expected.append(QStringLiteral("dkim.dns-error/unknown"));
    QCOMPARE(ids(report.findings), expected);
    // Some selectors answered (NXDOMAIN), the others timed out: "not found" counts only those
    // the DNS answered for.
    TestSupport::StubDnsServer half([](const QByteArray &query) -> QByteArray {
        return TestSupport::StubDnsServer::questionName(query).startsWith(QLatin1Char('s'))
            ? TestSupport::StubDnsServer::reply(query, 3) : QByteArray();
    });
    Dns::LdnsResolver partly(half.serverConfig(20, 0));
    const DkimKeyReport mixed = DkimKeyChecker(partly).check(QStringLiteral("example.org"), common);
    const Finding *none = nullptr;
    for (const Finding &f : mixed.findings)
        none = f.id == QLatin1String("dkim.no-selector-found") ? &f : none;
    QVERIFY(none);
    // selector1, selector2, s1, s2, smtp, sig1
    QVERIFY2(none->message.contains(QLatin1String(" at 6 common selectors")), qPrintable(none->message));
}

QTEST_GUILESS_MAIN(TestDkimKeyChecker)
#include "TestDkimKeyChecker.moc"
