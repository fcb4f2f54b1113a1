// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis in the report: a real bounce diagnosed over a fake DNS (SPF lacks the sending
// IP) becomes ranked causes with anchored evidence, records, then vs now; the verdict strip
// follows the top cause; the HTML shows it all escaped; offline diagnosis lists skipped checks.
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "FakeResolver.h"
#include "diagnosis/DiagnosisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "report/DiagnosisReportBuilder.h"
#include "report/HtmlReportBuilder.h"
#include "report/MessageReportBuilder.h"
#include "report/TextSummaryBuilder.h"

using Report::DiagnosisReportBuilder;
using Report::HtmlReportBuilder;

namespace {

Dsn::BounceAnalysis analysis()
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/report/gmail-5.7.26-two-recipients.eml"));
    return f.open(QIODevice::ReadOnly) ? Dsn::BounceAnalyzer::analyze(f.readAll()) : Dsn::BounceAnalysis();
}

Diagnosis::DiagnosisResult diagnose(const Dsn::BounceAnalysis &a, bool network)
{
    TestSupport::FakeResolver dns;
    dns.addTxt(QStringLiteral("example.org"), "v=spf1 ip4:192.0.2.10 -all")
        .addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=reject")
        .addMx(QStringLiteral("gmail.com"), 5, QStringLiteral("mx.gmail.com"))
        .addA(QStringLiteral("mx.gmail.com"), QStringLiteral("142.250.27.26"));
    Diagnosis::DiagnosisInput input;
    input.analysis = a;
    input.options.network = network;
    return Diagnosis::Diagnoser(dns).run(input);
}

} // namespace

class TestDiagnosisReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void causesFromDiagnosis()
    {
        const Dsn::BounceAnalysis a = analysis();
        QCOMPARE(a.recipients.size(), 2);
        const Diagnosis::DiagnosisResult result = diagnose(a, true);
        QVERIFY(result.top());
        Report::ReportModel model = Report::MessageReportBuilder::build(a, QStringLiteral("bounce.eml"));
        DiagnosisReportBuilder::apply(model, result);
        QVERIFY(model.diagnosisRan);
        QCOMPARE(model.causes.size(), result.causes.size());
        const Report::Cause &top = model.causes.first();
        QCOMPARE(top.id, result.top()->id);
        QCOMPARE(top.id, QStringLiteral("cause.spf-not-authorized"));
        // The strip follows the top cause.
        QCOMPARE(model.whoActs, Diagnosis::whoActsName(result.top()->whoActs));
        QCOMPARE(model.retryHelps, std::optional<bool>(result.top()->retryHelps));
        QVERIFY(model.verdict.contains(top.title));
        QVERIFY(model.confidence.contains(QString::number(qRound(result.top()->confidence * 100))));
        // Evidence anchors point into the page: DSN fields into the raw text, DNS to its panel or log.
        QCOMPARE(top.evidence.size(), top.evidenceAnchors.size());
        QVERIFY(top.evidenceAnchors.contains(QStringLiteral("raw-r0-%1").arg(fieldIndex(model, 0, QStringLiteral("Diagnostic-Code"))))
                || top.evidenceAnchors.contains(QStringLiteral("bounce")) || top.evidenceAnchors.contains(QStringLiteral("recipient-0")));
        QVERIFY(!top.dnsRecords.isEmpty());
        QVERIFY(top.dnsRecords.join(QLatin1Char(' ')).contains(QStringLiteral("ip4:203.0.113.9")));
        bool stillBroken = false;
        for (const Report::ThenVsNow &t : top.thenVsNow)
            stillBroken |= t.check == QLatin1String("spf") && t.state == QLatin1String("still-broken");
        QVERIFY(stillBroken);

        const QString html = HtmlReportBuilder::build(model, {});
        QVERIFY(html.indexOf(QStringLiteral("id=\"causes\"")) > html.indexOf(QStringLiteral("id=\"verdict\"")));
        QVERIFY(html.contains(QStringLiteral("data-cause=\"cause.spf-not-authorized\"")));
        QVERIFY(html.contains(QStringLiteral("bouncelens://action/copy/cause-0-0")));
        QVERIFY(html.contains(QStringLiteral("Still broken")));
        // Every in-page evidence link has its target.
        const QRegularExpression link(QStringLiteral("<ul class=\"evidence\">.*?</ul>"));
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QString list = it.next().captured(0);
            for (auto h = QRegularExpression(QStringLiteral("href=\"#([^\"]+)\"")).globalMatch(list); h.hasNext();) {
                const QString id = h.next().captured(1);
                QVERIFY2(html.contains(QStringLiteral("id=\"") + id + QLatin1Char('"')), qPrintable(id));
            }
        }
        QVERIFY(Report::TextSummaryBuilder::build(model).contains(top.title));
        // The JSON of the export is the diagnosis' own.
        const QJsonObject json = Diagnosis::DiagnosisJson::toJson(result, QStringLiteral("bounce.eml"));
        QCOMPARE(json.value(QStringLiteral("diagnosis")).toArray().first().toObject().value(QStringLiteral("id")).toString(), top.id);
    }

    void offlineListsSkippedChecks()
    {
        const Dsn::BounceAnalysis a = analysis();
        const Diagnosis::DiagnosisResult result = diagnose(a, false);
        Report::ReportModel model = Report::MessageReportBuilder::build(a, QStringLiteral("bounce.eml"));
        DiagnosisReportBuilder::apply(model, result);
        QVERIFY(!model.causes.isEmpty());
        QCOMPARE(model.skippedChecks.size(), result.checks.skipped.size());
        QVERIFY(!model.skippedChecks.isEmpty());
        const QString html = HtmlReportBuilder::build(model, {});
        QVERIFY(html.contains(QStringLiteral("class=\"skipped\"")));
    }

    void pendingAndEmptySlots()
    {
        Report::ReportModel model;
        model.diagnosisPending = true;
        QVERIFY(HtmlReportBuilder::causesSection(model, {}).contains(QStringLiteral("class=\"pending\"")));
        model.diagnosisPending = false;
        // Not run: a hidden slot the result can replace in place.
        QVERIFY(HtmlReportBuilder::causesSection(model, {}).contains(QStringLiteral("id=\"causes\" hidden")));
    }

    void hostileEvidenceIsEscaped()
    {
        Report::ReportModel model;
        Diagnosis::Cause c;
        c.id = QStringLiteral("cause.unknown");
        Diagnosis::Evidence e;
        e.source = Diagnosis::Evidence::Source::Dns;
        e.text = Diagnosis::Text("%1", {QStringLiteral("<script>alert(1)</script>")});
        e.query = QStringLiteral("TXT <img src=x>");
        c.evidence.append(e);
        model.causes.append(DiagnosisReportBuilder::cause(model, c));
        model.diagnosisRan = true;
        const QString html = HtmlReportBuilder::causesSection(model, {});
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }

private:
    static int fieldIndex(const Report::ReportModel &m, int recipient, const QString &name)
    {
        const QList<Report::Field> &fields = m.recipients.at(recipient).fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).name == name)
                return i;
        }
        return -1;
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisReportBuilder)
#include "TestDiagnosisReportBuilder.moc"
