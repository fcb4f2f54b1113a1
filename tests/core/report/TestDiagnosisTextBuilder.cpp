// SPDX-License-Identifier: GPL-3.0-or-later
// The readable text of a diagnosis (Report::DiagnosisTextBuilder, "bouncelens-cli diagnose"): a
// real bounce diagnosed over a real NSD (SPF lacks the sending IP) lists its causes ranked 1, 2,
// ... with confidence, evidence, fix and the record to publish; at most MaxCauses are shown;
// offline, the skipped checks close the text; text quoted from a hostile bounce (HTML, terminal
// escapes) is returned as plain text (escaping is the terminal writer's job).
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "NsdServer.h"
#include "diagnosis/Diagnoser.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dsn/BounceAnalyzer.h"
#include "report/DiagnosisTextBuilder.h"

using Report::DiagnosisTextBuilder;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList rankLines(const QString &text)
{
    QStringList ranks;
    static const QRegularExpression rank(QStringLiteral("^(\\d+)\\. .*  \\[(cause\\.[^\\]]+)\\]$"), QRegularExpression::MultilineOption);
    for (auto it = rank.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ranks << m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    return ranks;
}

} // namespace

class TestDiagnosisTextBuilder : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;

    Diagnosis::DiagnosisResult diagnose(const QByteArray &message, bool network) const
    {
        Dns::LdnsResolver resolver(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver cache(resolver);
        Diagnosis::DiagnosisInput input;
        input.analysis = Dsn::BounceAnalyzer::analyze(message);
        input.options.network = network;
        return Diagnosis::Diagnoser(cache).run(input);
    }

private slots:
    void initTestCase()
    {
        TestSupport::ZoneBuilder org(QStringLiteral("example.org"));
        org.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.10 -all"))
            .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject"));
        m_nsd.addZone(org);
        TestSupport::ZoneBuilder gmail(QStringLiteral("gmail.com"));
        gmail.mx(QStringLiteral("@"), 5, QStringLiteral("mx.gmail.com.")).a(QStringLiteral("mx"), QStringLiteral("142.250.27.26"));
        m_nsd.addZone(gmail);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    }

    void rankedCausesWithFixes()
    {
        const Diagnosis::DiagnosisResult r = diagnose(readData("report/gmail-5.7.26-two-recipients.eml"), true);
        QVERIFY(r.top());
        QCOMPARE(r.top()->id, QStringLiteral("cause.spf-not-authorized"));
        const QString text = DiagnosisTextBuilder::build(r);
        QVERIFY(text.startsWith(r.verdict() + QStringLiteral("\n\n")));
        // Ranks 1..n in the diagnosis' order, n at most MaxCauses.
        QStringList expected;
        for (int i = 0; i < std::min<int>(int(r.causes.size()), DiagnosisTextBuilder::MaxCauses); ++i)
            expected << QString::number(i + 1) + QLatin1Char(' ') + r.causes.at(i).id;
        QCOMPARE(rankLines(text), expected);
        // The top cause: confidence, a fix with the SPF record to publish (a zone line with the IP).
        const QString top = DiagnosisTextBuilder::cause(*r.top(), 1);
        QVERIFY(top.startsWith(QStringLiteral("1. ")));
        QVERIFY(top.contains(QStringLiteral("   confidence %1 %, who acts: ").arg(qRound(r.top()->confidence * 100))));
        QVERIFY(top.contains(QStringLiteral("\n   fix: ")));
        QVERIFY(top.contains(QRegularExpression(QStringLiteral("\n        \\S+.*TXT.*ip4:203\\.0\\.113\\.9"))));
        QVERIFY(top.contains(QStringLiteral("\n   evidence: ")));
        QVERIFY(top.contains(QStringLiteral("then vs now (spf): ")));
        QVERIFY(text.contains(top));
        // The checks asked of the server close the text.
        QVERIFY(text.contains(QStringLiteral("\nChecks asked of %1: %2\n").arg(r.checks.dnsServer, r.checks.ran.join(QStringLiteral(", ")))));
    }

    void offlineListsSkippedChecks()
    {
        const Diagnosis::DiagnosisResult r = diagnose(readData("report/gmail-5.7.26-two-recipients.eml"), false);
        QVERIFY(!r.checks.skipped.isEmpty());
        const QString text = DiagnosisTextBuilder::build(r);
        QVERIFY(!text.contains(QStringLiteral("Checks asked of")));
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("^Skipped [^:]+: .+$"), QRegularExpression::MultilineOption)),
                 r.checks.skipped.size());
        QVERIFY(text.endsWith(QStringLiteral("Skipped %1: %2\n").arg(r.checks.skipped.last().check, r.checks.skipped.last().why.translated())));
    }

    void atMostMaxCauses()
    {
        Diagnosis::DiagnosisResult r = diagnose(readData("report/gmail-5.7.26-two-recipients.eml"), false);
        QVERIFY(!r.causes.isEmpty());
        while (r.causes.size() < DiagnosisTextBuilder::MaxCauses + 2)
            r.causes.append(r.causes.first());
        QCOMPARE(rankLines(DiagnosisTextBuilder::build(r)).size(), DiagnosisTextBuilder::MaxCauses);
    }

    void hostileTextIsPlain()
    {
        QByteArray message = readData("report/hostile-bounce.eml");
        QVERIFY(!message.isEmpty());
        message.replace("Recipient address rejected:", "Recipient address \x1b]0;pwned\x07 rejected:");
        const Diagnosis::DiagnosisResult r = diagnose(message, false);
        QVERIFY(!r.causes.isEmpty());
        const QString text = DiagnosisTextBuilder::build(r);
        // Whatever the causes quote of the bounce reaches the text unchanged.
        QString quoted;
        for (const Diagnosis::Cause &c : r.causes) {
            for (const Diagnosis::Evidence &e : c.evidence)
                quoted += e.text.translated();
        }
        QVERIFY(quoted.contains(QStringLiteral("\x1b]0;pwned\x07")));
        QVERIFY(text.contains(QStringLiteral("\x1b]0;pwned\x07")));
        QVERIFY(text.contains(QStringLiteral("<a href=\"javascript:alert(1)\">")));
        QVERIFY(!text.contains(QStringLiteral("&lt;")));
        QVERIFY(!text.contains(QStringLiteral("\\x1b")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisTextBuilder)
#include "TestDiagnosisTextBuilder.moc"
