// SPDX-License-Identifier: GPL-3.0-or-later
// The rules with a FakeResolver: one pasted line or a small analysis, today's DNS made up.
#include <QtTest>

#include "FakeResolver.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "diagnosis/DnsFixes.h"
#include "diagnosis/RemoteVerdict.h"
#include "diagnosis/TypoDomains.h"
#include "dsn/BounceAnalyzer.h"

using namespace Diagnosis;
using TestSupport::FakeResolver;

namespace {

DiagnosisResult diagnoseLine(Dns::Resolver &resolver, const QString &line, bool network = true)
{
    DiagnosisInput input;
    input.line = Codes::parseLine(line);
    input.options.network = network;
    return Diagnoser(resolver).run(input);
}

const Cause *findCause(const DiagnosisResult &r, const QString &id)
{
    for (const Cause &c : r.causes)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString ptrState(const Cause &c)
{
    for (const ThenVsNow &t : c.thenVsNow)
        if (t.check == QLatin1String("ptr"))
            return thenVsNowStateName(t.state);
    return QString();
}

const QString kPtrLine = QStringLiteral(
    "550-5.7.25 [192.0.2.44] The IP address sending this message does not have a PTR record setup - gsmtp");

} // namespace

class TestDiagnosisRules : public QObject
{
    Q_OBJECT

private slots:
    void typoSuggestions_data();
    void typoSuggestions();
    void remoteVerdicts();
    void authenticationResults();
    void mergedSpf();
    void ptrRequest();
    void ptrMissingConfirmed();
    void ptrFixedSince();
    void ptrTimeoutIsUnknown();
    void noNetworkListsSkipped();
    void notABounceIsUnknown();
    void hostileTextStaysText();
    void asyncMatchesSync();
    void senderChecksAreNotRepeated();
};

void TestDiagnosisRules::typoSuggestions_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gmial") << "gmial.com" << "gmail.com";
    QTest::newRow("hotmial") << "hotmial.com" << "hotmail.com";
    QTest::newRow("outlok") << "outlok.com" << "outlook.com";
    QTest::newRow("yaho") << "yaho.com" << "yahoo.com";
    QTest::newRow("gmail-itself") << "gmail.com" << "";
    QTest::newRow("unrelated") << "example.org" << "";
    QTest::newRow("short-needs-one-edit") << "mo.net" << "";
}

void TestDiagnosisRules::typoSuggestions()
{
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    QCOMPARE(TypoDomains::suggest(domain), expected);
}

void TestDiagnosisRules::remoteVerdicts()
{
    const QList<RemoteVerdict> v = RemoteVerdictParser::fromReplyText(
        QStringLiteral("550-5.7.26 Authentication results: 550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [example.org] with ip:\n"
                       "   [192.0.2.44] = did not pass"), Evidence{});
    QCOMPARE(v.size(), 2);
    QCOMPARE(v.at(0).check, QStringLiteral("spf"));
    QCOMPARE(v.at(0).result, QStringLiteral("fail"));
    QCOMPARE(v.at(0).domain, QStringLiteral("example.org"));
    QCOMPARE(v.at(0).ip, QStringLiteral("192.0.2.44"));
    QCOMPARE(v.at(1).check, QStringLiteral("dkim"));
    const QList<RemoteVerdict> ms = RemoteVerdictParser::fromReplyText(
        QStringLiteral("550 5.7.509 Access denied, sending domain [EXAMPLE.ORG] does not pass DMARC verification and has a DMARC policy of reject."),
        Evidence{});
    QCOMPARE(ms.size(), 1);
    QCOMPARE(ms.at(0).check, QStringLiteral("dmarc"));
    QCOMPARE(ms.at(0).domain, QStringLiteral("example.org"));
    QCOMPARE(ms.at(0).policy, QStringLiteral("reject"));
    QVERIFY(RemoteVerdictParser::fromReplyText(QStringLiteral("550 5.1.1 user unknown"), Evidence{}).isEmpty());
}

void TestDiagnosisRules::authenticationResults()
{
    const QList<RemoteVerdict> v = RemoteVerdictParser::fromAuthenticationResults(
        QStringLiteral("mx.example.net; spf=softfail smtp.mailfrom=bob@example.org; dkim=fail header.d=example.org; dmarc=fail header.from=example.org"),
        Evidence{});
    QCOMPARE(v.size(), 3);
    QCOMPARE(v.at(0).result, QStringLiteral("softfail"));
    QCOMPARE(v.at(0).domain, QStringLiteral("example.org"));
    QCOMPARE(v.at(2).check, QStringLiteral("dmarc"));
}

