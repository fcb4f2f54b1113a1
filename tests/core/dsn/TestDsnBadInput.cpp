// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never crashes or hangs: each case answers (or states a problem) within seconds.
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include "dsn/BounceAnalyzer.h"

using namespace Dsn;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

BounceAnalysis timed(const QByteArray &raw, qint64 maxMs = 2000)
{
    QElapsedTimer t;
    t.start();
    BounceAnalysis a = BounceAnalyzer::analyze(raw);
    const qint64 ms = t.elapsed();
    if (ms > maxMs)
        qWarning("took %lld ms", ms);
    [&] { QVERIFY2(ms <= maxMs, qPrintable(QStringLiteral("took %1 ms").arg(ms))); }();
    return a;
}

QByteArray nested(int depth)
{
    QByteArray m = "From: a@example.org\nSubject: deep\nMIME-Version: 1.0\n";
    for (int i = 0; i < depth; ++i)
        m += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" + QByteArray::number(i) + "\n";
    m += "Content-Type: text/plain\n\nleaf\n";
    return m;
}

} // namespace

class TestDsnBadInput : public QObject
{
    Q_OBJECT

private slots:
    void truncatedBoundary()
    {
        const BounceAnalysis a = timed(fixture(QStringLiteral("truncated-boundary.eml")));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].address, QStringLiteral("gone@example.net"));
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.1.1"));
    }

    void missingBoundary()
    {
        const BounceAnalysis a = timed(fixture(QStringLiteral("missing-boundary.eml")));
        // No parts can be split; the free text still names the recipient.
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.1.1"));
    }

    void binaryJunk()
    {
        const BounceAnalysis a = timed(fixture(QStringLiteral("binary-junk.eml")));
        QVERIFY(a.kind != Kind::Bounce || !a.problems.isEmpty());
    }

    void emptyFile()
    {
        const BounceAnalysis a = timed(fixture(QStringLiteral("empty.eml")));
        QCOMPARE(a.kind, Kind::NotBounce);
        QVERIFY(a.problems.contains(QStringLiteral("empty message")));
    }

    void brokenTransferEncoding()
    {
        const BounceAnalysis a = timed(fixture(QStringLiteral("broken-cte.eml")));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.2.2"));
    }

    void fiftyMegabytes()
    {
        QByteArray m = fixture(QStringLiteral("qmail-free-text.eml"));
        QByteArray line(76, 'x');
        line += '\n';
        m.reserve(51 * 1024 * 1024);
        while (m.size() < 50 * 1024 * 1024)
            m += line;
        const BounceAnalysis a = timed(m, 3000);
        QCOMPARE(a.recipients.size(), 1);
        QVERIFY(!a.problems.isEmpty()); // says it was cut
    }

    void deeplyNested()
    {
        const BounceAnalysis a = timed(nested(20000));
        bool saysCapped = false;
        for (const QString &p : a.problems)
            saysCapped |= p.contains(QLatin1String("multipart"));
        QVERIFY2(saysCapped, qPrintable(a.problems.join(QLatin1Char('|'))));
    }
};

QTEST_GUILESS_MAIN(TestDsnBadInput)
#include "TestDsnBadInput.moc"
