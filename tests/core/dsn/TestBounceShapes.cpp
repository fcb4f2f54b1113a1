// SPDX-License-Identifier: GPL-3.0-or-later
// Non-bounce and recipient shapes (issue 13 item 6): challenge-response notices, senders
// named in a notice, bounces marked auto-replied, "Action: failed" with a 4.x.x status, and
// recipients written without a domain. Fixtures and their sources: tests/data/dsn/README.md.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "dsn/AnalysisJson.h"
#include "dsn/BounceAnalyzer.h"
#include "dsn/ChallengeNotice.h"
#include "dsn/ScreenNames.h"
#include "report/MessageReportBuilder.h"

using namespace Dsn;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QStringList addresses(const BounceAnalysis &a)
{
    QStringList out;
    for (const RecipientResult &r : a.recipients)
        out << r.address;
    return out;
}

} // namespace

class TestBounceShapes : public QObject
{
    Q_OBJECT

private slots:
    void challengeIsItsOwnKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("filter");
        QTest::newRow("TMDA confirm_request template, exim-like first line, null sender")
            << QStringLiteral("challenge-tmda-confirm-request.eml") << QStringLiteral("tmda");
        QTest::newRow("Active Spam Killer confirmation") << QStringLiteral("challenge-ask-confirm.eml") << QStringLiteral("ask");
        QTest::newRow("challenge dressed as a DSN with Action: delayed")
            << QStringLiteral("challenge-formatted-as-dsn.eml") << QStringLiteral("challenge-response");
    }

    void challengeIsItsOwnKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, filter);
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(file));
        QCOMPARE(a.kind, Kind::Challenge);
        QCOMPARE(a.mta, filter);
        QVERIFY2(a.recipients.isEmpty(), qPrintable(addresses(a).join(QLatin1Char(' ')))); // nothing failed or waits for a retry
        const QJsonObject o = AnalysisJson::toJson(a, file);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("challenge"));
        QVERIFY(o.value(QStringLiteral("recipients")).toArray().isEmpty());
    }

    // The phrase rule on its own: one sentence only a challenge writes is enough; words a
    // bounce may also use count only next to a filter's name or header.
    void challengeWording_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filter");
        QTest::newRow("held until you verify, wrapped")
            << QString() << QStringLiteral("Your message is held until\nyou verify that you sent it.") << QStringLiteral("challenge-response");
        QTest::newRow("are you a human") << QString() << QStringLiteral("Please confirm you are a HUMAN.") << QStringLiteral("challenge-response");
        QTest::newRow("TMDA subject") << QStringLiteral("Please confirm your message") << QString() << QStringLiteral("challenge-response");
        QTest::newRow("weak words and a product name")
            << QString() << QStringLiteral("Spam Arrest: please confirm this sender.") << QStringLiteral("spamarrest");
        QTest::newRow("weak words alone") << QString() << QStringLiteral("Please confirm the address and the allowlist entry.") << QString();
        QTest::newRow("a product name alone") << QString() << QStringLiteral("550 5.7.1 [MailChannels] blocked") << QString();
        QTest::newRow("a plain bounce") << QStringLiteral("Undelivered Mail Returned to Sender")
                                        << QStringLiteral("550 5.1.1 <a@example.org>: User unknown") << QString();
    }

    void challengeWording()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, filter);
        QCOMPARE(ChallengeNotice::detect({}, subject, text), filter);
    }

    void challengeVerdictSaysWhatToDo()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("challenge-formatted-as-dsn.eml")));
        const Report::ReportModel m = Report::MessageReportBuilder::build(a, QStringLiteral("x.eml"));
        QCOMPARE(m.messageKind, QStringLiteral("challenge"));
        QCOMPARE(m.verdictState, Report::State::Warning);
        QVERIFY2(m.verdict.contains(QStringLiteral("challenge–response filter")), qPrintable(m.verdict));
        QVERIFY2(m.verdict.contains(QLatin1String("allowlist")), qPrintable(m.verdict));
    }

    // Exim's own bounce (Auto-Submitted: auto-replied) for a MailChannels rejection that
    // speaks of sender verification: a permanent failure, not a challenge.
    void verificationWordsInARejectionStayABounce()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("sender-verification-rejected.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(addresses(a), QStringList{QStringLiteral("hank@example.org")});
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.7.1"));
    }

    // "Dear <alice@...>, your message to <erin@...>": Alice wrote the original (its From); the
    // first parse took her line for a recipient line.
    void senderIsNeverARecipient()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("sender-named-first-sentence.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(addresses(a), QStringList{QStringLiteral("erin@example.net")});
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.1.1"));
        QCOMPARE(a.recipients[0].replyCode, QStringLiteral("550"));
    }

    void autoRepliedBounceIsABounce()
    {
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(QStringLiteral("auto-replied-one-line-bounce.eml")));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(addresses(a), QStringList{QStringLiteral("frank@example.net")});
        QCOMPARE(a.recipients[0].status, QStringLiteral("5.1.1"));
        QCOMPARE(a.recipients[0].action, QStringLiteral("failed"));
    }

    void outOfOfficeStaysAnAutoReply_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("out-of-office subject") << QStringLiteral("auto-reply.eml");
        QTest::newRow("an address and a date, no failure") << QStringLiteral("auto-reply-with-address.eml");
    }

    void outOfOfficeStaysAnAutoReply()
    {
        QFETCH(QString, file);
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(file));
        QCOMPARE(a.kind, Kind::AutoReply);
        QVERIFY(a.recipients.isEmpty());
    }

    // RFC 3464 section 2.3.3: the action is what the MTA did. "failed" with 4.2.2 means it gave
    // up on a transient condition; the status keeps its class.
    void actionFailedKeptWithTransientStatus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("status");
        QTest::newRow("delivery-status part") << QStringLiteral("action-failed-transient-status.eml")
                                              << QStringLiteral("gina@example.org") << QStringLiteral("4.2.2");
        QTest::newRow("fields in a text body") << QStringLiteral("action-failed-in-text-body.eml")
                                               << QStringLiteral("ivan@example.org") << QStringLiteral("4.4.2");
    }

    void actionFailedKeptWithTransientStatus()
    {
        QFETCH(QString, file);
        QFETCH(QString, recipient);
        QFETCH(QString, status);
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(file));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(addresses(a), QStringList{recipient});
        QCOMPARE(a.recipients[0].action, QStringLiteral("failed"));
        QCOMPARE(a.recipients[0].status, status);
        const QJsonObject r = AnalysisJson::toJson(a, QStringLiteral("x.eml")).value(QStringLiteral("recipients")).toArray().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("action")).toString(), QStringLiteral("failed"));
    }

    // Which lines name a recipient without a domain, and which are labels.
    void screenNameLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("diagnostic");
        QTest::newRow("sendmail usrerr") << QStringLiteral("550 5.1.1 kijitora... User unknown\n") << QStringLiteral("kijitora")
                                         << QStringLiteral("550 5.1.1 kijitora... User unknown");
        QTest::newRow("sendmail list with reason")
            << QStringLiteral("   ----- The following addresses had permanent fatal errors -----\nneko\n    (reason: 550 User unknown)\n")
            << QStringLiteral("neko") << QStringLiteral("550 User unknown");
        QTest::newRow("transcript RCPT") << QStringLiteral(">>> RCPT To:<tama>\n<<< 550 No such user\n") << QStringLiteral("tama")
                                         << QStringLiteral("RCPT To:<tama>\n<<< 550 No such user").simplified();
        QTest::newRow("a label, not a name") << QStringLiteral("Reason: user unknown\n") << QString() << QString();
        QTest::newRow("a status line") << QStringLiteral("Status: 5.1.1 (user unknown)\n") << QString() << QString();
        QTest::newRow("no hint at all") << QStringLiteral("kijitora: on holiday\n") << QString() << QString();
    }

    void screenNameLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, diagnostic);
        const QList<FreeTextRecipient> found = ScreenNames::find(text);
        QCOMPARE(found.size(), name.isEmpty() ? 0 : 1);
        if (!name.isEmpty()) {
            QCOMPARE(found[0].address, name);
            QCOMPARE(found[0].diagnostic, diagnostic);
        }
    }

    void screenNameKeepsTheRecipient_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("asWritten");
        QTest::addColumn<QString>("completedFrom");
        QTest::addColumn<QString>("status");
        // Words alone, with neither the RCPT stage nor an X.1.1 status, are "filtered"
        // (ReasonClassifier: Sisimai's definition); the recipient is kept either way.
        QTest::addColumn<QString>("reason");
        QTest::newRow("sendmail local user, domain from the returned original's To")
            << QStringLiteral("screen-name-local-delivery.eml") << QStringLiteral("kijitora@example.jp")
            << QStringLiteral("kijitora") << QStringLiteral("original-to") << QStringLiteral("5.1.1") << QStringLiteral("userunknown");
        QTest::newRow("old MTA 'name: user unknown', domain of the reporting MTA")
            << QStringLiteral("screen-name-colon-old-mta.eml") << QStringLiteral("kijitora@mx.example.org")
            << QStringLiteral("kijitora") << QStringLiteral("reporting-mta") << QStringLiteral("5") << QStringLiteral("filtered");
        QTest::newRow("no context names a domain: the name alone")
            << QStringLiteral("screen-name-only.eml") << QStringLiteral("neko") << QString() << QString() << QStringLiteral("5")
            << QStringLiteral("filtered");
    }

    void screenNameKeepsTheRecipient()
    {
        QFETCH(QString, file);
        QFETCH(QString, recipient);
        QFETCH(QString, asWritten);
        QFETCH(QString, completedFrom);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const BounceAnalysis a = BounceAnalyzer::analyze(fixture(file));
        QCOMPARE(a.kind, Kind::Bounce);
        QCOMPARE(addresses(a), QStringList{recipient});
        const RecipientResult &r = a.recipients[0];
        QCOMPARE(r.addressAsWritten, asWritten);
        QCOMPARE(r.addressCompletedFrom, completedFrom);
        QCOMPARE(r.status, status);
        QCOMPARE(r.reason, reason);
        const QJsonObject o = AnalysisJson::toJson(a, file).value(QStringLiteral("recipients")).toArray().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("recipient")).toString(), recipient);
        QCOMPARE(o.contains(QStringLiteral("recipient_completed_from")), !completedFrom.isEmpty());
        if (!completedFrom.isEmpty()) {
            QCOMPARE(o.value(QStringLiteral("recipient_as_written")).toString(), asWritten);
            QCOMPARE(o.value(QStringLiteral("recipient_completed_from")).toString(), completedFrom);
        }
    }
};

QTEST_GUILESS_MAIN(TestBounceShapes)
#include "TestBounceShapes.moc"
