// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "auth/dkim/DkimSignature.h"

using namespace Auth;
using Problem = DkimSignature::Problem;

namespace {

const QByteArray base = "v=1; a=rsa-sha256; d=example.com; s=sel; h=from:to; bh=AAAA; b=AAAA";

QByteArray with(const QByteArray &extra) { return base + "; " + extra; }

QByteArray without(const QByteArray &tag)
{
    QList<QByteArray> kept;
    for (const QByteArray &spec : base.split(';')) {
        if (spec.trimmed().split('=').first() != tag)
            kept << spec;
    }
    return kept.join(';');
}

} // namespace

class TestDkimSignature : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void defaultsAndValues();
    void foldedField();
    void auidQuotedPrintable();
};

void TestDkimSignature::problems_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("problem");
    QTest::newRow("minimal-ok") << base << int(Problem::None);
    for (const char *tag : {"v", "a", "b", "bh", "d", "h", "s"})
        QTest::newRow(qPrintable(QStringLiteral("missing-%1").arg(QLatin1String(tag)))) << without(tag) << int(Problem::MissingTag);
    QTest::newRow("v-2") << QByteArray(base).replace("v=1", "v=2") << int(Problem::Version);
    QTest::newRow("a-rsa-sha512") << QByteArray(base).replace("rsa-sha256", "rsa-sha512") << int(Problem::UnknownAlgorithm);
    QTest::newRow("a-rsa-sha1-parses") << QByteArray(base).replace("rsa-sha256", "rsa-sha1") << int(Problem::None);
    QTest::newRow("a-ed25519") << QByteArray(base).replace("rsa-sha256", "ed25519-sha256") << int(Problem::None);
    QTest::newRow("q-dns-foo") << with("q=dns/foo") << int(Problem::QueryMethod);
    QTest::newRow("q-dns-txt-among-others") << with("q=http/well-known:dns/txt") << int(Problem::None);
    QTest::newRow("d-parenthesis") << QByteArray(base).replace("example.com", "legitimate.com(.attacker.com") << int(Problem::DomainSyntax);
    QTest::newRow("d-empty-label") << QByteArray(base).replace("example.com", "example..com") << int(Problem::DomainSyntax);
    QTest::newRow("h-without-from") << QByteArray(base).replace("h=from:to", "h=to:subject") << int(Problem::FromNotSigned);
    QTest::newRow("h-From-any-case") << QByteArray(base).replace("h=from:to", "h=To : FROM") << int(Problem::None);
    QTest::newRow("h-empty-item") << QByteArray(base).replace("h=from:to", "h=from::to") << int(Problem::TagSyntax);
    QTest::newRow("i-other-domain") << with("i=joe@elsewhere.example") << int(Problem::AuidNotInSdid);
    QTest::newRow("i-suffix-not-subdomain") << with("i=@badexample.com") << int(Problem::AuidNotInSdid);
    QTest::newRow("i-subdomain") << with("i=joe@mail.Example.com") << int(Problem::None);
    QTest::newRow("i-without-at") << with("i=joe") << int(Problem::TagSyntax);
    QTest::newRow("x-before-t") << with("t=1700000600; x=1700000000") << int(Problem::ExpiryBeforeTime);
    QTest::newRow("x-equals-t") << with("t=1700000000; x=1700000000") << int(Problem::None);
    QTest::newRow("t-not-number") << with("t=soon") << int(Problem::TagSyntax);
    QTest::newRow("l-negative") << with("l=-5") << int(Problem::TagSyntax);
    QTest::newRow("l-77-digits") << with("l=" + QByteArray(77, '9')) << int(Problem::TagSyntax);
    QTest::newRow("c-unknown") << with("c=nofws") << int(Problem::TagSyntax);
    QTest::newRow("c-three-parts") << with("c=relaxed/relaxed/simple") << int(Problem::TagSyntax);
    QTest::newRow("duplicate-d") << with("d=example.com") << int(Problem::TagSyntax);
    QTest::newRow("b-not-base64") << QByteArray(base).replace("b=AAAA", "b=%%%") << int(Problem::TagSyntax);
    QTest::newRow("garbage") << QByteArray(";;; ==\x00\xff") << int(Problem::TagSyntax);
    QTest::newRow("empty") << QByteArray() << int(Problem::MissingTag);
}

void TestDkimSignature::problems()
{
    QFETCH(QByteArray, field);
    QFETCH(int, problem);
    const DkimSignature sig = DkimSignature::parse(field);
    QVERIFY2(int(sig.problem) == problem, qPrintable(sig.problemDetail));
    QCOMPARE(sig.ok(), problem == int(Problem::None));
    QCOMPARE(sig.problemDetail.isEmpty(), sig.ok());
}

void TestDkimSignature::defaultsAndValues()
{
    const DkimSignature sig = DkimSignature::parse(base);
    QCOMPARE(sig.headerCanonicalization, DkimCanonicalization::Simple);
    QCOMPARE(sig.bodyCanonicalization, DkimCanonicalization::Simple);
    QCOMPARE(sig.auid, QStringLiteral("@example.com"));
    QCOMPARE(sig.auidDomain, QStringLiteral("example.com"));
    QCOMPARE(sig.keyQueryName(), QStringLiteral("sel._domainkey.example.com"));
    QCOMPARE(sig.signedHeaders, (QList<QByteArray>{"from", "to"}));
    QVERIFY(!sig.bodyLength && !sig.timestamp && !sig.expiration);
    QCOMPARE(sig.keyType, DkimKeyType::Rsa);
    QCOMPARE(sig.hash, DkimHash::Sha256);

    const DkimSignature relaxed = DkimSignature::parse(with("c=Relaxed; l=20; t=1; x=2; z=From:a@b"));
    QCOMPARE(relaxed.headerCanonicalization, DkimCanonicalization::Relaxed);
    QCOMPARE(relaxed.bodyCanonicalization, DkimCanonicalization::Simple); // 3.5 c=: body defaults to simple
    QCOMPARE(relaxed.bodyLength, std::optional<qint64>(20));
    QCOMPARE(relaxed.expiration, std::optional<qint64>(2));
    QCOMPARE(relaxed.copiedHeaders, QByteArray("From:a@b"));
}

void TestDkimSignature::foldedField()
{
    // As found in a real Gmail message: h= folded with a line starting with ':' and b= with spaces.
    const DkimSignature sig = DkimSignature::parse(
        " v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=Gmail.com; s=20120113;\r\n        h=mime-version:date:message-id:subject:from:to\r\n"
        "         :content-type;\r\n        bh=AAAA;\r\n        b=AA AA\r\n\tBB==");
    QVERIFY2(sig.ok(), qPrintable(sig.problemDetail));
    QCOMPARE(sig.domain, QStringLiteral("gmail.com"));
    QCOMPARE(sig.signedHeaders.size(), 7);
    QCOMPARE(sig.signedHeaders.last(), QByteArray("content-type"));
    QCOMPARE(sig.signature, QByteArray::fromBase64("AAAABB=="));
}

void TestDkimSignature::auidQuotedPrintable()
{
    const DkimSignature sig = DkimSignature::parse(with("i=joe=40home@example.com"));
    QVERIFY2(sig.ok(), qPrintable(sig.problemDetail));
    QCOMPARE(sig.auid, QStringLiteral("joe@home@example.com"));
    QCOMPARE(sig.auidDomain, QStringLiteral("example.com"));
}

QTEST_GUILESS_MAIN(TestDkimSignature)
#include "TestDkimSignature.moc"
