// SPDX-License-Identifier: GPL-3.0-or-later
// The readable summary of an analysed message (Report::AnalyzeTextBuilder, "bouncelens-cli
// analyze"), on real bounces of tests/data: name, kind and MTA, each recipient with status,
// reason and hard-bounce mark, the diagnostic cut at MaxDiagnosticChars, the original, the
// problems; text of a hostile bounce (HTML, terminal escapes) is returned as plain text.
#include <QFile>
#include <QTest>

#include "dsn/BounceAnalyzer.h"
#include "report/AnalyzeTextBuilder.h"

using Report::AnalyzeTextBuilder;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAnalyzeTextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void recipientsAndOriginal()
    {
        const Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(readData("report/gmail-5.7.26-two-recipients.eml"));
        QCOMPARE(a.recipients.size(), 2);
        const QString text = AnalyzeTextBuilder::build(a, QStringLiteral("bounce.eml"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("bounce.eml: ") + Dsn::kindName(a.kind) + (a.mta.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.mta)));
        for (const Dsn::RecipientResult &r : a.recipients) {
            QString line = QStringLiteral("  ") + r.address + QStringLiteral("  ") + r.action + QLatin1Char(' ') + r.status;
            if (!r.replyCode.isEmpty())
                line += QLatin1Char(' ') + r.replyCode;
            line += QStringLiteral("  ") + r.reason + (r.hardBounce ? QStringLiteral(" (hard bounce)") : QString());
            const qsizetype at = lines.indexOf(line);
            QVERIFY2(at > 0, qPrintable(line));
            if (!r.diagnosticCode.isEmpty())
                QCOMPARE(lines.at(at + 1), QStringLiteral("    ") + r.diagnosticCode.left(AnalyzeTextBuilder::MaxDiagnosticChars));
        }
        QVERIFY(a.original.present);
        QVERIFY(lines.contains(QStringLiteral("  Original: %1 -> %2, \"%3\"").arg(a.original.from, a.original.to.join(QStringLiteral(", ")), a.original.subject)));
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }

    void hardBounceAndLongDiagnostic()
    {
        Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(readData("diagnosis/postfix-two-recipients-5.1.1-and-5.2.2.eml"));
        QCOMPARE(a.recipients.size(), 2);
        QVERIFY(a.recipients.at(0).hardBounce != a.recipients.at(1).hardBounce); // 5.1.1 is hard, 5.2.2 (mailbox full) is not
        QCOMPARE(AnalyzeTextBuilder::build(a, QStringLiteral("x")).count(QStringLiteral(" (hard bounce)\n")), 1);
        a.recipients[0].diagnosticCode = QString(400, QLatin1Char('d'));
        const QString text = AnalyzeTextBuilder::build(a, QStringLiteral("x"));
        QVERIFY(text.contains(QStringLiteral("\n    ") + QString(AnalyzeTextBuilder::MaxDiagnosticChars, QLatin1Char('d')) + QLatin1Char('\n')));
        QVERIFY(!text.contains(QString(AnalyzeTextBuilder::MaxDiagnosticChars + 1, QLatin1Char('d'))));
    }

    void problemsAreListed()
    {
        const Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(readData("dsn/missing-boundary.eml"));
        QVERIFY(!a.problems.isEmpty());
        const QString text = AnalyzeTextBuilder::build(a, QStringLiteral("t.eml"));
        for (const QString &p : a.problems)
            QVERIFY(text.contains(QStringLiteral("\n  Problem: ") + p + QLatin1Char('\n')));
    }

    void hostileTextIsPlain()
    {
        QByteArray message = readData("report/hostile-bounce.eml");
        QVERIFY(!message.isEmpty());
        message.replace("Recipient address rejected:", "Recipient address \x1b[2J rejected:");
        const Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(message);
        const QString text = AnalyzeTextBuilder::build(a, QStringLiteral("hostile \x1b[1m.eml"));
        QVERIFY(text.startsWith(QStringLiteral("hostile \x1b[1m.eml: ")));
        QVERIFY(text.contains(QStringLiteral("Reporting MTA: <script>document.body.setAttribute('data-pwned','mta')</script>")));
        QVERIFY(text.contains(QStringLiteral("<a href=\"javascript:alert(1)\">x</a>")));
        QVERIFY(text.contains(QStringLiteral("Recipient address \x1b[2J")));
        QVERIFY(!text.contains(QStringLiteral("&lt;")));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeTextBuilder)
#include "TestAnalyzeTextBuilder.moc"
