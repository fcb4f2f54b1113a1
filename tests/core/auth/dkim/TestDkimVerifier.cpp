// SPDX-License-Identifier: GPL-3.0-or-later
// DkimVerifier on fixtures signed by an independent signer (tests/data/dkim/make_fixtures.py)
// and on hostile input; DNS answers come from the fake resolver.
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "FakeResolver.h"
#include "auth/dkim/DkimVerifier.h"

using namespace Auth;

namespace {

const QString keyName = QStringLiteral("mail2048._domainkey.bouncelens.test");

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(BOUNCELENS_TEST_DATA "/dkim/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray keyRecord() { return readData(QStringLiteral("rsa2048-test.txt")).trimmed(); }

QStringList ids(const Findings &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << f.id;
    return list;
}

const Finding *findingById(const Findings &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestDkimVerifier : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void dnsOutcomes_data();
    void dnsOutcomes();
    void keyNotesOnPass();
    void findingsCarryEvidenceAndFix();
    void unsignedMessage();
    void hostileInput();
    void speed();
};

void TestDkimVerifier::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("findingId");
    QTest::newRow("signed-rsa2048") << "newsletter-signed-rsa2048.eml" << "pass" << "" << "dkim.pass";
    QTest::newRow("lf-line-ends") << "newsletter-signed-lf-line-ends.eml" << "pass" << "" << "dkim.pass";
    QTest::newRow("list-footer") << "newsletter-list-footer-added.eml" << "fail" << "body_hash_mismatch" << "dkim.body-hash-mismatch";
    QTest::newRow("list-subject-tag") << "newsletter-list-subject-tag.eml" << "fail" << "signature_mismatch" << "dkim.signature-fail";
}

void TestDkimVerifier::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QString, findingId);
    const QByteArray message = readData(file);
    QVERIFY(!message.isEmpty());
    TestSupport::FakeResolver resolver;
    resolver.addTxt(keyName, keyRecord());
    DkimVerifier verifier(resolver);
    DkimVerifyOptions options;
    options.now = 1700003600;
    const QList<DkimVerification> results = verifier.verify(message, options);
    QCOMPARE(results.size(), 1);
    QCOMPARE(dkimResultName(results.first().result), result);
    QCOMPARE(results.first().reason, reason);
    QCOMPARE(results.first().key->keyBits, 2048);
    QCOMPARE(ids(DkimVerifier::findings(results)), QStringList{findingId}); // 2048 bits: no weak-key note
    QCOMPARE(resolver.queryLog(), QStringList{keyName + QStringLiteral("/TXT")});
}

void TestDkimVerifier::dnsOutcomes_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("findingId");
    QTest::addColumn<int>("severity");
    QTest::newRow("timeout") << int(Dns::Outcome::Timeout) << "temperror" << "dns_timeout" << "dkim.dns-error" << int(Severity::Unknown);
    QTest::newRow("servfail") << int(Dns::Outcome::ServFail) << "temperror" << "dns_error" << "dkim.dns-error" << int(Severity::Unknown);
    QTest::newRow("refused") << int(Dns::Outcome::Refused) << "temperror" << "dns_error" << "dkim.dns-error" << int(Severity::Unknown);
    QTest::newRow("error") << int(Dns::Outcome::Error) << "temperror" << "dns_error" << "dkim.dns-error" << int(Severity::Unknown);
    QTest::newRow("nxdomain") << int(Dns::Outcome::NxDomain) << "permerror" << "key_missing" << "dkim.key-missing" << int(Severity::Error);
    QTest::newRow("nodata") << int(Dns::Outcome::NoData) << "permerror" << "key_missing" << "dkim.key-missing" << int(Severity::Error);
}

void TestDkimVerifier::dnsOutcomes()
{
    QFETCH(int, outcome);
    QFETCH(QString, result);
    QFETCH(QString, reason);
    QFETCH(QString, findingId);
    QFETCH(int, severity);
    TestSupport::FakeResolver resolver;
    if (outcome == int(Dns::Outcome::NoData))
        resolver.addA(keyName, QStringLiteral("192.0.2.1"));
    else if (outcome != int(Dns::Outcome::NxDomain))
        resolver.setOutcome(keyName, Dns::RrType::TXT, Dns::Outcome(outcome));
    DkimVerifier verifier(resolver);
    const QList<DkimVerification> results = verifier.verify(readData(QStringLiteral("newsletter-signed-rsa2048.eml")));
    QCOMPARE(results.size(), 1);
    QCOMPARE(dkimResultName(results.first().result), result);
    QCOMPARE(results.first().reason, reason);
    QCOMPARE(results.first().keyOutcome, std::optional(Dns::Outcome(outcome)));
    const Findings findings = DkimVerifier::findings(results);
    QCOMPARE(ids(findings), QStringList{findingId});
    QCOMPARE(int(findings.first().severity), severity);
}

void TestDkimVerifier::keyNotesOnPass()
{
    // A pass with a key in testing mode, published as two TXT records (the first usable wins).
    QByteArray testing = keyRecord();
    testing.replace("k=rsa;", "k=rsa; t=y;");
    TestSupport::FakeResolver resolver;
    resolver.addTxt(keyName, "v=spf1 -all");
    resolver.addTxt(keyName, testing);
    DkimVerifier verifier(resolver);
    const QList<DkimVerification> results = verifier.verify(readData(QStringLiteral("newsletter-signed-rsa2048.eml")));
    QCOMPARE(dkimResultName(results.first().result), QStringLiteral("pass"));
    QVERIFY(results.first().testingKey);
    QCOMPARE(results.first().reason, QStringLiteral("key_testing"));
    QCOMPARE(ids(DkimVerifier::findings(results)), (QStringList{QStringLiteral("dkim.pass"), QStringLiteral("dkim.multiple-keys"),
                                                               QStringLiteral("dkim.testing")}));
}