void TestDiagnosisRules::mergedSpf()
{
    QCOMPARE(DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QStringLiteral("v=spf1 include:_spf.google.com -all"),
                                       QStringLiteral("192.0.2.44"))->zoneLine(),
             QStringLiteral("example.org. 3600 IN TXT \"v=spf1 ip4:192.0.2.44 include:_spf.google.com -all\""));
    QCOMPARE(DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QString(), QStringLiteral("2001:db8::1"))->zoneLine(),
             QStringLiteral("example.org. 3600 IN TXT \"v=spf1 ip6:2001:db8::1 ~all\""));
    // Already there: nothing added twice.
    QCOMPARE(DnsFixes::mergedSpfRecord(QStringLiteral("e.org"), QStringLiteral("v=spf1 ip4:192.0.2.44 -all"), QStringLiteral("192.0.2.44"))->zoneLine(),
             QStringLiteral("e.org. 3600 IN TXT \"v=spf1 ip4:192.0.2.44 -all\""));
    // Text from a bounce is validated before it enters a record.
    QVERIFY(!DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QString(), QStringLiteral("192.0.2.44\" ; rm")));
    QVERIFY(!DnsFixes::mergedSpfRecord(QStringLiteral("exa mple.org\"\n@ IN NS evil."), QString(), QStringLiteral("192.0.2.44")));
}

void TestDiagnosisRules::ptrRequest()
{
    QCOMPARE(DnsFixes::ptrRequest(QStringLiteral("192.0.2.44"), QStringLiteral("mail.example.org"))->zoneLine(),
             QStringLiteral("44.2.0.192.in-addr.arpa. 3600 IN PTR mail.example.org."));
    QVERIFY(DnsFixes::ptrRequest(QStringLiteral("2001:db8::1"), QStringLiteral("m.example.org"))->zoneLine().startsWith(QStringLiteral("1.0.0.0.")));
    QVERIFY(!DnsFixes::ptrRequest(QStringLiteral("not-an-ip"), QStringLiteral("m.example.org")));
    QVERIFY(!DnsFixes::ptrRequest(QStringLiteral("192.0.2.44"), QStringLiteral("m.example.org; evil")));
}

void TestDiagnosisRules::ptrMissingConfirmed()
{
    FakeResolver dns;
    dns.addEmptyName(QStringLiteral("2.0.192.in-addr.arpa"));
    const DiagnosisResult r = diagnoseLine(dns, kPtrLine);
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.no-ptr"));
    QVERIFY(r.top()->confidence >= 0.9);
    QCOMPARE(ptrState(*r.top()), QStringLiteral("still-broken"));
}

void TestDiagnosisRules::ptrFixedSince()
{
    FakeResolver dns;
    dns.addPtr(QStringLiteral("44.2.0.192.in-addr.arpa"), QStringLiteral("mail.example.org"));
    dns.addA(QStringLiteral("mail.example.org"), QStringLiteral("192.0.2.44"));
    const DiagnosisResult r = diagnoseLine(dns, kPtrLine);
    const Cause *ptr = findCause(r, QStringLiteral("cause.no-ptr"));
    QVERIFY(ptr);
    QVERIFY(ptr->confidence <= 0.2);
    QCOMPARE(ptrState(*ptr), QStringLiteral("fixed-since"));
}

void TestDiagnosisRules::ptrTimeoutIsUnknown()
{
    FakeResolver dns;
    dns.setNameOutcome(QStringLiteral("44.2.0.192.in-addr.arpa"), Dns::Outcome::Timeout);
    const DiagnosisResult r = diagnoseLine(dns, kPtrLine);
    const Cause *ptr = findCause(r, QStringLiteral("cause.no-ptr"));
    QVERIFY(ptr);
    QCOMPARE(ptrState(*ptr), QStringLiteral("unknown"));
    QVERIFY(ptr->confidence < 0.6);
    QVERIFY(ptr->confidence > 0.3); // the message still says so
}

void TestDiagnosisRules::noNetworkListsSkipped()
{
    FakeResolver dns;
    const DiagnosisResult r = diagnoseLine(dns, kPtrLine, false);
    QCOMPARE(dns.queryCount(), 0);
    QCOMPARE(r.checks.skipped.size(), 6);
    QVERIFY(r.checks.ran.isEmpty());
    QCOMPARE(r.top()->id, QStringLiteral("cause.no-ptr"));
    const QJsonObject json = DiagnosisJson::toJson(r);
    QCOMPARE(json.value(QStringLiteral("checks")).toObject().value(QStringLiteral("skipped")).toArray().size(), 6);
    QCOMPARE(json.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("5.7.25"));
}

