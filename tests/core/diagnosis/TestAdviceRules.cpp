// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that keep advice safe, without DNS: which IP a bounce is about (SendingIp), when an
// IP is the sender's own (SenderInfrastructure), the consistency pass over the ranked causes,
// and the quote a cause shows (ReplyExcerpt).
#include <QtTest>

#include "FakeResolver.h"
#include "auth/common/PublicSuffix.h"
#include "auth/spf/SpfLinter.h"
#include "diagnosis/ConsistencyPass.h"
#include "diagnosis/ReplyExcerpt.h"
#include "diagnosis/SenderInfrastructure.h"
#include "diagnosis/SendingIp.h"
#include "dsn/OriginalMessageParser.h"
#include "util/PublicAddress.h"

using namespace Diagnosis;

namespace {

Dsn::RecipientResult failed(const QString &address, const QString &diagnostic, const QString &remoteMta = {})
{
    Dsn::RecipientResult r;
    r.address = address;
    r.action = QStringLiteral("failed");
    r.diagnosticCode = diagnostic;
    r.remoteMta = remoteMta;
    return r;
}

Dsn::BounceAnalysis withHops(const QStringList &received)
{
    Dsn::BounceAnalysis a;
    a.kind = Dsn::Kind::Bounce;
    a.original.present = true;
    for (const QString &h : received)
        a.original.received.append(Dsn::OriginalMessageParser::parseReceived(h));
    return a;
}

Cause make(const QString &id, double confidence, ThenVsNow::State state = ThenVsNow::State::NotComparable, const QString &check = {})
{
    Cause c;
    c.id = id;
    c.confidence = confidence;
    if (!check.isEmpty())
        c.thenVsNow.append({check, Text::verbatim(QStringLiteral("fail")), Text::verbatim(QStringLiteral("pass")), state});
    c.fix.append(FixStep{Text("step"), Dns::ZoneRecord::txt(QStringLiteral("example.org"), QStringLiteral("v=spf1 ip4:198.51.100.77 -all"))});
    return c;
}

} // namespace

class TestAdviceRules : public QObject
{
    Q_OBJECT

private slots:
    void replyIpWins()
    {
        Dsn::BounceAnalysis a = withHops({QStringLiteral("from mail.example.org (mail.example.org [203.0.113.9]) by relay.example.org with ESMTPS; Mon, 16 Nov 2026 09:14:05 +0100"),
                                          QStringLiteral("from [192.168.1.20] (unknown [198.51.100.77]) by mail.example.org with ESMTPSA; Mon, 16 Nov 2026 09:14:03 +0100")});
        a.recipients.append(failed(QStringLiteral("bob@gmail.com"),
                                   QStringLiteral("550-5.7.26 SPF [example.org] with ip: [203.0.113.9] = did not pass - gsmtp"),
                                   QStringLiteral("dns; gmail-smtp-in.l.google.com")));
        const SendingIpChoice c = SendingIp::choose(a);
        QCOMPARE(c.ip, QStringLiteral("203.0.113.9"));
        QCOMPARE(sendingIpSourceName(c.source), QStringLiteral("reply"));
        QVERIFY(c.why.english().contains(QStringLiteral("named 203.0.113.9 in its reply")));
    }

    void remoteHostNamedByTheReportingMtaIsNotTheSender_data()
    {
        QTest::addColumn<QString>("diagnostic");
        QTest::newRow("dma") << QStringLiteral("mx.example.net [192.0.2.26] did not like our RCPT TO: 550 5.7.0 <grace@example.net>: Recipient address rejected: spam");
        QTest::newRow("exim") << QStringLiteral("host mx.example.net [192.0.2.26] SMTP error from remote mail server after RCPT TO:<grace@example.net>: 550 5.7.1 Rejected");
        QTest::newRow("qmail") << QStringLiteral("192.0.2.26 does not like recipient. Remote host said: 550 5.7.1 Rejected");
        // Postfix's own texts (src/smtp/smtp_connect.c, smtp_trouble.c): no reply code at all.
        QTest::newRow("postfix-connect") << QStringLiteral("connect to example.com[192.0.2.26]:25: Connection refused");
        QTest::newRow("postfix-timeout") << QStringLiteral("conversation with mx.example.net[192.0.2.26] timed out while receiving the initial server greeting");
        QTest::newRow("postfix-lost") << QStringLiteral("lost connection with mx.example.net[192.0.2.26] while sending RCPT TO");
    }

