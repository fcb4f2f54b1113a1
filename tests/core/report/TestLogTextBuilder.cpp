// SPDX-License-Identifier: GPL-3.0-or-later
// The readable text of mail-log results and their summary (Report::LogTextBuilder, "bouncelens-cli
// explain" over a log), on the log fixtures of tests/data/logs: each result's recipient, action,
// source, remote host, retry time and reply, then the reply's explanation; the summary's counts
// per reason and recipient domain; a reply holding terminal escapes and HTML stays plain text.
#include <QDir>
#include <QFile>
#include <QTest>

#include "codes/Explanation.h"
#include "logs/PastedInput.h"
#include "report/LineTextBuilder.h"
#include "report/LogTextBuilder.h"

using Report::LogTextBuilder;

namespace {

QStringList fixtureLines(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/") + name);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Line by line, as "explain -" reads a log (JSON documents are read whole).
QList<Logs::DeliveryResult> resultsOf(const QString &name, Logs::LogSummary *summary = nullptr)
{
    QStringList inputs = fixtureLines(name);
    if (!inputs.isEmpty() && Logs::looksLikeJson(inputs.first()) && !name.endsWith(QLatin1String(".jsonl")))
        inputs = QStringList{inputs.join(QLatin1Char('\n'))};
    QList<Logs::DeliveryResult> results;
    for (const QString &input : inputs) {
        const Logs::PastedInput p = Logs::readPastedInput(input);
        if (summary) {
            summary->lines += p.lines;
            if (p.kind == Logs::PastedInput::Kind::Notification)
                ++summary->notifications;
        }
        for (const Logs::DeliveryResult &r : p.results) {
            if (summary)
                summary->add(r);
            results << r;
        }
    }
    return results;
}

} // namespace

class TestLogTextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void eachResult_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"postfix-mail.log", "exim-mainlog", "sendmail-maillog", "m365-message-trace.txt", "esp-events.jsonl",
                              "ses-bounce.json", "sendgrid-events.json", "mailgun-failed.json", "postmark-bounce.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void eachResult()
    {
        QFETCH(QString, file);
        const QList<Logs::DeliveryResult> results = resultsOf(file);
        QVERIFY(!results.isEmpty());
        for (const Logs::DeliveryResult &r : results) {
            const QString text = LogTextBuilder::result(r);
            const QStringList lines = text.split(QLatin1Char('\n'));
            QCOMPARE(lines.first(), (r.recipient.isEmpty() ? QStringLiteral("(recipient not named)") : r.recipient)
                                        + QStringLiteral(" - ") + r.action + QStringLiteral(" (") + r.source + QLatin1Char(')'));
            if (!r.remoteHost.isEmpty() || !r.remoteIp.isEmpty())
                QVERIFY(lines.at(1).startsWith(QStringLiteral("  Remote host: ") + r.remoteHost));
            if (!r.delay.isEmpty()) // seconds from Postfix, [D+]HH:MM:SS from Sendmail, as written
                QVERIFY(lines.contains(QStringLiteral("  Retried for: ") + r.delay + (r.delay.contains(QLatin1Char(':')) ? QString() : QStringLiteral(" s"))));
            if (!r.diagnostic.isEmpty())
                QVERIFY(lines.contains(QStringLiteral("  Reply or MTA text: ") + r.diagnostic.section(QLatin1Char('\n'), 0, 0)));
            // The reply's explanation, as for a pasted line, closes the result.
            QVERIFY(text.endsWith(Report::LineTextBuilder::explanation(r.parsed, Codes::explain(r.parsed, true))));
        }
    }