void TestDkimVerifier::findingsCarryEvidenceAndFix()
{
    TestSupport::FakeResolver resolver;
    DkimVerifier verifier(resolver);
    const Findings missing = DkimVerifier::findings(verifier.verify(readData(QStringLiteral("newsletter-signed-rsa2048.eml"))));
    QCOMPARE(missing.size(), 1);
    QVERIFY(missing.first().evidence.contains(keyName));
    QVERIFY(missing.first().evidence.contains(QLatin1String("nxdomain")));
    QVERIFY(missing.first().fix.contains(keyName));
    QVERIFY(!missing.first().message.isEmpty());

    resolver.addTxt(keyName, keyRecord());
    const Findings footer = DkimVerifier::findings(verifier.verify(readData(QStringLiteral("newsletter-list-footer-added.eml"))));
    const Finding *bh = findingById(footer, QStringLiteral("dkim.body-hash-mismatch"));
    QVERIFY(bh);
    QCOMPARE(bh->severity, Severity::Error);
    QVERIFY(bh->evidence.contains(QLatin1String("d=bouncelens.test s=mail2048")));
    QVERIFY(bh->evidence.contains(QString::fromLatin1(keyRecord()))); // the record itself
    QVERIFY(!bh->fix.isEmpty());
}

void TestDkimVerifier::unsignedMessage()
{
    TestSupport::FakeResolver resolver;
    DkimVerifier verifier(resolver);
    QVERIFY(verifier.verify(readData(QStringLiteral("newsletter-unsigned.eml"))).isEmpty());
    QCOMPARE(resolver.queryCount(), 0);
}

void TestDkimVerifier::hostileInput()
{
    TestSupport::FakeResolver resolver;
    DkimVerifier verifier(resolver);
    const QList<DkimVerification> many = verifier.verify(readData(QStringLiteral("hostile-30-signatures.eml")));
    QCOMPARE(many.size(), 30);
    QCOMPARE(resolver.queryCount(), 20); // maxSignatures: the rest are reported, not looked up
    QCOMPARE(many.last().reason, QStringLiteral("too_many_signatures"));
    QCOMPARE(many.first().reason, QStringLiteral("key_missing"));

    const QList<DkimVerification> garbage = verifier.verify(readData(QStringLiteral("hostile-garbage-signature.eml")));
    QCOMPARE(garbage.size(), 3);
    for (const DkimVerification &v : garbage)
        QCOMPARE(v.result, DkimResult::PermError);
    QCOMPARE(garbage.at(0).reason, QStringLiteral("sig_syntax"));
    QCOMPARE(garbage.at(1).reason, QStringLiteral("sig_missing_tag"));

    resolver.addTxt(keyName, keyRecord());
    const QList<DkimVerification> headersOnly = verifier.verify(readData(QStringLiteral("hostile-headers-only-no-separator.eml")));
    QCOMPARE(headersOnly.size(), 1);
    // Empty relaxed body hashes to SHA-256(""), which the fixture's bh= is: the body hash passes,
    // the fake b= does not.
    QCOMPARE(headersOnly.first().reason, QStringLiteral("signature_mismatch"));

    for (int size = 0; size < 3000; size += 37) {
        QByteArray noise;
        for (int i = 0; i < size; ++i)
            noise.append(char((i * 31 + size) % 256));
        const QList<DkimVerification> results = verifier.verify("DKIM-Signature: " + noise + "\r\n\r\n" + noise);
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().result != DkimResult::Pass);
    }
}

void TestDkimVerifier::speed()
{
    TestSupport::FakeResolver resolver;
    resolver.addTxt(keyName, keyRecord());
    DkimVerifier verifier(resolver);
    const QByteArray message = readData(QStringLiteral("newsletter-signed-rsa2048.eml"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i)
        QCOMPARE(verifier.verify(message).first().result, DkimResult::Pass);
    const qint64 ms = timer.elapsed();
    qInfo("200 rsa-2048 verifications in %lld ms", ms);
    QVERIFY(ms < 5000);

    // An 8 MB body with long whitespace runs, and a header block with 20,000 fields.
    QByteArray big = message;
    for (int i = 0; i < 200000; ++i)
        big += "line with   trailing space and\ttabs      \r\n";
    QByteArray manyFields = "X-Filler: a\r\n";
    manyFields = manyFields.repeated(20000);
    timer.restart();
    QCOMPARE(verifier.verify(big).first().reason, QStringLiteral("body_hash_mismatch"));
    QCOMPARE(verifier.verify(manyFields + message).first().result, DkimResult::Pass);
    const qint64 bigMs = timer.elapsed();
    qInfo("%lld MB body + 20,000 header fields in %lld ms", qint64(big.size() >> 20), bigMs);
    QVERIFY(bigMs < 5000);
}

QTEST_GUILESS_MAIN(TestDkimVerifier)
#include "TestDkimVerifier.moc"
