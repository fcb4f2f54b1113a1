// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile messages generated in the test (issue 15): MIME nesting that hides from a
// case-sensitive or line-based guard, huge flat part counts, long notices full of recipient
// lines, random bytes. Each must give an answer that says what was cut, never a crash.
// (The time each takes is measured by hand with bouncelens-cli; tests assert results only.)
#include <QRandomGenerator>
#include <QtTest>

#include "dsn/BounceAnalyzer.h"
#include "dsn/FreeTextParser.h"
#include "dsn/MimeBounds.h"
#include "dsn/MimeReader.h"

using namespace Dsn;

namespace {

const QByteArray kHead = "From: MAILER-DAEMON@example.org\nTo: a@example.com\nSubject: Undelivered Mail\nMIME-Version: 1.0\n";

// `depth` nested multiparts, each opened by `contentType(i)`, with a bounce text in the leaf.
QByteArray nested(int depth, QByteArray (*contentType)(int))
{
    QByteArray m = kHead;
    for (int i = 0; i < depth; ++i)
        m += contentType(i) + "\n\n--b" + QByteArray::number(i) + "\n";
    m += "Content-Type: text/plain\n\nleaf\n";
    for (int i = depth - 1; i >= 0; --i)
        m += "--b" + QByteArray::number(i) + "--\n";
    return m;
}

bool mentions(const BounceAnalysis &a, const char *what)
{
    for (const QString &p : a.problems) {
        if (p.contains(QLatin1String(what)))
            return true;
    }
    return false;
}

} // namespace

