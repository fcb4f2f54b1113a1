// SPDX-License-Identifier: GPL-3.0-or-later
// The words a report shows for machine values (issue 17): every analysis kind and every reason
// evidence kind the core produces has its own label or sentence, so no raw value such as
// "text-weak" or "not-bounce" reaches a reader; values not in the tables pass through.
#include <QtTest>

#include "dsn/BounceAnalysis.h"
#include "report/ReportLabels.h"

using namespace Report;

class TestReportLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyAnalysisKindHasALabel_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("label");
        using K = Dsn::Kind;
        QTest::newRow("bounce") << int(K::Bounce) << QStringLiteral("bounce (not delivered)");
        QTest::newRow("delay") << int(K::Delay) << QStringLiteral("delay (the server is still trying)");
        QTest::newRow("delivered") << int(K::Delivered) << QStringLiteral("delivery report (delivered)");
        QTest::newRow("feedback") << int(K::Feedback) << QStringLiteral("feedback report (a complaint or abuse report)");
        QTest::newRow("auto-reply") << int(K::AutoReply) << QStringLiteral("automatic reply");
        QTest::newRow("not-bounce") << int(K::NotBounce) << QStringLiteral("not a bounce");
    }

    void everyAnalysisKindHasALabel()
    {
        QFETCH(int, kind);
        QFETCH(QString, label);
        QCOMPARE(messageKindLabel(Dsn::kindName(Dsn::Kind(kind))), label);
    }

    void aLogsOwnWordPassesThrough()
    {
        QCOMPARE(messageKindLabel(QStringLiteral("deferred")), QStringLiteral("deferred"));
        QCOMPARE(messageKindLabel(QStringLiteral("quarantined")), QStringLiteral("quarantined"));
    }

    void everyReasonKindHasASentence_data()
    {
        // The kinds of core/codes/ReasonEvidence.h and core/dsn/GoogleGroupsNotice.cpp.
        QTest::addColumn<QString>("kind");
        for (const char *k : {"provider", "text", "text-weak", "status", "status-default", "reply-code", "command",
                              "diagnostic-type", "notice", "none"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }

    void everyReasonKindHasASentence()
    {
        QFETCH(QString, kind);
        const QString sentence = reasonDecisionSentence(kind, QStringLiteral("RULE"), 42);
        QVERIFY2(sentence.contains(QStringLiteral("(confidence 42 %)")), qPrintable(sentence));
        // The fallback names the raw kind; a known kind never does.
        QVERIFY2(!sentence.startsWith(QStringLiteral("decided by ") + kind + QLatin1Char(' ')), qPrintable(sentence));
        QCOMPARE(sentence.contains(QStringLiteral("RULE")), kind != QLatin1String("status-default") && kind != QLatin1String("none"));
    }

    void anUnknownReasonKindIsNamed()
    {
        QCOMPARE(reasonDecisionSentence(QStringLiteral("future-kind"), QStringLiteral("x"), 10),
                 QStringLiteral("decided by future-kind \"x\" (confidence 10 %)"));
    }

    void aRuleIsFilledInOnce()
    {
        // A rule quoted from a reply may hold "%2": it stays text.
        QCOMPARE(reasonDecisionSentence(QStringLiteral("text"), QStringLiteral("50%2 off"), 90),
                 QStringLiteral("decided by the words \"50%2 off\" in the reply (confidence 90 %)"));
    }

    void ownTablesAreNamedForWhatTheyAre()
    {
        QCOMPARE(citationText(QStringLiteral("ProviderEntries.cpp (provider's published error page)")),
                 QStringLiteral("BounceLens provider catalogue (the provider's published error page)"));
        QVERIFY(!citationText(QStringLiteral("legacy table (written before sources were recorded per entry)")).startsWith(QStringLiteral("legacy")));
        QVERIFY(citationText(QStringLiteral("REASONS.md (onhold: too little information)")).contains(QStringLiteral("docs/REASONS.md")));
        // An MTA's source file or an RFC is the citation itself.
        QCOMPARE(citationText(QStringLiteral("postfix src/smtpd/smtpd_check.c")), QStringLiteral("postfix src/smtpd/smtpd_check.c"));
    }
};

QTEST_GUILESS_MAIN(TestReportLabels)
#include "TestReportLabels.moc"