    void remoteHostNamedByTheReportingMtaIsNotTheSender()
    {
        QFETCH(QString, diagnostic);
        // 192.0.2.26 is documentation space, not public: use the replyIps list directly with a
        // public address in the same place.
        const QString publicRemote = QString(diagnostic).replace(QStringLiteral("192.0.2.26"), QStringLiteral("8.8.4.4"));
        QVERIFY(SendingIp::replyIps(publicRemote, QString()).isEmpty());
        // An address inside the reply itself is the receiver's statement about the client.
        QCOMPARE(SendingIp::replyIps(publicRemote + QStringLiteral(" (client 9.9.9.9 listed)"), QString()), QStringList{QStringLiteral("9.9.9.9")});
    }

    // The "sending_ip" every JSON shows is the one the checks use (SendingIp::settle), not the
    // parser's first public hop, which here is the author's authenticated submission.
    void settleWritesTheCheckedIp()
    {
        Dsn::BounceAnalysis a = withHops({QStringLiteral("from out.sender.example (out.sender.example [198.51.100.20]) by mx1.example.net with ESMTPS; Mon, 16 Nov 2026 09:14:06 +0100"),
                                          QStringLiteral("from [10.0.0.5] (client.isp.example [198.51.100.77]) by out.sender.example with ESMTPSA; Mon, 16 Nov 2026 09:14:03 +0100")});
        a.recipients.append(failed(QStringLiteral("ann@example.net"), QStringLiteral("550 5.7.1 rejected"), QStringLiteral("dns; mx1.example.net")));
        a.original.sendingIp = QStringLiteral("198.51.100.77"); // what OriginalMessageParser picks
        SendingIp::settle(a);
        QCOMPARE(a.original.sendingIp, SendingIp::choose(a).ip);
        QCOMPARE(a.original.sendingIp, QStringLiteral("198.51.100.20"));
    }

    void receiverHopThenRelay()
    {
        // No IP in the reply: the hop the receiving side (example.net) recorded.
        Dsn::BounceAnalysis a = withHops({QStringLiteral("from out.sender.example (out.sender.example [198.51.100.20]) by mx1.example.net with ESMTPS; Mon, 16 Nov 2026 09:14:06 +0100"),
                                          QStringLiteral("from [10.0.0.5] (client.isp.example [198.51.100.77]) by out.sender.example with ESMTPSA; Mon, 16 Nov 2026 09:14:03 +0100")});
        a.recipients.append(failed(QStringLiteral("ann@example.net"), QStringLiteral("550 5.7.1 rejected"), QStringLiteral("dns; mx1.example.net")));
        SendingIpChoice c = SendingIp::choose(a);
        QCOMPARE(c.ip, QStringLiteral("198.51.100.20"));
        QCOMPARE(sendingIpSourceName(c.source), QStringLiteral("receiver-hop"));
        QCOMPARE(c.host, QStringLiteral("out.sender.example"));
        // Bounced before the receiver wrote a hop: the first public relay, never the author's
        // own device that authenticated (ESMTPSA), never a private address.
        a = withHops({QStringLiteral("from [10.0.0.5] (client.isp.example [198.51.100.77]) by out.sender.example with ESMTPSA; Mon, 16 Nov 2026 09:14:03 +0100"),
                      QStringLiteral("from [10.0.0.7] (unknown [10.0.0.7]) by gw.sender.example with ESMTP; Mon, 16 Nov 2026 09:14:02 +0100")});
        a.recipients.append(failed(QStringLiteral("ann@example.net"), QStringLiteral("550 5.7.1 rejected")));
        c = SendingIp::choose(a);
        QVERIFY2(c.ip.isEmpty(), qPrintable(c.ip));
    }

    void receiverIsAnOrganizationNotASuffix()
    {
        // sender.co.uk's own relay is not "the receiver" because both end in co.uk.
        Dsn::BounceAnalysis a = withHops({QStringLiteral("from out.sender.co.uk (out.sender.co.uk [198.51.100.20]) by gw.sender.co.uk with ESMTP; Mon, 16 Nov 2026 09:14:06 +0000"),
                                          QStringLiteral("from [10.0.0.5] (client.isp.example [198.51.100.77]) by out.sender.co.uk with ESMTPSA; Mon, 16 Nov 2026 09:14:03 +0000")});
        a.recipients.append(failed(QStringLiteral("ann@receiver.co.uk"), QStringLiteral("550 5.7.1 rejected"), QStringLiteral("dns; mx.receiver.co.uk")));
        const SendingIpChoice c = SendingIp::choose(a);
        QCOMPARE(sendingIpSourceName(c.source), QStringLiteral("relay"));
    }