class TestDsnHostile : public QObject
{
    Q_OBJECT

private slots:
    void nestingCapIgnoresCaseFoldingAndComments_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("upper case") << nested(6000, [](int i) -> QByteArray {
            return "Content-Type: MULTIPART/MIXED; boundary=\"b" + QByteArray::number(i) + "\"";
        });
        QTest::newRow("folded field") << nested(6000, [](int i) -> QByteArray {
            return "Content-Type:\n multipart/mixed;\n\tboundary=\"b" + QByteArray::number(i) + "\"";
        });
        QTest::newRow("comments, mixed case, field name in capitals") << nested(6000, [](int i) -> QByteArray {
            return "CONTENT-TYPE: (x) MuLtIpArT/Mixed (y); BOUNDARY=b" + QByteArray::number(i);
        });
        QTest::newRow("CRLF") << nested(6000, [](int i) -> QByteArray {
            return "Content-Type: Multipart/Mixed;\r\n boundary=\"b" + QByteArray::number(i) + "\"\r";
        });
    }

    void nestingCapIgnoresCaseFoldingAndComments()
    {
        QFETCH(QByteArray, message);
        // Before the guard, vmime recursed once per level and overflowed the stack here.
        const BounceAnalysis a = BounceAnalyzer::analyze(message);
        QVERIFY2(mentions(a, "more than 64 multipart parts"), qPrintable(a.problems.join(QLatin1Char('|'))));
    }

    void nestingWithinTheCapIsRead()
    {
        const QByteArray m = nested(30, [](int i) -> QByteArray {
            return "Content-Type: MULTIPART/MIXED; boundary=\"b" + QByteArray::number(i) + "\"";
        });
        const MimeTree tree = MimeReader::read(m);
        QVERIFY2(tree.problems.isEmpty(), qPrintable(tree.problems.join(QLatin1Char('|'))));
        QCOMPARE(tree.leaves.size(), 1);
        QCOMPARE(tree.leaves[0].depth, 30);
        QCOMPARE(tree.leaves[0].body.trimmed(), QByteArray("leaf"));
    }

    void boundsCountEveryCase()
    {
        const QByteArray data = "a MULTIPART b\nmultipart\nMultiPart\n--x\n--y\n";
        QCOMPARE(MimeBounds::scan(data, 3, 10).cut, qsizetype(-1));
        const MimeBounds m = MimeBounds::scan(data, 2, 10);
        QVERIFY(m.tooManyMultiparts);
        QCOMPARE(m.cut, data.indexOf("MultiPart"));
        const MimeBounds p = MimeBounds::scan(data, 10, 1);
        QVERIFY(p.tooManyParts);
        QCOMPARE(p.cut, data.indexOf("--y"));
    }

    void flatPartsAreCapped()
    {
        QByteArray m = kHead + "Content-Type: multipart/mixed; boundary=\"z\"\n\n"
                       "--z\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n"
                       "<gone@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n";
        for (int i = 0; i < 100000; ++i)
            m += "--z\nContent-Type: text/plain\n\npart " + QByteArray::number(i) + "\n";
        m += "--z--\n";
        const BounceAnalysis a = BounceAnalyzer::analyze(m);
        QVERIFY2(mentions(a, "more than 5000 MIME parts"), qPrintable(a.problems.join(QLatin1Char('|'))));
        // The bounce in the first part is still read.
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("gone@example.net"));
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.1.1"));
    }

    void manyRecipientLinesInOneParagraph()
    {
        // Each recipient's diagnostic ends where the next recipient line starts; before, each
        // line's search ran to the end of the paragraph (quadratic).
        QString text = QStringLiteral("This is the mail system at host mx.example.org.\n\n");
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            text += QStringLiteral("<user%1@example.net>: 550 5.1.1 unknown user %1\n").arg(i);
        const FreeTextResult r = FreeTextParser::parse(text);
        QCOMPARE(r.recipients.size(), n);
        QCOMPARE(r.recipients[0].address, QStringLiteral("user0@example.net"));
        QCOMPARE(r.recipients[0].diagnostic, QStringLiteral("550 5.1.1 unknown user 0"));
        QCOMPARE(r.recipients[n - 1].diagnostic, QStringLiteral("550 5.1.1 unknown user %1").arg(n - 1));
    }

    void duplicateRecipientsMergeCaseInsensitively()
    {
        const QString text = QStringLiteral("This is the mail system at host mx.example.org.\n\n"
                                            "<Gone@Example.NET>:\n\n"
                                            "<gone@example.net>: 550 5.1.1 User unknown\n\n"
                                            "<other@example.net>: 550 5.2.2 Mailbox full\n");
        const FreeTextResult r = FreeTextParser::parse(text);
        QCOMPARE(r.recipients.size(), 2);
        QCOMPARE(r.recipients[0].diagnostic, QStringLiteral("550 5.1.1 User unknown"));
        QCOMPARE(r.recipients[1].address, QStringLiteral("other@example.net"));
    }

    void linesWithAtSignsButNoAddress()
    {
        QByteArray m = kHead + "Content-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n";
        for (int i = 0; m.size() < 800 * 1024; ++i)
            m += "something mentions user" + QByteArray::number(i) + "@ but no address here x\n";
        m += "<gone@example.net>: 550 5.1.1 User unknown\n";
        const BounceAnalysis a = BounceAnalyzer::analyze(m);
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("gone@example.net"));
    }

    void recipientListsAreCapped()
    {
        QByteArray text = kHead + "Content-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n";
        QByteArray dsn = kHead + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
                               "--b\nContent-Type: text/plain\n\nfailed\n\n--b\nContent-Type: message/delivery-status\n\n"
                               "Reporting-MTA: dns; mx.example.org\n";
        for (int i = 0; i < 12000; ++i) {
            text += "<u" + QByteArray::number(i) + "@example.net>: 550 5.1.1 unknown\n";
            dsn += "\nFinal-Recipient: rfc822; u" + QByteArray::number(i)
                + "@example.net\nAction: failed\nStatus: 5.1.1\n";
        }
        dsn += "\n--b--\n";
        for (const QByteArray &m : {text, dsn}) {
            const BounceAnalysis a = BounceAnalyzer::analyze(m);
            QCOMPARE(a.recipients.size(), BounceAnalyzer::MaxRecipients);
            QCOMPARE(a.recipients.last().address, QStringLiteral("u9999@example.net"));
            QCOMPARE(a.recipients.last().status, QStringLiteral("5.1.1"));
            QVERIFY2(mentions(a, "more than 10000 recipients; only the first 10000 were read"),
                     qPrintable(a.problems.join(QLatin1Char('|'))));
        }
    }

    void randomBytes()
    {
        QByteArray m(5 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(15);
        for (char &c : m)
            c = char(rng.bounded(256));
        const BounceAnalysis a = BounceAnalyzer::analyze(m);
        QVERIFY(a.recipients.isEmpty());
        QVERIFY(a.kind != Kind::Bounce);
    }
};

QTEST_GUILESS_MAIN(TestDsnHostile)
#include "TestDsnHostile.moc"
