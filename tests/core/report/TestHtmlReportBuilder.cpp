// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRegularExpression>
#include <QTest>

#include "report/HtmlReportBuilder.h"
#include "report/TextSummaryBuilder.h"

using Report::HtmlReportBuilder;
using Report::ReportModel;

namespace {

const QString kHostile = QStringLiteral("<script>document.title='pwned'</script><img src=http://evil.example/x.png>"
                                        "<a href=\"javascript:alert(1)\">x</a><style>body{display:none}</style>");

ReportModel lineModel()
{
    ReportModel m;
    m.kind = ReportModel::Kind::Line;
    m.title = QStringLiteral("Explained line");
    m.verdict = QStringLiteral("Gmail refused the message: not authenticated.");
    m.verdictState = Report::State::Error;
    m.permanence = QStringLiteral("permanent");
    m.retryHelps = false;
    m.whoActs = QStringLiteral("sender-admin");
    Report::CodeAnatomy code;
    code.recognized = true;
    code.input = QStringLiteral("550-5.7.26 blocked ") + kHostile;
    code.replyCode = QStringLiteral("550");
    code.status = QStringLiteral("5.7.26");
    code.classText = QStringLiteral("permanent failure");
    code.subjectText = QStringLiteral("security or policy");
    code.detailText = QStringLiteral("multiple authentication checks failed");
    code.provider = QStringLiteral("Gmail");
    m.code = code;
    return m;
}

} // namespace

class TestHtmlReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void verdictComesFirst()
    {
        const QString html = HtmlReportBuilder::build(lineModel(), {});
        const int verdict = html.indexOf(QStringLiteral("id=\"verdict\""));
        const int code = html.indexOf(QStringLiteral("class=\"code\""));
        QVERIFY(verdict > 0);
        QVERIFY(code > verdict);
        QVERIFY(html.contains(QStringLiteral("Gmail refused the message: not authenticated.")));
        // Severity = icon + word + class (colour), never colour alone.
        QVERIFY(html.contains(QStringLiteral("state-error")));
        QVERIFY(html.contains(QStringLiteral("✖")));
        QVERIFY(html.contains(QStringLiteral(">Fail<")) || html.contains(QStringLiteral(" Fail</span>")));
        QVERIFY(html.contains(QStringLiteral("Permanent")));
        QVERIFY(html.contains(QStringLiteral("Your mail admin")));
    }

    void anatomyShowsEachPart()
    {
        const QString html = HtmlReportBuilder::build(lineModel(), {});
        QVERIFY(html.contains(QStringLiteral("<code>550</code>")));
        QVERIFY(html.contains(QStringLiteral("security or policy")));
        QVERIFY(html.contains(QStringLiteral("<code>5.7.26</code>")));
        QVERIFY(html.contains(QStringLiteral("multiple authentication checks failed")));
    }

    void hostileStringIsText()
    {
        ReportModel m = lineModel();
        m.title = kHostile;
        m.verdict = kHostile;
        m.rawText = kHostile;
        Report::Recipient r;
        r.address = kHostile;
        r.fields.append({QStringLiteral("Status"), kHostile, 0, 8});
        m.recipients.append(r);
        Report::Check check;
        check.id = QStringLiteral("spf\"><script>");
        check.title = QStringLiteral("SPF");
        check.state = Report::State::Warning;
        check.verdict = kHostile;
        check.details = {kHostile};
        check.findings.append({Report::State::Warning, QStringLiteral("spf.none"), kHostile, kHostile, kHostile, kHostile});
        m.checks.append(check);
        const QString html = HtmlReportBuilder::build(m, {});
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript:")));
        QVERIFY(!html.contains(QStringLiteral("<style>body")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")));
        // Every tag in the page is one we write: allow-list of element names.
        static const QRegularExpression tagRe(QStringLiteral("<([a-zA-Z0-9]+)[\\s>]"));
        static const QStringList allowed = {QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"), QStringLiteral("title"),
            QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("header"), QStringLiteral("h1"), QStringLiteral("h2"),
            QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("p"), QStringLiteral("main"), QStringLiteral("section"),
            QStringLiteral("div"), QStringLiteral("span"), QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
            QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("code"), QStringLiteral("pre"),
            QStringLiteral("a"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("details"),
            QStringLiteral("summary"), QStringLiteral("strong"), QStringLiteral("nav")};
        auto it = tagRe.globalMatch(html);
        while (it.hasNext()) {
            const QString name = it.next().captured(1).toLower();
            QVERIFY2(allowed.contains(name), qPrintable(name));
        }
        // Links only to our own action scheme or in-page anchors.
        static const QRegularExpression hrefRe(QStringLiteral("href=\"([^\"]*)\""));
        auto hrefs = hrefRe.globalMatch(html);
        while (hrefs.hasNext()) {
            const QString href = hrefs.next().captured(1);
            QVERIFY2(href.startsWith(QLatin1Char('#')) || href.startsWith(QLatin1String("bouncelens://action/")), qPrintable(href));
        }
    }

    void cspForbidsEverythingButOurStyle()
    {
        const QString html = HtmlReportBuilder::build(lineModel(), {});
        QVERIFY(html.contains(QStringLiteral("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-")));
        QVERIFY(!html.contains(QStringLiteral("unsafe-inline")));
        QVERIFY(html.contains(QStringLiteral(".verdict"))); // the style sheet was embedded
    }

    void rawFieldsLinkBothWays()
    {
        ReportModel m;
        m.kind = ReportModel::Kind::Message;
        m.title = QStringLiteral("Bounce");
        m.rawText = QStringLiteral("Final-Recipient: rfc822; a@b.example\nStatus: 5.1.1\n");
        Report::Recipient r;
        r.address = QStringLiteral("a@b.example");
        r.fields.append({QStringLiteral("Final-Recipient"), QStringLiteral("a@b.example"), 0, 36});
        r.fields.append({QStringLiteral("Status"), QStringLiteral("5.1.1"), 37, 13});
        r.fields.append({QStringLiteral("Reason"), QStringLiteral("userunknown"), -1, 0});
        m.recipients.append(r);
        const QString html = HtmlReportBuilder::build(m, {});
        QVERIFY(html.contains(QStringLiteral("<a class=\"field\" id=\"raw-r0-1\" href=\"#row-r0-1\" title=\"Status\">Status: 5.1.1</a>")));
        QVERIFY(html.contains(QStringLiteral("<tr id=\"row-r0-1\"><th scope=\"row\"><a href=\"#raw-r0-1\">Status</a>")));
        QVERIFY(html.contains(QStringLiteral("<tr id=\"row-r0-2\"><th scope=\"row\">Reason</th>")));
    }

    void checksShowStatesAndRetry()
    {
        ReportModel m;
        m.kind = ReportModel::Kind::Domain;
        m.title = QStringLiteral("Domain");
        m.domain = QStringLiteral("example.org");
        Report::Check spf;
        spf.id = QStringLiteral("spf");
        spf.title = QStringLiteral("SPF");
        spf.state = Report::State::Unknown;
        spf.verdict = QStringLiteral("The DNS did not answer.");
        m.checks.append(spf);
        Report::Check dmarc;
        dmarc.id = QStringLiteral("dmarc");
        dmarc.title = QStringLiteral("DMARC");
        dmarc.state = Report::State::Error;
        dmarc.findings.append({Report::State::Error, QStringLiteral("dmarc.none"), QStringLiteral("no record"), QString(),
                               QStringLiteral("Publish:"), QStringLiteral("_dmarc.example.org. 3600 IN TXT \"v=DMARC1; p=none\"")});
        m.checks.append(dmarc);
        HtmlReportBuilder::Options interactive;
        const QString html = HtmlReportBuilder::build(m, interactive);
        QVERIFY(html.contains(QStringLiteral("href=\"bouncelens://action/retry/spf\"")));
        QVERIFY(!html.contains(QStringLiteral("action/retry/dmarc")));
        QVERIFY(html.contains(QStringLiteral("href=\"bouncelens://action/copy/finding-dmarc-0\"")));
        QCOMPARE(m.copyText(QStringLiteral("finding-dmarc-0")), QStringLiteral("_dmarc.example.org. 3600 IN TXT \"v=DMARC1; p=none\""));
        QVERIFY(m.copyText(QStringLiteral("finding-dmarc-1")).isEmpty());
        QVERIFY(m.copyText(QStringLiteral("finding-nope-0")).isEmpty());
        QVERIFY(html.contains(QStringLiteral("Unknown — no usable DNS answer")));
        HtmlReportBuilder::Options exported;
        exported.interactive = false;
        const QString exportedHtml = HtmlReportBuilder::build(m, exported);
        QVERIFY(!exportedHtml.contains(QStringLiteral("bouncelens://")));
    }

    void reasonEvidenceIsMarked()
    {
        // The words that decided the reason are marked inside the reply; everything escaped.
        Report::CodeAnatomy code;
        code.recognized = true;
        code.reason = QStringLiteral("userunknown");
        code.reasonKind = QStringLiteral("text");
        code.reasonRule = QStringLiteral("user unknown");
        code.reasonSource = QStringLiteral("postfix src/smtpd/smtpd_check.c");
        code.reasonConfidence = 90;
        code.reasonText = QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table <script>x</script>");
        code.reasonStart = int(code.reasonText.indexOf(QStringLiteral("User unknown")));
        code.reasonEnd = code.reasonStart + 12;
        const QString html = HtmlReportBuilder::reasonEvidenceHtml(code);
        QVERIFY2(html.contains(QStringLiteral("<mark>User unknown</mark>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;bob@example.org&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        // The citation is quoted as one, the machine kind ("text") is never shown raw (issue 17).
        QVERIFY2(html.contains(QStringLiteral("source: <cite>postfix src/smtpd/smtpd_check.c</cite>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("decided by the words &quot;user unknown&quot; in the reply (confidence 90 %)")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("decided by text")));
        // BounceLens's own table is named for what it is, not by its file name.
        code.reasonKind = QStringLiteral("provider");
        code.reasonSource = QStringLiteral("ProviderEntries.cpp (provider's published error page)");
        const QString provider = HtmlReportBuilder::reasonEvidenceHtml(code);
        QVERIFY2(provider.contains(QStringLiteral("<cite>BounceLens provider catalogue (the provider&#39;s published error page)</cite>")), qPrintable(provider));
        QVERIFY(!provider.contains(QStringLiteral("ProviderEntries.cpp")));
        QVERIFY(!provider.contains(QStringLiteral("decided by provider")));
        // A rule quoted from a reply is data: a "%2" in it is not filled in, "<" is escaped.
        code.reasonRule = QStringLiteral("<b>%2</b>");
        QVERIFY(HtmlReportBuilder::reasonEvidenceHtml(code).contains(QStringLiteral("&quot;&lt;b&gt;%2&lt;/b&gt;&quot;")));
        // A code default says so.
        code.reasonKind = QStringLiteral("status-default");
        code.reasonStart = code.reasonEnd = -1;
        QVERIFY(HtmlReportBuilder::reasonEvidenceHtml(code).contains(QStringLiteral("general meaning only")));
        QVERIFY(!HtmlReportBuilder::reasonEvidenceHtml(code).contains(QStringLiteral("<mark>")));
    }

    void causesPlugIn()
    {
        ReportModel m = lineModel();
        m.diagnosisRan = true;
        Report::Cause c;
        c.id = QStringLiteral("cause.spf-not-authorized");
        c.title = QStringLiteral("Your SPF record does not authorize 203.0.113.9.");
        c.confidence = 0.9;
        c.whoActs = QStringLiteral("sender-admin");
        c.fix = {QStringLiteral("Publish this record instead.")};
        c.dnsRecords = {QStringLiteral("v=spf1 ip4:203.0.113.9 -all")};
        m.causes.append(c);
        const QString html = HtmlReportBuilder::build(m, {});
        QVERIFY(html.indexOf(QStringLiteral("id=\"causes\"")) > html.indexOf(QStringLiteral("id=\"verdict\"")));
        QVERIFY(html.indexOf(QStringLiteral("id=\"causes\"")) < html.indexOf(QStringLiteral("class=\"code\"")));
        QVERIFY(html.contains(QStringLiteral("Confidence 90%")));
        QVERIFY(html.contains(QStringLiteral("bouncelens://action/copy/cause-0-0")));
        QCOMPARE(m.copyText(QStringLiteral("cause-0-0")), QStringLiteral("v=spf1 ip4:203.0.113.9 -all"));
        QCOMPARE(m.copyText(QStringLiteral("cause-3-0")), QString());
        const QString text = Report::TextSummaryBuilder::build(m);
        QVERIFY(text.contains(QStringLiteral("Cause 1 (90% confidence): Your SPF record does not authorize 203.0.113.9.")));
        QVERIFY(text.contains(QStringLiteral("v=spf1 ip4:203.0.113.9 -all")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReportBuilder)
#include "TestHtmlReportBuilder.moc"