    void postfixResult()
    {
        const QList<Logs::DeliveryResult> results = resultsOf(QStringLiteral("postfix-mail.log"));
        QVERIFY(!results.isEmpty());
        const QStringList lines = LogTextBuilder::result(results.first()).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("bob@example.org - bounced (postfix)"));
        QCOMPARE(lines.at(1), QStringLiteral("  Remote host: mx1.example.org [192.0.2.25]"));
        QCOMPARE(lines.at(2), QStringLiteral("  Retried for: 1.2 s"));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("  Reply or MTA text: host mx1.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>")));
        QCOMPARE(lines.at(4), QStringLiteral("550 5.1.1 - ") + Codes::explain(results.first().parsed, true).classTitle);
        // The expired message names no recipient and no code: the class comes from the action.
        bool expired = false;
        for (const Logs::DeliveryResult &r : results) {
            if (r.action != QLatin1String("expired"))
                continue;
            expired = true;
            const QString text = LogTextBuilder::result(r);
            if (r.parsed.status.isEmpty() && r.parsed.replyCode.isEmpty())
                QVERIFY(text.contains(r.statusClass == QLatin1Char('5') ? QStringLiteral("\n  Permanent failure (no SMTP code given)\n")
                                                                        : QStringLiteral("\n  Temporary failure (no SMTP code given)\n")));
        }
        QVERIFY(expired);
    }

    void summaryCounts()
    {
        Logs::LogSummary s;
        const QList<Logs::DeliveryResult> results = resultsOf(QStringLiteral("postfix-mail.log"), &s);
        QCOMPARE(s.lines, qint64(fixtureLines(QStringLiteral("postfix-mail.log")).size()));
        const QString text = LogTextBuilder::summary(s);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Read %1 lines or events: %2 delivery failures or deferrals.").arg(s.lines).arg(results.size()));
        // Reasons, then recipients per domain, each "    key: count"; the counts add up to the results.
        const qsizetype reasons = lines.indexOf(QStringLiteral("  Reasons:"));
        const qsizetype domains = lines.indexOf(QStringLiteral("  Recipients per domain:"));
        QCOMPARE(reasons, 1);
        QCOMPARE(domains, reasons + 1 + s.reasons.size());
        qint64 total = 0;
        for (qsizetype i = reasons + 1; i < domains; ++i) {
            const QStringList kv = lines.at(i).trimmed().split(QStringLiteral(": "));
            QCOMPARE(lines.at(i).left(4), QStringLiteral("    "));
            QCOMPARE(s.reasons.value(kv.at(0)), kv.at(1).toLongLong());
            total += kv.at(1).toLongLong();
        }
        QCOMPARE(total, qint64(results.size()));
        QVERIFY(lines.contains(QStringLiteral("    example.org: 1"))); // bob; carol was delivered
        QVERIFY(lines.contains(QStringLiteral("    gmail.com: 1")));   // frank
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }

    void summaryWithoutResults()
    {
        Logs::LogSummary s;
        s.lines = 3;
        QCOMPARE(LogTextBuilder::summary(s), QStringLiteral("Read 3 lines or events: 0 delivery failures or deferrals.\n"));
        QCOMPARE(LogTextBuilder::noFailure(3), QStringLiteral("No delivery failure or deferral in 3 log lines or events.\n"));
    }

    void hostileReplyIsPlainText()
    {
        QString line = fixtureLines(QStringLiteral("postfix-mail.log")).at(3);
        QVERIFY(line.contains(QStringLiteral("Recipient address rejected:")));
        line.replace(QStringLiteral("Recipient address rejected:"), QStringLiteral("Recipient \x1b[2J<b>address</b> rejected:"));
        const Logs::PastedInput p = Logs::readPastedInput(line);
        QCOMPARE(p.results.size(), 1);
        const QString text = LogTextBuilder::result(p.results.first());
        QVERIFY(text.contains(QStringLiteral("Recipient \x1b[2J<b>address</b> rejected:")));
        QVERIFY(!text.contains(QStringLiteral("&lt;")));
    }
};

QTEST_GUILESS_MAIN(TestLogTextBuilder)
#include "TestLogTextBuilder.moc"
