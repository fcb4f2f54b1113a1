// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP stage as evidence for the reason (RFC 5321 section 3.3): where a bounce says which
// command failed, and what "user unknown" means with and without that stage.
#include <QFile>
#include <algorithm>
#include <QtTest>

#include "FakeResolver.h"
#include "codes/LineParser.h"
#include "diagnosis/Diagnoser.h"
#include "dsn/BounceAnalyzer.h"
#include "report/MessageReportBuilder.h"

using namespace Dsn;

namespace {

BounceAnalysis analyzeFixture(const QString &name)
{
    QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/stage/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return BounceAnalyzer::analyze(f.readAll());
}

const RecipientResult *recipient(const BounceAnalysis &a, const char *address)
{
    for (const RecipientResult &r : a.recipients) {
        if (r.address == QLatin1String(address))
            return &r;
    }
    return nullptr;
}

// The diagnosis of a bounce from its message alone (no DNS asked).
Diagnosis::DiagnosisResult diagnoseOffline(const BounceAnalysis &a)
{
    Diagnosis::DiagnosisInput input;
    input.analysis = a;
    input.options.network = false;
    TestSupport::FakeResolver dns;
    return Diagnosis::Diagnoser(dns).run(input);
}

const Diagnosis::Cause *cause(const Diagnosis::DiagnosisResult &r, const char *id)
{
    for (const Diagnosis::Cause &c : r.causes) {
        if (c.id == QLatin1String(id))
            return &c;
    }
    return nullptr;
}

bool anyText(const QList<Diagnosis::Text> &texts, const char *needle)
{
    return std::any_of(texts.begin(), texts.end(), [&](const Diagnosis::Text &t) { return t.english().contains(QLatin1String(needle)); });
}

bool anyFix(const Diagnosis::Cause &c, const char *needle)
{
    return std::any_of(c.fix.begin(), c.fix.end(), [&](const Diagnosis::FixStep &f) { return f.text.english().contains(QLatin1String(needle)); });
}

} // namespace

class TestSmtpStage : public QObject
{
    Q_OBJECT

private slots:
    void postfixStageFromTheHumanPart()
    {
        const BounceAnalysis a = analyzeFixture(QStringLiteral("postfix-stage-in-human-part.eml"));
        QCOMPARE(a.recipients.size(), 2);
        const RecipientResult *carol = recipient(a, "carol@example.net");
        QVERIFY(carol);
        // Diagnostic-Code has no stage; the folded human part says RCPT TO.
        QCOMPARE(carol->command, QStringLiteral("RCPT"));
        QCOMPARE(carol->reason, QStringLiteral("userunknown"));
        const RecipientResult *dave = recipient(a, "dave@example.net");
        QVERIFY(dave);
        QCOMPARE(dave->command, QStringLiteral("DATA"));
        QCOMPARE(dave->reason, QStringLiteral("filtered")); // RCPT had accepted the mailbox
    }

    void userUnknownWithoutStageOrAddressStatus()
    {
        const BounceAnalysis a = analyzeFixture(QStringLiteral("postfix-no-stage.eml"));
        const RecipientResult *erin = recipient(a, "erin@example.net");
        QVERIFY(erin);
        QVERIFY(erin->command.isEmpty());
        QCOMPARE(erin->reason, QStringLiteral("filtered"));
        QCOMPARE(erin->reasonEvidence.kind, QStringLiteral("command"));
        QVERIFY(erin->reasonEvidence.confidence < 0.5);
        // X.1.1 is the server's own statement that the mailbox does not exist.
        const RecipientResult *frank = recipient(a, "frank@example.net");
        QVERIFY(frank);
        QCOMPARE(frank->reason, QStringLiteral("userunknown"));
    }

