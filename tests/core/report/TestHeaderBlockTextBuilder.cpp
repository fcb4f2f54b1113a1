// SPDX-License-Identifier: GPL-3.0-or-later
// The readable text of a pasted message header (Report::HeaderBlockTextBuilder, "bouncelens-cli
// explain" of Gmail's "Show original" or Outlook's details, tests/data/logs/headers-*.txt): the
// fields, the sending IP, DKIM, the Received hops oldest first, the "check" command for the
// sender; a Subject holding terminal escapes and HTML stays plain text.
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "logs/HeaderBlock.h"
#include "report/HeaderBlockTextBuilder.h"

using Report::HeaderBlockTextBuilder;

namespace {

QString fixture(const char *name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/logs/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestHeaderBlockTextBuilder : public QObject
{
    Q_OBJECT

private slots:
    void gmailShowOriginal()
    {
        const std::optional<Dsn::BounceAnalysis> a = Logs::readHeaderBlock(fixture("headers-gmail-show-original.txt"));
        QVERIFY(a);
        const QString text = HeaderBlockTextBuilder::build(*a);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Message header: read as the returned original (Received hops, authentication, DKIM)."));
        QVERIFY(lines.contains(QStringLiteral("  From: Alice Example <alice@example.org>")));
        QVERIFY(lines.contains(QStringLiteral("  To: carol.recipient@gmail.com")));
        QVERIFY(lines.contains(QStringLiteral("  Subject: Quarterly figures")));
        QVERIFY(lines.contains(QStringLiteral("  Message-ID: <20240301100005.4F3A12C0A1@mail.example.org>")));
        QVERIFY(lines.contains(QStringLiteral("  DKIM signature: d=example.org, s=mail2024")));
        const Logs::HeaderCheckTarget t = Logs::checkTargetOf(*a);
        QVERIFY(!t.ip.isEmpty());
        QVERIFY(lines.contains(QStringLiteral("  Sending IP: ") + t.ip + QStringLiteral(" - ") + t.ipWhyShown));
        // The hops in travel order: the header lists the newest first, the text the oldest first.
        const qsizetype hops = lines.indexOf(QStringLiteral("  Received hops (oldest first):"));
        QVERIFY(hops > 0);
        QCOMPARE(a->original.received.size(), 3);
        for (int i = 0; i < a->original.received.size(); ++i)
            QVERIFY(lines.at(hops + 1 + i).startsWith(QStringLiteral("    - from ") + a->original.received.at(a->original.received.size() - 1 - i).from));
        QVERIFY(lines.at(hops + 1).contains(QStringLiteral("[203.0.113.50]")));
        // The sender's live checks, as a command to run.
        QVERIFY(lines.contains(QStringLiteral("  Live checks of the sender (SPF, DKIM, DMARC, MX, PTR, blocklists): "
                                              "bouncelens-cli check example.org --ip %1 --sender alice@example.org --selector mail2024").arg(t.ip)));
        QVERIFY(text.contains(QStringLiteral("  Authentication-Results:\n    - ")));
    }

    void outlookDetails()
    {
        const std::optional<Dsn::BounceAnalysis> a = Logs::readHeaderBlock(fixture("headers-outlook-message-details.txt"));
        QVERIFY(a);
        const QString text = HeaderBlockTextBuilder::build(*a);
        QVERIFY(text.startsWith(QStringLiteral("Message header: read as the returned original")));
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("^    - from "), QRegularExpression::MultilineOption)), a->original.received.size());
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }

    void hostileFieldsArePlainText()
    {
        QString header = fixture("headers-gmail-show-original.txt");
        header.replace(QStringLiteral("Subject: Quarterly figures"), QStringLiteral("Subject: Quarterly \x1b]2;pwned\x07<script>x</script> figures"));
        const std::optional<Dsn::BounceAnalysis> a = Logs::readHeaderBlock(header);
        QVERIFY(a);
        const QString text = HeaderBlockTextBuilder::build(*a);
        QVERIFY(text.contains(QStringLiteral("\n  Subject: Quarterly \x1b]2;pwned\x07<script>x</script> figures\n")));
    }
};

QTEST_GUILESS_MAIN(TestHeaderBlockTextBuilder)
#include "TestHeaderBlockTextBuilder.moc"
