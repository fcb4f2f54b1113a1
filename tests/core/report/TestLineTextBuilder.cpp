// SPDX-License-Identifier: GPL-3.0-or-later
// The readable explanation of one pasted reply line (Report::LineTextBuilder, "bouncelens-cli
// explain"), over every row of tests/data/codes/explain-lines.txt: the codes head the text, the
// provider is named by its title, the reason is the fixture's, hard or soft is said; the entities
// echo the input as plain text; an unrecognized line gets the hint.
#include <QFile>
#include <QTest>

#include "codes/Explanation.h"
#include "codes/LineParser.h"
#include "report/LineTextBuilder.h"

using Report::LineTextBuilder;

class TestLineTextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void fixtureLines_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("input");
        QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/codes/explain-lines.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList c = line.split(QLatin1Char('|'));
            QVERIFY2(c.size() >= 7, qPrintable(line));
            auto field = [&](int i) { return c.at(i) == QLatin1String("-") ? QString() : c.at(i); };
            const QString input = c.mid(6).join(QLatin1Char('|')).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            QTest::newRow(qPrintable(c.at(0))) << field(1) << field(2) << field(4) << c.at(5) << input;
            ++rows;
        }
        QVERIFY(rows > 100);
    }

    void fixtureLines()
    {
        QFETCH(QString, reply);
        QFETCH(QString, status);
        QFETCH(QString, provider);
        QFETCH(QString, reason);
        QFETCH(QString, input);
        const Codes::ParsedLine p = Codes::parseLine(input);
        QVERIFY(p.recognized);
        const Codes::Explanation e = Codes::explain(p, true);
        const QString text = LineTextBuilder::build(p);
        QCOMPARE(text, LineTextBuilder::explanation(p, e));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QStringList codes;
        if (!reply.isEmpty())
            codes << reply;
        if (!status.isEmpty())
            codes << status;
        // The codes and their class head the text; a provider's reference alone has neither.
        if (codes.isEmpty() && e.classTitle.isEmpty())
            QCOMPARE(lines.first(), QStringLiteral("  ") + e.title);
        else
            QCOMPARE(lines.first(), codes.join(QLatin1Char(' ')) + QStringLiteral(" - ") + e.classTitle);
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        // The provider by its title (every provider of the fixture has one), with its reference.
        const QString title = LineTextBuilder::providerTitle(provider);
        bool providerLine = false;
        for (const QString &l : lines)
            providerLine |= l.startsWith(QStringLiteral("  Provider: "));
        QCOMPARE(providerLine, !provider.isEmpty());
        if (!provider.isEmpty()) {
            QVERIFY2(title != provider, qPrintable(provider));
            const QString tag = p.providerTag.isEmpty() ? QString() : QStringLiteral(" (reference %1)").arg(p.providerTag);
            QVERIFY(lines.contains(QStringLiteral("  Provider: ") + title + tag));
        }
        bool reasonLine = false;
        for (const QString &l : lines)
            reasonLine |= l == QStringLiteral("  Reason: ") + reason || l.startsWith(QStringLiteral("  Reason: ") + reason + QStringLiteral(" - "));
        QVERIFY2(reasonLine, qPrintable(text));
        QVERIFY(lines.contains(p.hardBounce ? QStringLiteral("  Hard bounce: the address itself is unusable.")
                                            : QStringLiteral("  Not a hard bounce: the address may still work.")));
        if (!e.fix.isEmpty())
            QVERIFY(text.contains(QStringLiteral("\n  What to do:\n    - ") + e.fix.first() + QLatin1Char('\n')));
    }

    void entitiesArePlainText()
    {
        const QString input = QStringLiteral("550 5.1.1 <o'neil&co@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)");
        const Codes::ParsedLine p = Codes::parseLine(input);
        QCOMPARE(p.entities.addresses, QStringList{QStringLiteral("o'neil&co@example.org")});
        const QString text = LineTextBuilder::build(p);
        QVERIFY(text.contains(QStringLiteral("\n  Addresses: o'neil&co@example.org\n")));
        QVERIFY(text.contains(QStringLiteral("\n  Domains: example.org\n")));
        QVERIFY(text.contains(QStringLiteral("\n  Failed at SMTP command: RCPT\n")));
        QVERIFY(!text.contains(QStringLiteral("&amp;")));
    }

    void notRecognized()
    {
        const Codes::ParsedLine p = Codes::parseLine(QStringLiteral("hello world"));
        QVERIFY(!p.recognized);
        QCOMPARE(LineTextBuilder::build(p),
                 QStringLiteral("Not recognized: this does not look like an SMTP reply or status code.\n"
                                "  Paste the line that holds the three-digit reply code (e.g. 550) or the enhanced status code (e.g. 5.1.1).\n"));
    }

    void listOfNothingIsNothing()
    {
        QCOMPARE(LineTextBuilder::list(QStringLiteral("Notes:"), {}), QString());
        QCOMPARE(LineTextBuilder::list(QStringLiteral("Notes:"), {QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("  Notes:\n    - a\n    - b\n"));
    }
};

QTEST_GUILESS_MAIN(TestLineTextBuilder)
#include "TestLineTextBuilder.moc"