    void reportShowsTheRecipientsReasonNotTheBareLinesReading()
    {
        const BounceAnalysis a = analyzeFixture(QStringLiteral("postfix-no-stage.eml"));
        const RecipientResult *erin = recipient(a, "erin@example.net");
        QVERIFY(erin);
        // The bare line alone reads as user unknown; the recipient, with the whole bounce in
        // view, is filtered. The report's code anatomy must say what the analysis says.
        QCOMPARE(Codes::reasonName(Codes::parseLine(erin->diagnosticCode).reason), QStringLiteral("userunknown"));
        const Report::ReportModel model = Report::MessageReportBuilder::build(a, QStringLiteral("postfix-no-stage.eml"));
        auto it = std::find_if(model.recipients.cbegin(), model.recipients.cend(),
                               [](const Report::Recipient &r) { return r.address == QLatin1String("erin@example.net"); });
        QVERIFY(it != model.recipients.cend());
        const Report::Recipient &shown = *it;
        QVERIFY(shown.code.has_value());
        QCOMPARE(shown.code->reason, QStringLiteral("filtered"));
        QCOMPARE(shown.code->reasonKind, QStringLiteral("command"));
        // Its typical causes and what to do follow that reason, not the bare line's.
        QVERIFY2(!shown.code->fixes.join(QLatin1Char('|')).contains(QLatin1String("Remove the address")), qPrintable(shown.code->fixes.join(QLatin1Char('|'))));
        QVERIFY(shown.code->fixes.contains(QStringLiteral("Contact the recipient by another channel.")));
        QVERIFY(shown.code->causes.contains(QStringLiteral("The recipient accepts mail only from certain senders.")));
    }