    void tcpInfoAddressNotHeloLiteral()
    {
        // RFC 5321 4.4: the TCP-info in parentheses is what the receiver saw.
        const Dsn::ReceivedHop hop = Dsn::OriginalMessageParser::parseReceived(
            QStringLiteral("from [192.168.1.20] (unknown [198.51.100.77]) by mail.example.org with ESMTPSA id 4F; Mon, 16 Nov 2026 09:14:03 +0100"));
        QCOMPARE(hop.ip, QStringLiteral("198.51.100.77"));
        QCOMPARE(hop.with, QStringLiteral("ESMTPSA"));
        // Exim writes the HELO name as helo=: it replaces the literal as the host's name.
        const Dsn::ReceivedHop exim = Dsn::OriginalMessageParser::parseReceived(
            QStringLiteral("from [198.51.100.8] (port=4711 helo=mail.example.org) by mx.example.net with esmtp (Exim 4.96); Mon, 16 Nov 2026 09:14:03 +0100"));
        QCOMPARE(exim.from, QStringLiteral("mail.example.org"));
        QCOMPARE(exim.ip, QStringLiteral("198.51.100.8"));
    }

    void privateAndSpecialRangesAreNeverChosen_data()
    {
        QTest::addColumn<QString>("ip");
        for (const char *ip : {"10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "127.0.0.1", "169.254.1.1", "0.0.0.0",
                               "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1"})
            QTest::newRow(ip) << QString::fromLatin1(ip);
    }

    void privateAndSpecialRangesAreNeverChosen()
    {
        QFETCH(QString, ip);
        QVERIFY(!Util::isPublicAddress(ip));
    }

    void tieNeedsTheSendersOwnHost()
    {
        const Auth::PublicSuffix &psl = Auth::PublicSuffix::system();
        BounceFacts facts;
        facts.fromDomain = QStringLiteral("example.org");
        facts.sendingIp = QStringLiteral("198.51.100.99");
        LiveCheckResults none;
        // The newest hop was written by a relay of another provider: not tied.
        facts.received = {Dsn::OriginalMessageParser::parseReceived(QStringLiteral("from mail.example.org ([192.0.2.10]) by smtp.relay-provider.example.net with ESMTPS; x")),
                          Dsn::OriginalMessageParser::parseReceived(QStringLiteral("from [10.1.2.3] by mail.example.org with ESMTPSA; x"))};
        QVERIFY(!SenderInfrastructure::tie(facts, none, psl));
        // The newest hop is by the sender's own host, which then delivered: tied.
        facts.received.removeFirst();
        const auto tie = SenderInfrastructure::tie(facts, none, psl);
        QVERIFY(tie);
        QVERIFY(tie->text.english().contains(QStringLiteral("mail.example.org, a host of your domain")));
        // A forged HELO on a hop of its own is not enough: the hop before must be the sender's too.
        facts.received = {Dsn::OriginalMessageParser::parseReceived(QStringLiteral("from mail.example.org (bot.example.com [198.51.100.99]) by mx.victim.example with ESMTP; x"))};
        facts.sendingHop = 0;
        QVERIFY(!SenderInfrastructure::tie(facts, none, psl));
    }