void TestDiagnosisRules::notABounceIsUnknown()
{
    FakeResolver dns;
    DiagnosisInput input;
    input.analysis = Dsn::BounceAnalyzer::analyze(QByteArrayLiteral("From: a@example.org\r\nSubject: hi\r\n\r\nhello\r\n"));
    const DiagnosisResult r = Diagnoser(dns).run(input);
    QCOMPARE(r.causes.size(), 1);
    QCOMPARE(r.top()->id, QStringLiteral("cause.unknown"));
    DiagnosisInput empty;
    QCOMPARE(Diagnoser(dns).run(empty).top()->id, QStringLiteral("cause.unknown"));
}

void TestDiagnosisRules::hostileTextStaysText()
{
    FakeResolver dns;
    const DiagnosisResult r = diagnoseLine(dns, QStringLiteral("550 5.1.1 <x@%1%2.example> user unknown <script>"), false);
    QCOMPARE(r.top()->id, QStringLiteral("cause.recipient-unknown"));
    bool quoted = false;
    for (const Evidence &e : r.top()->evidence)
        quoted |= e.text.english().contains(QStringLiteral("<x@%1%2.example> user unknown <script>"));
    QVERIFY(quoted); // markers inside data are not substituted
}

void TestDiagnosisRules::asyncMatchesSync()
{
    FakeResolver dns;
    dns.addEmptyName(QStringLiteral("2.0.192.in-addr.arpa"));
    DiagnosisInput input;
    input.line = Codes::parseLine(kPtrLine);
    int progressCalls = 0;
    input.options.progress = [&progressCalls](const QString &, int, int) { ++progressCalls; };
    QFuture<DiagnosisResult> f = Diagnoser(dns).runAsync(input);
    f.waitForFinished();
    QCOMPARE(f.result().top()->id, QStringLiteral("cause.no-ptr"));
    QVERIFY(progressCalls >= 1);
}

void TestDiagnosisRules::senderChecksAreNotRepeated()
{
    // The sender domain check (Auth::CheckEngine) has SPF and DKIM sections of its own; the diagnosis
    // runs check_host and the DKIM verification itself, so each must be asked once, not twice.
    QFile keys(QStringLiteral(BOUNCELENS_TEST_DATA "/diagnosis/dkim-bounce-keys.txt"));
    QVERIFY(keys.open(QIODevice::ReadOnly));
    FakeResolver dns;
    for (const QByteArray &line : keys.readAll().split('\n')) {
        if (line.startsWith("nov2024 "))
            dns.addTxt(QStringLiteral("nov2024._domainkey.shop.example"), line.mid(8));
    }
    dns.addTxt(QStringLiteral("shop.example"), "v=spf1 ip4:192.0.2.60 -all");
    dns.addTxt(QStringLiteral("_dmarc.shop.example"), "v=DMARC1; p=reject");
    dns.addMx(QStringLiteral("gmail.com"), 5, QStringLiteral("mx.gmail.com"));
    dns.addA(QStringLiteral("mx.gmail.com"), QStringLiteral("142.250.27.26"));
    QFile eml(QStringLiteral(BOUNCELENS_TEST_DATA "/diagnosis/dkim-returned-original-verifies.eml"));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    DiagnosisInput input;
    input.analysis = Dsn::BounceAnalyzer::analyze(eml.readAll());
    const DiagnosisResult r = Diagnoser(dns).run(input);
    QVERIFY(r.checks.dkimVerified);
    QCOMPARE(Auth::dkimResultName(r.checks.dkim.value(0).result), QStringLiteral("pass"));
    QVERIFY(r.checks.spf);
    QCOMPARE(Auth::spfResultName(r.checks.spf->result), QStringLiteral("fail"));
    const QStringList log = dns.queryLog();
    QCOMPARE(log.count(QStringLiteral("nov2024._domainkey.shop.example/TXT")), 1); // the verifier's
    // The linter reads the record once, check_host once more; a second check_host would make 3.
    QCOMPARE(log.count(QStringLiteral("shop.example/TXT")), 2);
    // The linter still reports on the record in the sender section.
    QVERIFY(r.checks.sender);
    const Auth::SectionResult *lint = r.checks.sender->section(Auth::CheckSection::Spf);
    QVERIFY(lint);
    QVERIFY(lint->json.toObject().value(QLatin1String("record")).toString().startsWith(QLatin1String("v=spf1")));
}

QTEST_GUILESS_MAIN(TestDiagnosisRules)
#include "TestDiagnosisRules.moc"
