// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "auth/dkim/DkimKeyRecord.h"
#include "auth/dkim/DkimTagList.h"

using namespace Auth;
using Problem = DkimKeyRecord::Problem;

namespace {

// RFC 8463 A.2 test keys (RSA-1024 and Ed25519) and the 512-bit key of the conformance suite.
const QByteArray rsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB";
const QByteArray ed25519 = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
const QByteArray rsa512 = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMNFLekWjH1fvkH5YrOYnf7s4Xp3t6OcxzHrXjq78bRtPgfLvNJVoC5vd5WE05Y7DQzIZXDCunHoUiYjnnS7gOUCAwEAAQ==";

QByteArray rsa2048Record()
{
    QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/dkim/rsa2048-test.txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

} // namespace

class TestDkimKeyRecord : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void flags();
    void hashAndService();
    void base64();
    void garbageNeverCrashes();
};

void TestDkimKeyRecord::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("keyType");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("revoked");

    const int rsa = int(DkimKeyType::Rsa);
    const int ed = int(DkimKeyType::Ed25519);
    QTest::newRow("rsa-1024") << "v=DKIM1; k=rsa; p=" + rsa1024 << int(Problem::None) << rsa << 1024 << false;
    QTest::newRow("rsa-2048-from-file") << rsa2048Record() << int(Problem::None) << rsa << 2048 << false;
    QTest::newRow("rsa-512") << "v=DKIM1; p=" + rsa512 << int(Problem::None) << rsa << 512 << false;
    QTest::newRow("k-defaults-to-rsa") << "p=" + rsa1024 << int(Problem::None) << rsa << 1024 << false;
    QTest::newRow("ed25519-raw") << "v=DKIM1; k=ed25519; p=" + ed25519 << int(Problem::None) << ed << 256 << false;
    QTest::newRow("fws-everywhere") << "v = DKIM1 ;\r\n k = rsa ;\tp = " + rsa1024.left(40) + " \r\n\t" + rsa1024.mid(40)
                                    << int(Problem::None) << rsa << 1024 << false;
    QTest::newRow("trailing-semicolon") << "v=DKIM1; p=" + rsa1024 + ";" << int(Problem::None) << rsa << 1024 << false;
    QTest::newRow("unknown-tags-ignored") << "v=DKIM1; x-foo=bar; zz=1; p=" + rsa1024 << int(Problem::None) << rsa << 1024 << false;
    QTest::newRow("revoked-empty-p") << QByteArray("v=DKIM1; k=rsa; p=") << int(Problem::None) << rsa << 0 << true;
    QTest::newRow("revoked-p-only-space") << QByteArray("v=DKIM1; p= ;") << int(Problem::None) << rsa << 0 << true;
    QTest::newRow("no-p") << QByteArray("v=DKIM1; k=rsa") << int(Problem::MissingKey) << rsa << 0 << false;
    QTest::newRow("v-not-first") << "k=rsa; v=DKIM1; p=" + rsa1024 << int(Problem::VersionNotFirst) << rsa << 0 << false;
    QTest::newRow("v-dkim2") << "v=DKIM2; p=" + rsa1024 << int(Problem::BadVersion) << rsa << 0 << false;
    QTest::newRow("duplicate-p") << "v=DKIM1; p=" + rsa1024 + "; p=" + rsa1024 << int(Problem::TagSyntax) << rsa << 0 << false;
    QTest::newRow("no-equals") << QByteArray("v=DKIM1; hello; p=abc") << int(Problem::TagSyntax) << rsa << 0 << false;
    QTest::newRow("spf-record") << QByteArray("v=spf1 -all") << int(Problem::BadVersion) << rsa << 0 << false;
    QTest::newRow("unknown-k") << "v=DKIM1; k=dsa; p=" + rsa1024 << int(Problem::UnknownKeyType) << int(DkimKeyType::Unknown) << 0 << false;
    QTest::newRow("base64-bad-length") << QByteArray("p=MFwwDQYJKoZIhvNAQEBBQADSwAwSAJBANmBe10IgY+u7h3enWTukkqtUD5PR52Tb/mPfjC0QJTocVBq6Za/PlzfV+Py92VaCak19F4WrbVTK5Gg5tW220MCAwEAAQ==")
                                       << int(Problem::BadBase64) << rsa << 0 << false;
    QTest::newRow("base64-foreign-byte") << "p=" + rsa1024.left(20) + "*" + rsa1024.mid(21) << int(Problem::BadBase64) << rsa << 0 << false;
    QTest::newRow("rsa-truncated-der") << "p=" + rsa1024.left(100) << int(Problem::BadKeyData) << rsa << 0 << false;
    QTest::newRow("ed25519-as-spki") << QByteArray("k=ed25519; p=MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
                                     << int(Problem::BadKeyData) << ed << 0 << false;
    QTest::newRow("ed25519-with-rsa-data") << "k=ed25519; p=" + rsa1024 << int(Problem::BadKeyData) << ed << 0 << false;
}