    void backscatterSetsForgerCausesAside()
    {
        BounceFacts facts;
        facts.fromDomain = QStringLiteral("example.org");
        LiveCheckResults checks;
        QList<Cause> ranked{make(QStringLiteral("cause.backscatter"), 0.9), make(QStringLiteral("cause.spf-not-authorized"), 0.45),
                            make(QStringLiteral("cause.no-ptr"), 0.2), make(QStringLiteral("cause.recipient-unknown"), 0.4)};
        ConsistencyPass::apply(ranked, facts, checks, Auth::PublicSuffix::system());
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.at(0).id, QStringLiteral("cause.backscatter"));
        QCOMPARE(ranked.at(1).id, QStringLiteral("cause.recipient-unknown"));
        QCOMPARE(ranked.at(0).whoActs, WhoActs::Nobody);
        for (const FixStep &f : ranked.at(0).fix)
            QVERIFY(!f.record || !f.record->value().contains(QStringLiteral("198.51.100.77")));
        // Not on top: nothing is set aside.
        QList<Cause> other{make(QStringLiteral("cause.spf-not-authorized"), 0.9), make(QStringLiteral("cause.backscatter"), 0.5)};
        ConsistencyPass::apply(other, facts, checks, Auth::PublicSuffix::system());
        QCOMPARE(other.size(), 2);
    }

    void fixedSinceReplacesUnknown()
    {
        BounceFacts facts;
        LiveCheckResults checks;
        QList<Cause> ranked{make(QStringLiteral("cause.unknown"), 0.75), make(QStringLiteral("cause.spf-not-authorized"), 0.25, ThenVsNow::State::FixedSince, QStringLiteral("spf"))};
        ConsistencyPass::apply(ranked, facts, checks, Auth::PublicSuffix::system());
        QCOMPARE(ranked.first().id, QStringLiteral("cause.fixed-since"));
        QVERIFY(ranked.first().retryHelps);
        for (const Cause &c : ranked)
            QVERIFY(c.id != QLatin1String("cause.unknown"));
        // A named cause still broken today keeps the answer.
        QList<Cause> broken{make(QStringLiteral("cause.dkim-missing-or-failing"), 0.8, ThenVsNow::State::StillBroken, QStringLiteral("dkim")),
                            make(QStringLiteral("cause.spf-not-authorized"), 0.25, ThenVsNow::State::FixedSince, QStringLiteral("spf"))};
        ConsistencyPass::apply(broken, facts, checks, Auth::PublicSuffix::system());
        QCOMPARE(broken.first().id, QStringLiteral("cause.dkim-missing-or-failing"));
        // A recipient-side cause named from the message alone is not "fixed" by DNS.
        QList<Cause> recipient{make(QStringLiteral("cause.recipient-unknown"), 0.9),
                               make(QStringLiteral("cause.spf-not-authorized"), 0.25, ThenVsNow::State::FixedSince, QStringLiteral("spf"))};
        ConsistencyPass::apply(recipient, facts, checks, Auth::PublicSuffix::system());
        QCOMPARE(recipient.first().id, QStringLiteral("cause.recipient-unknown"));
    }

    void spfThatAuthorizesNobodySaysSo()
    {
        // "v=spf1 -all" is right for a domain that sends no mail, and why all its mail fails if it does.
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("parked.example"), "v=spf1 -all");
        dns.addTxt(QStringLiteral("sends.example"), "v=spf1 ip4:192.0.2.1 -all");
        const Auth::SpfLintResult parked = Auth::SpfLinter(dns).lint(QStringLiteral("parked.example"));
        QCOMPARE(parked.findings.size(), 1);
        QCOMPARE(parked.findings.first().id, QStringLiteral("spf.sends-no-mail"));
        QCOMPARE(Auth::severityName(parked.findings.first().severity), QStringLiteral("info"));
        QCOMPARE(Auth::SpfLinter(dns).lint(QStringLiteral("sends.example")).findings.first().id, QStringLiteral("spf.ok"));
    }

    void excerptIsTheSentenceThatMatters()
    {
        const QString gmail = QStringLiteral(
            "550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to "
            "authenticate with either SPF or DKIM. 550-5.7.26 550-5.7.26 Authentication results: 550-5.7.26 DKIM = did not pass "
            "550-5.7.26 SPF [example.org] with ip: [192.0.2.44] = did not pass 550-5.7.26 550-5.7.26 For instructions on setting up "
            "authentication, go to 550 5.7.26 https://support.google.com/mail/answer/81126#authentication d75a77b69052e - gsmtp");
        const QString e = ReplyExcerpt::of(gmail, QStringLiteral("unauthenticated"));
        QCOMPARE(e, QStringLiteral("550-5.7.26 This mail has been blocked because the sender is unauthenticated."));
        const QString auth = ReplyExcerpt::of(gmail, QStringLiteral("requires all senders"));
        QCOMPARE(auth, QStringLiteral("… Gmail requires all senders to authenticate with either SPF or DKIM."));
        // No focus: the opening, cut at a word, the URL whole or not at all.
        const QString opening = ReplyExcerpt::of(gmail, QString(), 120);
        QVERIFY2(opening.size() <= 122 && opening.endsWith(QStringLiteral(" …")), qPrintable(opening));
        QVERIFY(!opening.contains(QStringLiteral("550-5.7.26 Gmail")));
        // A dot inside a URL does not end the sentence: the link stays whole.
        QVERIFY(ReplyExcerpt::of(gmail, QStringLiteral("For instructions"), 300)
                    .contains(QStringLiteral("https://support.google.com/mail/answer/81126#authentication")));
    }
};

QTEST_GUILESS_MAIN(TestAdviceRules)
#include "TestAdviceRules.moc"
