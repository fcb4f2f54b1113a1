// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "auth/dkim/DkimCanonicalizer.h"
#include "auth/dkim/DkimRawMessage.h"

using namespace Auth;

class TestDkimCanonicalizer : public QObject
{
    Q_OBJECT

private slots:
    void rfcExample();
    void body_data();
    void body();
    void header_data();
    void header();
    void signatureValueRemoval();
    void rawMessageSplit();
};

// RFC 6376 3.4.5, the worked example.
void TestDkimCanonicalizer::rfcExample()
{
    const QByteArray message = "A: X\r\nB : Y\t\r\n\tZ  \r\n\r\n C \r\nD \t E\r\n\r\n\r\n";
    const DkimRawMessage raw = DkimRawMessage::fromBytes(message);
    QCOMPARE(raw.fields().size(), 2);
    QCOMPARE(DkimCanonicalizer::header(DkimCanonicalization::Relaxed, raw.fields().at(0).raw), QByteArray("a:X\r\n"));
    QCOMPARE(DkimCanonicalizer::header(DkimCanonicalization::Relaxed, raw.fields().at(1).raw), QByteArray("b:Y Z\r\n"));
    QCOMPARE(DkimCanonicalizer::body(DkimCanonicalization::Relaxed, raw.body()), QByteArray(" C\r\nD E\r\n"));
    QCOMPARE(DkimCanonicalizer::header(DkimCanonicalization::Simple, raw.fields().at(1).raw), QByteArray("B : Y\t\r\n\tZ  \r\n"));
    QCOMPARE(DkimCanonicalizer::body(DkimCanonicalization::Simple, raw.body()), QByteArray(" C \r\nD \t E\r\n"));
}

void TestDkimCanonicalizer::body_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("simple");
    QTest::addColumn<QByteArray>("relaxed");
    QTest::newRow("empty") << QByteArray() << QByteArray("\r\n") << QByteArray();
    QTest::newRow("only-crlfs") << QByteArray("\r\n\r\n\r\n") << QByteArray("\r\n") << QByteArray();
    QTest::newRow("only-whitespace-lines") << QByteArray(" \r\n\t\r\n") << QByteArray(" \r\n\t\r\n") << QByteArray();
    QTest::newRow("no-final-crlf") << QByteArray("abc") << QByteArray("abc\r\n") << QByteArray("abc\r\n");
    QTest::newRow("inner-empty-lines-kept") << QByteArray("a\r\n\r\n\r\nb\r\n\r\n") << QByteArray("a\r\n\r\n\r\nb\r\n")
                                            << QByteArray("a\r\n\r\n\r\nb\r\n");
    QTest::newRow("leading-wsp-kept-as-one-space") << QByteArray("\t\t x  y \r\n") << QByteArray("\t\t x  y \r\n")
                                                   << QByteArray(" x y\r\n");
    QTest::newRow("bare-lf-is-not-a-line-end") << QByteArray("a \nb\r\n") << QByteArray("a \nb\r\n") << QByteArray("a \nb\r\n");
}

void TestDkimCanonicalizer::body()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, simple);
    QFETCH(QByteArray, relaxed);
    QCOMPARE(DkimCanonicalizer::body(DkimCanonicalization::Simple, input), simple);
    QCOMPARE(DkimCanonicalizer::body(DkimCanonicalization::Relaxed, input), relaxed);
}

void TestDkimCanonicalizer::header_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("relaxed");
    QTest::newRow("name-case-and-colon-space") << QByteArray("SubJect \t:  Hi  there \r\n") << QByteArray("subject:Hi there\r\n");
    QTest::newRow("folded") << QByteArray("To: a@b,\r\n   c@d\r\n") << QByteArray("to:a@b, c@d\r\n");
    QTest::newRow("empty-value") << QByteArray("X-Empty:\r\n") << QByteArray("x-empty:\r\n");
    QTest::newRow("empty-value-with-wsp") << QByteArray("X-Empty: \t \r\n") << QByteArray("x-empty:\r\n");
}

void TestDkimCanonicalizer::header()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, relaxed);
    QCOMPARE(DkimCanonicalizer::header(DkimCanonicalization::Relaxed, field), relaxed);
    QCOMPARE(DkimCanonicalizer::header(DkimCanonicalization::Simple, field), field);
}

void TestDkimCanonicalizer::signatureValueRemoval()
{
    const QByteArray field = "DKIM-Signature: v=1; bh=AAAA;\r\n b=abc\r\n  def; s=x\r\n";
    QCOMPARE(DkimCanonicalizer::withoutSignatureValue(field), QByteArray("DKIM-Signature: v=1; bh=AAAA;\r\n b=; s=x\r\n"));
    const QByteArray last = "DKIM-Signature: b = abc ;\r\n\tbh=AAAA; b =xyz\r\n";
    QCOMPARE(DkimCanonicalizer::withoutSignatureValue(last), QByteArray("DKIM-Signature: b =;\r\n\tbh=AAAA; b =xyz\r\n"));
    QCOMPARE(DkimCanonicalizer::withoutSignatureValue("DKIM-Signature: bh=AAAA\r\n"), QByteArray("DKIM-Signature: bh=AAAA\r\n"));
}

void TestDkimCanonicalizer::rawMessageSplit()
{
    const DkimRawMessage lf = DkimRawMessage::fromBytes("From: a\nSubject: b\n c\n\nbody\n");
    QVERIFY(lf.convertedLineEnds());
    QCOMPARE(lf.fields().size(), 2);
    QCOMPARE(lf.fields().at(1).raw, QByteArray("Subject: b\r\n c\r\n"));
    QCOMPARE(lf.body(), QByteArray("body\r\n"));
    const DkimRawMessage noBody = DkimRawMessage::fromBytes("From: a\r\nnot a field\r\nX:y");
    QVERIFY(!noBody.convertedLineEnds());
    QCOMPARE(noBody.fields().size(), 3);
    QCOMPARE(noBody.fields().at(1).colon, -1);
    QCOMPARE(noBody.fieldIndexes("x"), QList<int>{2});
    QVERIFY(noBody.body().isEmpty());
    QVERIFY(DkimRawMessage::fromBytes(QByteArray()).fields().isEmpty());
}

QTEST_GUILESS_MAIN(TestDkimCanonicalizer)
#include "TestDkimCanonicalizer.moc"