void TestDkimKeyRecord::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(int, problem);
    QFETCH(int, keyType);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    QVERIFY(!text.isEmpty());
    const DkimKeyRecord key = DkimKeyRecord::parse(text);
    QCOMPARE(DkimKeyRecord::problemCode(key.problem), DkimKeyRecord::problemCode(Problem(problem)));
    QCOMPARE(key.problem == Problem::None, key.problemDetail.isEmpty());
    if (problem != int(Problem::None) && problem != int(Problem::TagSyntax))
        QCOMPARE(int(key.keyType), keyType);
    if (problem == int(Problem::None) && !revoked) {
        QCOMPARE(int(key.keyType), keyType);
        QCOMPARE(key.keyBits, bits);
    }
    QCOMPARE(key.revoked, revoked);
    QCOMPARE(key.usable(), problem == int(Problem::None) && !revoked);
    QCOMPARE(key.text, text);
}

void TestDkimKeyRecord::flags()
{
    const DkimKeyRecord testing = DkimKeyRecord::parse("v=DKIM1; t=y; p=" + rsa1024);
    QVERIFY(testing.testing);
    QVERIFY(!testing.strictSubdomain);
    const DkimKeyRecord both = DkimKeyRecord::parse("v=DKIM1; t = y : s : future; n=a note; p=" + rsa1024);
    QVERIFY(both.testing);
    QVERIFY(both.strictSubdomain);
    QCOMPARE(both.notes, QByteArray("a note"));
    QVERIFY(both.usable());
    const DkimKeyRecord none = DkimKeyRecord::parse("v=DKIM1; t=x; p=" + rsa1024);
    QVERIFY(!none.testing);
    QVERIFY(!none.strictSubdomain);
}

void TestDkimKeyRecord::hashAndService()
{
    const DkimKeyRecord any = DkimKeyRecord::parse("p=" + rsa1024);
    QVERIFY(any.allowsHash(DkimHash::Sha256));
    QVERIFY(any.allowsHash(DkimHash::Sha1));
    QVERIFY(any.allowsEmailService());
    const DkimKeyRecord sha1 = DkimKeyRecord::parse("h=sha1; s=tlsrpt; p=" + rsa1024);
    QVERIFY(!sha1.allowsHash(DkimHash::Sha256));
    QVERIFY(sha1.allowsHash(DkimHash::Sha1));
    QVERIFY(!sha1.allowsEmailService());
    const DkimKeyRecord both = DkimKeyRecord::parse("h=SHA1:sha256; s=tlsrpt:Email; p=" + rsa1024);
    QVERIFY(both.allowsHash(DkimHash::Sha256));
    QVERIFY(both.allowsEmailService());
}

void TestDkimKeyRecord::base64()
{
    QCOMPARE(DkimTagList::decodeBase64("aGVsbG8="), std::optional<QByteArray>("hello"));
    QCOMPARE(DkimTagList::decodeBase64("aGVs\r\n bG8"), std::optional<QByteArray>("hello")); // FWS, no padding
    QVERIFY(!DkimTagList::decodeBase64("aGVsbG8=x"));  // data after padding
    QVERIFY(!DkimTagList::decodeBase64("aGVsb"));      // 4n+1 characters
    QVERIFY(!DkimTagList::decodeBase64("aGV=bG8="));   // padding inside
    QVERIFY(!DkimTagList::decodeBase64("aGVsbG8-"));   // base64url is not base64
}

void TestDkimKeyRecord::garbageNeverCrashes()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919) % 256));
    for (int size = 0; size < bytes.size(); size += 97) {
        const DkimKeyRecord key = DkimKeyRecord::parse(bytes.left(size));
        QVERIFY(!key.usable() || key.keyBits > 0);
        const DkimKeyRecord withP = DkimKeyRecord::parse("p=" + bytes.mid(size, 200).toBase64());
        QVERIFY(!withP.usable());
    }
}

QTEST_GUILESS_MAIN(TestDkimKeyRecord)
#include "TestDkimKeyRecord.moc"
