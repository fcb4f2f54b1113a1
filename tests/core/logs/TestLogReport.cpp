// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop path for a pasted log excerpt: InputClassifier sends it to the log reader, and
// LogReportBuilder gives one report per result with an overview of all, HTML-escaped.
#include <QFile>
#include <QTest>

#include "report/HtmlReportBuilder.h"
#include "report/InputClassifier.h"
#include "report/LogReportBuilder.h"

using Report::InputClassifier;

class TestLogReport : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void reportPerResultWithOverview();
    void hostileLineIsEscaped();

private:
    static QString fixture(const QString &name);
};

QString TestLogReport::fixture(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

void TestLogReport::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("postfix excerpt") << fixture(QStringLiteral("postfix-mail.log")) << int(InputClassifier::Kind::Log);
    QTest::newRow("one postfix line, dsn only")
        << fixture(QStringLiteral("postfix-mail.log")).split(QLatin1Char('\n')).at(5) << int(InputClassifier::Kind::Log);
    QTest::newRow("exim excerpt") << fixture(QStringLiteral("exim-mainlog")) << int(InputClassifier::Kind::Log);
    QTest::newRow("ses json") << fixture(QStringLiteral("ses-bounce.json")) << int(InputClassifier::Kind::Log);
    QTest::newRow("sendgrid json") << fixture(QStringLiteral("sendgrid-events.json")) << int(InputClassifier::Kind::Log);
    QTest::newRow("smtp reply stays a line") << QStringLiteral("550 5.1.1 <bob@example.org>: User unknown") << int(InputClassifier::Kind::Line);
    QTest::newRow("connects only: no result, a line") << QStringLiteral("Mar  1 10:00:00 mail postfix/smtpd[2101]: connect from x[192.0.2.1]")
                                                       << int(InputClassifier::Kind::Line);
    QTest::newRow("domain") << QStringLiteral("example.com") << int(InputClassifier::Kind::Domain);
}

void TestLogReport::classify()
{
    QFETCH(QString, text);
    QTEST(int(InputClassifier::classify(text)), "kind");
}

void TestLogReport::reportPerResultWithOverview()
{
    Logs::LogSummary summary;
    const QList<Logs::DeliveryResult> results = Report::LogReportBuilder::read(fixture(QStringLiteral("postfix-mail.log")), &summary);
    QCOMPARE(results.size(), 9);
    QCOMPARE(summary.lines, 15);
    const Report::ReportModel m = Report::LogReportBuilder::build(results, 1, summary);
    QCOMPARE(m.recipients.size(), 1);
    QCOMPARE(m.recipients.first().address, QStringLiteral("dave@nonexistent.example"));
    QCOMPARE(m.recipients.first().reason, QStringLiteral("hostunknown"));
    QCOMPARE(m.rawText, results.at(1).input);
    // Every marked field points at its text in the line.
    int marked = 0;
    for (const Report::Field &f : m.recipients.first().fields) {
        if (f.start < 0)
            continue;
        QCOMPARE(m.rawText.mid(f.start, f.length), f.value);
        ++marked;
    }
    QVERIFY(marked >= 3); // recipient, status, reply (and delay)
    // The counts, and the overview: one row per result (recipient, status, reason, remote host).
    QCOMPARE(m.messageFields.size(), 2);
    QCOMPARE(m.resultRows.size(), 9);
    QCOMPARE(m.currentResult, 1);
    QCOMPARE(m.resultRows.at(0).recipient, QStringLiteral("bob@example.org"));
    QCOMPARE(m.resultRows.at(0).status, QStringLiteral("5.1.1"));
    QCOMPARE(m.resultRows.at(0).reason, QStringLiteral("userunknown"));
    QCOMPARE(m.resultRows.at(0).remoteHost, QStringLiteral("mx1.example.org [192.0.2.25]"));
    QCOMPARE(m.resultRows.at(1).recipient, QStringLiteral("dave@nonexistent.example"));
    QCOMPARE(m.verdictState, Report::State::Error);
    // In the page: a table whose every row links to its own report, this report's row marked.
    const QString html = Report::HtmlReportBuilder::build(m, {});
    QVERIFY(html.contains(QLatin1String("<table class=\"results\">")));
    for (int i = 0; i < 9; ++i)
        QVERIFY(html.contains(QStringLiteral("href=\"bouncelens://action/result/%1\"").arg(i)));
    QVERIFY(!html.contains(QLatin1String("bouncelens://action/result/9")));
    QVERIFY(html.contains(QLatin1String("<tr id=\"result-1\" class=\"current\" aria-current=\"true\">")));
    QVERIFY(!html.contains(QLatin1String("<tr id=\"result-0\" class=\"current\"")));
    QVERIFY(html.indexOf(QLatin1String("id=\"results\"")) < html.indexOf(QLatin1String("id=\"verdict\"")));
    // Reports other than a log excerpt's have no such table.
    Report::ReportModel plain = m;
    plain.resultRows.clear();
    QVERIFY(!Report::HtmlReportBuilder::build(plain, {}).contains(QLatin1String("action/result/")));
}

void TestLogReport::hostileLineIsEscaped()
{
    const QString line = QStringLiteral(
        "Mar  1 10:00:02 mail postfix/smtp[2103]: 4F3A12C0A1: to=<\"<img src=x onerror=alert(1)\"@example.org>, "
        "relay=mx1.example.org[192.0.2.25]:25, delay=1.2, delays=0.05/0.01/0.6/0.54, dsn=5.1.1, status=bounced "
        "(host mx1.example.org[192.0.2.25] said: 550 5.1.1 <script>alert(2)</script> User unknown (in reply to RCPT TO command))");
    Logs::LogSummary summary;
    const QList<Logs::DeliveryResult> results = Report::LogReportBuilder::read(line, &summary);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().recipient.contains(QLatin1String("<img")));
    const QString html = Report::HtmlReportBuilder::build(Report::LogReportBuilder::build(results, 0, summary), {});
    QVERIFY(!html.contains(QLatin1String("<img src=x")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;img src=x")));
}

QTEST_GUILESS_MAIN(TestLogReport)
#include "TestLogReport.moc"