    // "Unknown user" in reply to end of DATA: the analysis says "filtered", and the diagnosis
    // must not then tell the user the address does not exist and to delete it.
    void diagnosisDoesNotCallAFiltersUnknownUserADeadAddress()
    {
        const BounceAnalysis a = analyzeFixture(QStringLiteral("postfix-unknown-after-data.eml"));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients.first().reason, QStringLiteral("filtered"));
        const Diagnosis::DiagnosisResult r = diagnoseOffline(a);
        QCOMPARE(r.top()->id, QStringLiteral("cause.recipient-policy"));
        QVERIFY(anyFix(*r.top(), "Before removing the address from any list"));
        const Diagnosis::Cause *unknown = cause(r, "cause.recipient-unknown");
        QVERIFY(unknown); // still named, as the doubt it is
        QVERIFY(unknown->confidence < r.top()->confidence);
        QVERIFY(anyText(unknown->why, "not in reply to RCPT TO"));
        QCOMPARE(unknown->recipients, QStringList{QStringLiteral("erin@example.net")});
    }

    // Two recipients: frank's 5.1.1 at RCPT is a dead address, erin's words after DATA are not
    // proof; the dead-address cause names frank only, and erin's doubt is not added to it.
    void aDeadAddressBesideAFilteredOneStaysTheOthersCause()
    {
        const Diagnosis::DiagnosisResult r = diagnoseOffline(analyzeFixture(QStringLiteral("postfix-no-stage.eml")));
        const Diagnosis::Cause *unknown = cause(r, "cause.recipient-unknown");
        QVERIFY(unknown);
        QCOMPARE(r.top()->id, QStringLiteral("cause.recipient-unknown"));
        QCOMPARE(unknown->recipients, QStringList{QStringLiteral("frank@example.net")});
        QVERIFY(!anyText(unknown->why, "not in reply to RCPT TO"));
        const Diagnosis::Cause *filter = cause(r, "cause.recipient-policy");
        QVERIFY(filter);
        QVERIFY(filter->recipients.contains(QStringLiteral("erin@example.net")));
        QVERIFY(anyFix(*filter, "Before removing the address from any list"));
    }

    void onePastedReplyLineIsDecidedByItsWords()
    {
        // A pasted line never says its stage: the words decide, as before.
        const Codes::ParsedLine p = Codes::parseLine(QStringLiteral("550 Unknown user erin@example.net"));
        QCOMPARE(Codes::reasonName(p.reason), QStringLiteral("userunknown"));
    }

    void dmaReplyOnTheNextLineStaysWithItsRecipient()
    {
        const BounceAnalysis a = analyzeFixture(QStringLiteral("dma-reply-quotes-recipient.eml"));
        QCOMPARE(a.recipients.size(), 1);
        const RecipientResult &grace = a.recipients.first();
        QCOMPARE(grace.address, QStringLiteral("grace@example.net"));
        QCOMPARE(grace.command, QStringLiteral("RCPT"));
        QVERIFY2(grace.diagnosticCode.contains(QLatin1String("rejected as spam")), qPrintable(grace.diagnosticCode));
        QCOMPARE(grace.reason, QStringLiteral("spamdetected"));
    }

    void googleGroupsNoticeIsRejectedInAnyLanguage()
    {
        const BounceAnalysis a = analyzeFixture(QStringLiteral("google-groups-no-permission.eml"));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients.first().address, QStringLiteral("team-offsite@googlegroups.com"));
        QCOMPARE(a.recipients.first().reason, QStringLiteral("rejected"));
        // Google words the notice in the sender's language: without its English sentences
        // (which a phrase matches) the notice's structure alone decides.
        QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/dsn/stage/google-groups-no-permission.eml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray notice = f.readAll();
        const qsizetype from = notice.indexOf("We're writing");
        const qsizetype to = notice.indexOf(" * You might");
        QVERIFY(from > 0 && to > from);
        QByteArray wordless = notice;
        wordless.remove(from, to - from);
        const BounceAnalysis structural = BounceAnalyzer::analyze(wordless);
        QCOMPARE(structural.recipients.size(), 1);
        QCOMPARE(structural.recipients.first().reason, QStringLiteral("rejected"));
        QCOMPARE(structural.recipients.first().reasonEvidence.kind, QStringLiteral("notice"));
        // With only three causes listed it is not Google Groups' notice.
        QByteArray threeCauses = wordless;
        threeCauses.replace(" * This group may not be open to posting.\n", "");
        const BounceAnalysis other = BounceAnalyzer::analyze(threeCauses);
        QVERIFY(other.recipients.isEmpty() || other.recipients.first().reason != QLatin1String("rejected"));
    }

    void stageWordsOfMtasThatDoNotQuoteTheCommand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("command");
        QTest::newRow("qmail rcpt") << QStringLiteral("192.0.2.7 does not like recipient.\nRemote host said: 550 No such user") << QStringLiteral("RCPT");
        QTest::newRow("qmail data") << QStringLiteral("192.0.2.7 failed after I sent the message.\nRemote host said: 554 Rejected") << QStringLiteral("DATA");
        QTest::newRow("dma rcpt") << QStringLiteral("mx.example.net [192.0.2.26] did not like our RCPT TO: 550 5.7.1 Denied") << QStringLiteral("RCPT");
        QTest::newRow("gmail state 14") << QStringLiteral("550 550 5.1.1 <x@example.jp>... User Unknown (state 14).") << QStringLiteral("RCPT");
        QTest::newRow("gmail state 18") << QStringLiteral("550 550 Unknown user x@example.jp (state 18).") << QStringLiteral("DATA");
        QTest::newRow("postfix") << QStringLiteral("550 5.1.1 Unknown (in reply to RCPT TO command)") << QStringLiteral("RCPT");
        QTest::newRow("none") << QStringLiteral("550 5.1.1 Unknown user") << QString();
    }

    void stageWordsOfMtasThatDoNotQuoteTheCommand()
    {
        QFETCH(QString, text);
        QFETCH(QString, command);
        QCOMPARE(Codes::extractCommand(text), command);
    }
};

QTEST_GUILESS_MAIN(TestSmtpStage)
#include "TestSmtpStage.moc"
