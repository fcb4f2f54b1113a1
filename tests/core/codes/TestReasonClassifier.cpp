// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "codes/ReasonClassifier.h"

using namespace Codes;

class TestReasonClassifier : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void hardBounceRule_data();
    void hardBounceRule();
    void classify_data();
    void classify();
    void fast();
};

void TestReasonClassifier::namesRoundTrip()
{
    for (int i = 0; i < reasonCount; ++i) {
        const auto r = static_cast<Reason>(i);
        QCOMPARE(reasonFromName(reasonName(r)), r);
        QCOMPARE(reasonFromName(reasonName(r).toUpper()), r);
        QVERIFY(!reasonDescription(r).isEmpty());
    }
    QCOMPARE(reasonName(Reason::FailedStartTls), QStringLiteral("failedstarttls"));
    QCOMPARE(reasonName(Reason::NotCompliantRfc), QStringLiteral("notcompliantrfc"));
    QCOMPARE(reasonFromName(u"ratelimited"), Reason::Speeding);
    QCOMPARE(reasonFromName(u"emailtoolarge"), Reason::MesgTooBig);
    QCOMPARE(reasonFromName(u"nonsense"), Reason::Undefined);
}

void TestReasonClassifier::hardBounceRule_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QChar>("cls");
    QTest::addColumn<bool>("hard");
    QTest::newRow("userunknown5") << int(Reason::UserUnknown) << QChar(u'5') << true;
    QTest::newRow("hostunknown5") << int(Reason::HostUnknown) << QChar(u'5') << true;
    QTest::newRow("hasmoved5") << int(Reason::HasMoved) << QChar(u'5') << true;
    QTest::newRow("notaccept5") << int(Reason::NotAccept) << QChar(u'5') << true;
    QTest::newRow("notaccept4") << int(Reason::NotAccept) << QChar(u'4') << false;
    QTest::newRow("mailboxfull5") << int(Reason::MailboxFull) << QChar(u'5') << false;
    QTest::newRow("blocked5") << int(Reason::Blocked) << QChar(u'5') << false;
    QTest::newRow("suspend5") << int(Reason::Suspend) << QChar(u'5') << false;
    QTest::newRow("onhold5") << int(Reason::OnHold) << QChar(u'5') << false;
}

void TestReasonClassifier::hardBounceRule()
{
    QFETCH(int, reason);
    QFETCH(QChar, cls);
    QFETCH(bool, hard);
    QCOMPARE(isHardBounce(static_cast<Reason>(reason), cls), hard);
}

void TestReasonClassifier::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    // The first digit never decides: both 550s below are different reasons.
    QTest::newRow("550-user") << "User unknown" << "550" << "" << "" << "RCPT" << "userunknown";
    QTest::newRow("550-spam") << "Message rejected as spam" << "550" << "" << "" << "DATA" << "spamdetected";
    // Status says user unknown, but the text says the mailbox is full.
    QTest::newRow("511-full") << "Mailbox full" << "550" << "5.1.1" << "" << "" << "mailboxfull";
    // Text of a user-unknown at the MAIL stage is not about the recipient: it refuses the
    // envelope sender (RFC 5321 3.3; docs/REASONS.md "rejected"). Was "onhold" before issue 13.
    QTest::newRow("mail-stage") << "no such user" << "550" << "" << "" << "MAIL" << "rejected";
    QTest::newRow("multiline") << "Mailbox\n   size limit exceeded" << "552" << "" << "" << "" << "mailboxfull";
    QTest::newRow("case") << "RELAY ACCESS DENIED" << "554" << "" << "" << "" << "norelaying";
    // TSS04: more than the IP's reputation allows (Yahoo's error code page; go-sisimai 5.2
    // badreputation). Was "rejected" (Sisimai 5.1) before issue 13.
    QTest::newRow("provider-tag") << "[TSS04] Messages from 192.0.2.1 temporarily deferred" << "421" << "4.7.0"
                                  << "yahoo" << "" << "badreputation";
    QTest::newRow("status-only") << "" << "" << "5.7.26" << "" << "" << "authfailure";
    QTest::newRow("subject-fallback") << "" << "" << "5.7.99" << "" << "" << "securityerror";
    QTest::newRow("media-fallback") << "" << "" << "5.6.99" << "" << "" << "contenterror";
    QTest::newRow("helo-stage") << "" << "" << "5.0.0" << "" << "HELO" << "blocked";
    QTest::newRow("delivered") << "Ok" << "250" << "2.0.0" << "" << "" << "delivered";
    QTest::newRow("nothing") << "" << "" << "" << "" << "" << "undefined";
    QTest::newRow("ptr-before-block") << "Client host rejected: cannot find your hostname" << "450" << "4.7.1" << ""
                                      << "" << "requireptr";
}

void TestReasonClassifier::classify()
{
    QFETCH(QString, text);
    QFETCH(QString, reply);
    QFETCH(QString, status);
    QFETCH(QString, provider);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(reasonName(classifyReason({text, reply, status, provider, command, QString()})), expected);
}

void TestReasonClassifier::fast()
{
    // Thousands of messages per second: one classification must take well under a millisecond.
    const ReasonInput in{QStringLiteral("host mx.example.org[192.0.2.25] said: 550 5.7.1 The message was refused "
                                        "because of something nobody has a rule for (in reply to end of DATA command)"),
                         QStringLiteral("550"), QStringLiteral("5.7.1"), QString(), QStringLiteral("DATA"), QString()};
    classifyReason(in);
    QElapsedTimer t;
    t.start();
    const int n = 5000;
    for (int i = 0; i < n; ++i)
        classifyReason(in);
    const double perCallUs = t.nsecsElapsed() / 1000.0 / n;
    qInfo("classifyReason: %.1f us per call (worst case: no phrase matches)", perCallUs);
    QVERIFY2(perCallUs < 200, qPrintable(QString::number(perCallUs)));
}

QTEST_GUILESS_MAIN(TestReasonClassifier)
#include "TestReasonClassifier.moc"
