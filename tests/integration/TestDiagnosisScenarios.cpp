// SPDX-License-Identifier: GPL-3.0-or-later
// Each scenario: a bounce as it arrives (tests/data/diagnosis/*.eml) and the DNS as it is today
// (one NSD on loopback serving every scenario's zones), asserting the top cause and its evidence.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <ldns/ldns.h>

#include "NsdServer.h"
#include "StubDnsServer.h"
#include "ZoneBuilder.h"
#include "diagnosis/Diagnoser.h"
#include "auth/engine/CheckJson.h"
#include "auth/engine/CheckEngine.h"
#include "auth/common/PublicSuffix.h"
#include "diagnosis/DiagnosisJson.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dsn/BounceAnalyzer.h"

using namespace TestSupport;
using Diagnosis::Cause;
using Diagnosis::DiagnosisResult;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(BOUNCELENS_TEST_DATA "/diagnosis/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// DKIM scenarios: shop.example signs with d=shop.example. make_dkim_bounces.py wrote the public
// keys it signed with ("selector record" per line); old2023 is revoked, gone2022 was removed.
ZoneBuilder shopZone()
{
    ZoneBuilder z(QStringLiteral("shop.example"));
    z.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.60 -all"))
        .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@shop.example"))
        .mx(QStringLiteral("@"), 10, QStringLiteral("mail.shop.example."))
        .a(QStringLiteral("mail"), QStringLiteral("192.0.2.60"))
        .txt(QStringLiteral("old2023._domainkey"), QStringLiteral("v=DKIM1; k=rsa; p="));
    const QList<QByteArray> lines = readFile(dataPath(QStringLiteral("dkim-bounce-keys.txt"))).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            z.txt(QString::fromLatin1(line.left(space)) + QStringLiteral("._domainkey"), QString::fromLatin1(line.mid(space + 1)));
    }
    return z;
}

QString publishedKey(const QByteArray &selector)
{
    for (const QByteArray &line : readFile(dataPath(QStringLiteral("dkim-bounce-keys.txt"))).split('\n')) {
        if (line.startsWith(QByteArray(selector + ' ')))
            return QString::fromLatin1(line.mid(selector.size() + 1));
    }
    return QString();
}

QList<ZoneBuilder> zones()
{
    QList<ZoneBuilder> z;
    // The sender: SPF lists 192.0.2.10 and the ESP's range, not 192.0.2.44; DMARC p=reject.
    z.append(ZoneBuilder(QStringLiteral("example.org"))
                 .txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.10 include:_spf.esp.example.net ~all"))
                 .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@example.org"))
                 .mx(QStringLiteral("@"), 10, QStringLiteral("mail.example.org."))
                 .a(QStringLiteral("mail"), QStringLiteral("192.0.2.10"))
                 .a(QStringLiteral("mail2"), QStringLiteral("192.0.2.44")));
    z.append(ZoneBuilder(QStringLiteral("example.net"))
                 .txt(QStringLiteral("_spf.esp"), QStringLiteral("v=spf1 ip4:203.0.113.0/24 -all"))
                 .txt(QStringLiteral("mailer.esp"), QStringLiteral("v=spf1 ip4:203.0.113.0/24 -all"))
                 .a(QStringLiteral("mailer.esp"), QStringLiteral("203.0.113.25"))
                 // The bulk mailer's own signing key (bulk-mailer-dmarc-key-published.eml signs with it).
                 .txt(QStringLiteral("nov2024._domainkey.esp"), publishedKey("nov2024"))
                 .mx(QStringLiteral("nomail"), 0, QStringLiteral(".")));
    // 192.0.2.44 has a confirmed PTR; 192.0.2.10 (mail.example.org) has none.
    z.append(ZoneBuilder(QStringLiteral("2.0.192.in-addr.arpa")).ptr(QStringLiteral("44"), QStringLiteral("mail2.example.org.")));
    z.append(ZoneBuilder(QStringLiteral("113.0.203.in-addr.arpa")).ptr(QStringLiteral("25"), QStringLiteral("mailer.esp.example.net.")));
    z.append(ZoneBuilder(QStringLiteral("gmail.com"))
                 .mx(QStringLiteral("@"), 5, QStringLiteral("mx.gmail.com."))
                 .a(QStringLiteral("mx"), QStringLiteral("142.250.27.26")));
    // "com" answers NXDOMAIN for the typo domain gmial.com; the recipients' domains receive mail.
    z.append(ZoneBuilder(QStringLiteral("com"))
                 .mx(QStringLiteral("customer.example"), 10, QStringLiteral("mx.customer.example.com."))
                 .a(QStringLiteral("mx.customer.example"), QStringLiteral("198.51.100.25"))
                 .mx(QStringLiteral("victim.example"), 10, QStringLiteral("mx.victim.example.com."))
                 .a(QStringLiteral("mx.victim.example"), QStringLiteral("198.51.100.80"))
                 .mx(QStringLiteral("contoso.example"), 10, QStringLiteral("contoso-example-com.mail.protection.outlook.example."))
                 .a(QStringLiteral("contoso.example"), QStringLiteral("198.51.100.90")));
    z.append(shopZone());
    // The parents of example.org and example.net answer too (no _dmarc there: NXDOMAIN), so that
    // RFC 9989's DNS tree walk (4.10) can end and decide, as it would on the Internet.
    z.append(ZoneBuilder(QStringLiteral("org")));
    z.append(ZoneBuilder(QStringLiteral("net")));
    // Fixed since the bounce: SPF now lists the IP Gmail quoted, the signing key is published.
    {
        ZoneBuilder fixed(QStringLiteral("fixed.example"));
        fixed.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.44 -all"))
            .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@fixed.example"))
            .mx(QStringLiteral("@"), 10, QStringLiteral("mail.fixed.example."))
            .a(QStringLiteral("mail"), QStringLiteral("192.0.2.44"))
            .txt(QStringLiteral("nov2024._domainkey"), publishedKey("nov2024"));
        z.append(fixed);
    }
    // Forged-From domains for the backscatter advice: SPF -all everywhere; DMARC enforced
    // (strict), enforced for half the failing mail under RFC 7489 (pct=50 on p=quarantine), and
    // in test mode under RFC 9989 (t=y lowers p=quarantine to none).
    for (const auto &[domain, dmarc] : {std::pair{"strict.example", "v=DMARC1; p=reject"},
                                        std::pair{"partial.example", "v=DMARC1; p=quarantine; pct=50"},
                                        std::pair{"testing.example", "v=DMARC1; p=quarantine; t=y"}}) {
        z.append(ZoneBuilder(QString::fromLatin1(domain))
                     .txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.10 -all"))
                     .txt(QStringLiteral("_dmarc"), QString::fromLatin1(dmarc)));
    }
    // A test copy of Spamhaus ZEN listing 192.0.2.44 (RFC 5782 2.1: reversed octets).
    z.append(ZoneBuilder(QStringLiteral("zen.spamhaus.org"))
                 .a(QStringLiteral("44.2.0.192"), QStringLiteral("127.0.0.3"))
                 .txt(QStringLiteral("44.2.0.192"), QStringLiteral("Listed by CSS, see https://check.spamhaus.org/query/ip/192.0.2.44"))
                 // Spamhaus' "query through a public resolver" error code for 192.0.2.77: not a listing.
                 .a(QStringLiteral("77.2.0.192"), QStringLiteral("127.255.255.254")));
    return z;
}

DiagnosisResult diagnose(Dns::Resolver &resolver, const QString &file, const QByteArray &fromDomain = {})
{
    Diagnosis::DiagnosisInput input;
    QByteArray message = readFile(dataPath(file));
    if (!fromDomain.isEmpty()) // the same message forged in the name of another domain
        message.replace("example.org", fromDomain);
    input.analysis = Dsn::BounceAnalyzer::analyze(message);
    return Diagnosis::Diagnoser(resolver).run(input);
}

const Cause *findCause(const DiagnosisResult &r, const QString &id)
{
    for (const Cause &c : r.causes)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool hasEvidence(const Cause &c, const QString &needle)
{
    for (const Diagnosis::Evidence &e : c.evidence) {
        if (e.text.english().contains(needle) || e.query.contains(needle) || e.answer.contains(needle) || e.value.contains(needle))
            return true;
    }
    return false;
}

QString stateOf(const Cause &c, const QString &check)
{
    for (const Diagnosis::ThenVsNow &t : c.thenVsNow)
        if (t.check == check)
            return Diagnosis::thenVsNowStateName(t.state);
    return QString();
}

QString fixRecords(const Cause &c)
{
    QStringList out;
    for (const Diagnosis::FixStep &f : c.fix)
        if (f.record)
            out << f.record->zoneLine();
    return out.join(QLatin1Char('\n'));
}

QString fixTexts(const Cause &c)
{
    QStringList out;
    for (const Diagnosis::FixStep &f : c.fix)
        out << f.text.english();
    return out.join(QLatin1Char('\n'));
}

// Every record the whole fix carries, for the "no IP the evidence does not tie" checks.
QString allRecords(const DiagnosisResult &r)
{
    QStringList out;
    for (const Cause &c : r.causes)
        out << fixRecords(c);
    return out.join(QLatin1Char('\n'));
}

// Ports and timings change from run to run: golden files hold placeholders instead.
QByteArray normalised(const QJsonObject &json, quint16 port)
{
    QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    text.replace(QStringLiteral("127.0.0.1:") + QString::number(port), QStringLiteral("127.0.0.1:PORT"));
    text.replace(QRegularExpression(QStringLiteral(R"("elapsed_ms": \d+)")), QStringLiteral("\"elapsed_ms\": 0"));
    return text.toUtf8();
}

} // namespace

class TestDiagnosisScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gmailSpfLacksIp();
    void microsoftDmarcReject();
    void noPtr();
    void typoDomain();
    void nullMx();
    void mailboxFullTransient();
    void spamhausListed();
    void backscatter();
    void dnsTimeoutLowersConfidence();
    void dkimReturnedOriginalVerifies();
    void dkimReturnedOriginalKeyGone_data();
    void dkimReturnedOriginalKeyGone();
    void dkimReturnedCopyTruncated();
    void dkimHeadersOnlyKey_data();
    void dkimHeadersOnlyKey();
    void twoRecipientsTwoCauses();
    void spfFixOnlyForTheSendersOwnIp();
    void ptrFixNeverMovesAName();
    void backscatterSetsForgerCausesAside();
    void backscatterAdviceFollowsBothDmarcReadings();
    void fixedSinceSaysResend();
    void dnsblErrorCodeIsNotAListing();
    void bulkMailerAlignmentRecords();
    void everyRecordParsesWithLdns();
    void golden_data();
    void golden();

private:
    NsdServer m_nsd;
    std::unique_ptr<Dns::LdnsResolver> m_resolver;
};

void TestDiagnosisScenarios::initTestCase()
{
    for (const ZoneBuilder &z : zones())
        m_nsd.addZone(z);
    QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    m_resolver = std::make_unique<Dns::LdnsResolver>(m_nsd.serverConfig());
}

void TestDiagnosisScenarios::gmailSpfLacksIp()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("gmail-5.7.26-spf-lacks-ip.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.spf-not-authorized"));
    QVERIFY(r.top()->confidence >= 0.9);
    QCOMPARE(Diagnosis::whoActsName(r.top()->whoActs), QStringLiteral("sender-admin"));
    QVERIFY(r.checks.spf);
    QCOMPARE(Auth::spfResultName(r.checks.spf->result), QStringLiteral("softfail"));
    QCOMPARE(r.checks.spfIp, QStringLiteral("192.0.2.44")); // the IP Gmail quoted, not the client's 10.1.2.3
    QCOMPARE(stateOf(*r.top(), QStringLiteral("spf")), QStringLiteral("still-broken"));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("SPF [example.org] with ip: [192.0.2.44] = did not pass")));
    // The merged record keeps the existing include and all, and adds the IP.
    QVERIFY2(fixRecords(*r.top()).contains(QStringLiteral(
                 "example.org. 3600 IN TXT \"v=spf1 ip4:192.0.2.44 ip4:192.0.2.10 include:_spf.esp.example.net ~all\"")),
             qPrintable(fixRecords(*r.top())));
    // DKIM missing is known from the message alone and stays second.
    QVERIFY(findCause(r, QStringLiteral("cause.dkim-missing-or-failing")));
    QVERIFY(!findCause(r, QStringLiteral("cause.backscatter")));
}

void TestDiagnosisScenarios::microsoftDmarcReject()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("microsoft-5.7.509-dmarc-reject.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.dmarc-policy-reject"));
    QVERIFY(r.top()->confidence >= 0.9);
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("d=esp.example.net does not align with the From domain example.org")));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("_dmarc.example.org")));
    QCOMPARE(stateOf(*r.top(), QStringLiteral("dmarc")), QStringLiteral("still-broken"));
    QVERIFY(r.checks.dmarc);
    QCOMPARE(Auth::dmarcResultName(r.checks.dmarc->result), QStringLiteral("fail"));
    // SPF passes for the ESP's own domain: not the problem, only not aligned.
    QVERIFY(r.checks.spf);
    QCOMPARE(Auth::spfResultName(r.checks.spf->result), QStringLiteral("pass"));
    QVERIFY(!findCause(r, QStringLiteral("cause.spf-not-authorized"))
            || findCause(r, QStringLiteral("cause.spf-not-authorized"))->confidence < 0.3);
}

void TestDiagnosisScenarios::noPtr()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("gmail-5.7.25-no-ptr.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.no-ptr"));
    QVERIFY(r.top()->confidence >= 0.9);
    QCOMPARE(stateOf(*r.top(), QStringLiteral("ptr")), QStringLiteral("still-broken"));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("PTR 10.2.0.192.in-addr.arpa")));
    QVERIFY2(fixRecords(*r.top()).contains(QStringLiteral("10.2.0.192.in-addr.arpa. 3600 IN PTR mail.example.org.")),
             qPrintable(fixRecords(*r.top())));
    QVERIFY(r.checks.sendingHostAddress); // mail.example.org is 192.0.2.10 today: the PTR is all that is missing
    QCOMPARE(Auth::spfResultName(r.checks.spf->result), QStringLiteral("pass"));
}

void TestDiagnosisScenarios::ptrFixNeverMovesAName()
{
    // Spamhaus refused the query for 192.0.2.77, delivered by mail.example.org, whose address is
    // 192.0.2.10: a PTR naming mail.example.org would ask to move that name. No record then.
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("spamhaus-query-refused.eml"));
    QVERIFY(r.checks.sendingHostAddress);
    const Cause *ptr = findCause(r, QStringLiteral("cause.no-ptr"));
    QVERIFY(ptr);
    QVERIFY2(!allRecords(r).contains(QStringLiteral("77.2.0.192.in-addr.arpa")), qPrintable(allRecords(r)));
    QVERIFY(fixTexts(*ptr).contains(QStringLiteral("naming your mail server's host name")));
}

void TestDiagnosisScenarios::typoDomain()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("typo-domain-gmial.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.recipient-domain-typo"));
    QVERIFY(r.top()->confidence >= 0.9);
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("gmail.com")));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("MX gmial.com")));
    QVERIFY(r.checks.recipientMx);
    QCOMPARE(int(r.checks.recipientMx->status), int(Auth::MxCheck::Status::NxDomain));
    bool suggests = false;
    for (const Diagnosis::FixStep &f : r.top()->fix)
        suggests |= f.text.english().contains(QStringLiteral("carol@gmail.com"));
    QVERIFY(suggests);
}

void TestDiagnosisScenarios::nullMx()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("null-mx-recipient.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.recipient-domain-no-mail"));
    QVERIFY(r.top()->confidence >= 0.9);
    QCOMPARE(int(r.checks.recipientMx->status), int(Auth::MxCheck::Status::NullMx));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("MX nomail.example.net")));
    QVERIFY(!findCause(r, QStringLiteral("cause.recipient-domain-typo")));
}

void TestDiagnosisScenarios::mailboxFullTransient()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("gmail-4.2.2-mailbox-full.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.mailbox-full"));
    QVERIFY(r.top()->retryHelps);
    QCOMPARE(Diagnosis::whoActsName(r.top()->whoActs), QStringLiteral("recipient"));
    QVERIFY(findCause(r, QStringLiteral("cause.temporary")));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("4.2.2")));
}

void TestDiagnosisScenarios::spamhausListed()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("spamhaus-blocked.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.blocklisted"));
    QVERIFY(r.top()->confidence >= 0.9);
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("A 44.2.0.192.zen.spamhaus.org")));
    QCOMPARE(stateOf(*r.top(), QStringLiteral("dnsbl")), QStringLiteral("still-broken"));
    QVERIFY(r.checks.sender);
    QCOMPARE(r.checks.sender->dnsbl.size(), 1); // only the list the reply named
}

void TestDiagnosisScenarios::backscatter()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("backscatter-forged-from.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.backscatter"));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("does not authorize the IP 198.51.100.77")));
    const Cause *unknown = findCause(r, QStringLiteral("cause.recipient-unknown"));
    QVERIFY(unknown);
    QVERIFY(unknown->confidence < r.top()->confidence);
}

void TestDiagnosisScenarios::dnsTimeoutLowersConfidence()
{
    const DiagnosisResult confirmed = diagnose(*m_resolver, QStringLiteral("gmail-5.7.25-no-ptr.eml"));
    StubDnsServer blackHole(StubDnsServer::Behaviour::BlackHole);
    QVERIFY(blackHole.isListening());
    Dns::LdnsResolver dead(blackHole.serverConfig(150, 0));
    Dns::CachingResolver cache(dead);
    QElapsedTimer timer;
    timer.start();
    const DiagnosisResult r = diagnose(cache, QStringLiteral("gmail-5.7.25-no-ptr.eml"));
    QVERIFY(timer.elapsed() < 20000);
    const Cause *ptr = findCause(r, QStringLiteral("cause.no-ptr"));
    QVERIFY(ptr);
    QCOMPARE(stateOf(*ptr, QStringLiteral("ptr")), QStringLiteral("unknown"));
    QVERIFY(ptr->confidence < confirmed.top()->confidence - 0.2);
    QVERIFY(r.checks.dnsUnreachable);
    // A timeout is never turned into proof of a missing record.
    for (const Cause &c : r.causes) {
        for (const Diagnosis::ThenVsNow &t : c.thenVsNow)
            QVERIFY2(t.state != Diagnosis::ThenVsNow::State::StillBroken || t.check == QLatin1String("dkim"), qPrintable(c.id));
    }
}

void TestDiagnosisScenarios::dkimReturnedOriginalVerifies()
{
    // Gmail saw "DKIM = did not pass"; the whole signed original came back and verifies with
    // today's key: DKIM is fixed since, the SPF gap for the quoted IP is the cause.
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("dkim-returned-original-verifies.eml"));
    QVERIFY(r.facts.wholeOriginal);
    QVERIFY(r.checks.dkimVerified);
    QCOMPARE(r.checks.dkim.size(), 1);
    QCOMPARE(Auth::dkimResultName(r.checks.dkim.first().result), QStringLiteral("pass"));
    QCOMPARE(r.checks.dkim.first().keyQuery, QStringLiteral("nov2024._domainkey.shop.example"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.spf-not-authorized"));
    QCOMPARE(r.checks.spfIp, QStringLiteral("192.0.2.61"));
    const Cause *dkim = findCause(r, QStringLiteral("cause.dkim-missing-or-failing"));
    QVERIFY(dkim); // the remote's verdict made it a candidate ...
    QVERIFY(dkim->confidence <= 0.2); // ... today's verification clears it
    QCOMPARE(stateOf(*dkim, QStringLiteral("dkim")), QStringLiteral("fixed-since"));
    QVERIFY(hasEvidence(*dkim, QStringLiteral("pass with today's key")));
    QVERIFY(r.checks.dmarc);
    QCOMPARE(Auth::dmarcResultName(r.checks.dmarc->result), QStringLiteral("pass"));
    QVERIFY(!findCause(r, QStringLiteral("cause.backscatter")));
}

void TestDiagnosisScenarios::dkimReturnedOriginalKeyGone_data()
{
    QTest::addColumn<QString>("eml");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("state");
    QTest::newRow("revoked") << QStringLiteral("dkim-returned-original-key-revoked.eml")
                             << QStringLiteral("old2023._domainkey.shop.example") << QStringLiteral("key_revoked")
                             << QStringLiteral("revoked");
    QTest::newRow("removed") << QStringLiteral("dkim-returned-original-key-removed.eml")
                             << QStringLiteral("gone2022._domainkey.shop.example") << QStringLiteral("key_missing")
                             << QStringLiteral("No DKIM key is published");
}

void TestDiagnosisScenarios::dkimReturnedOriginalKeyGone()
{
    QFETCH(QString, eml);
    QFETCH(QString, query);
    QFETCH(QString, reason);
    QFETCH(QString, state);
    const DiagnosisResult r = diagnose(*m_resolver, eml);
    QVERIFY(r.checks.dkimVerified);
    QCOMPARE(r.checks.dkim.size(), 1);
    QCOMPARE(r.checks.dkim.first().reason, reason);
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.dkim-missing-or-failing"));
    QVERIFY(r.top()->confidence >= 0.9);
    QCOMPARE(stateOf(*r.top(), QStringLiteral("dkim")), QStringLiteral("still-broken"));
    QVERIFY2(hasEvidence(*r.top(), QStringLiteral("TXT ") + query), qPrintable(r.top()->evidence.first().query));
    QVERIFY(hasEvidence(*r.top(), state));
    // The key is only known to the signer: the step names the record, no template is offered to copy.
    QVERIFY(fixTexts(*r.top()).contains(query));
    QVERIFY2(!fixRecords(*r.top()).contains(QLatin1Char('<')), qPrintable(fixRecords(*r.top())));
    // SPF passes for the ESP's bounce domain: not the problem.
    QCOMPARE(Auth::spfResultName(r.checks.spf->result), QStringLiteral("pass"));
    const Cause *spf = findCause(r, QStringLiteral("cause.spf-not-authorized"));
    QVERIFY(!spf || spf->confidence < 0.3);
}

void TestDiagnosisScenarios::dkimReturnedCopyTruncated()
{
    // Same key as the verifying scenario, but the bounce returned only the start of the body:
    // the body hash fails, which says more about the copy than about the message as sent.
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("dkim-returned-copy-truncated.eml"));
    QVERIFY(r.checks.dkimVerified);
    QCOMPARE(r.checks.dkim.size(), 1);
    QCOMPARE(r.checks.dkim.first().reason, QStringLiteral("body_hash_mismatch"));
    const Cause *dkim = findCause(r, QStringLiteral("cause.dkim-missing-or-failing"));
    QVERIFY(dkim);
    QVERIFY(hasEvidence(*dkim, QStringLiteral("the returned copy may differ from the message as sent")));
    QVERIFY(hasEvidence(*dkim, QStringLiteral("is published and usable today")));
    QCOMPARE(stateOf(*dkim, QStringLiteral("dkim")), QStringLiteral("unknown"));
    // Lower than both a confirmed key problem and the remote's word alone (0.65 for dkim=fail).
    const DiagnosisResult revoked = diagnose(*m_resolver, QStringLiteral("dkim-returned-original-key-revoked.eml"));
    const Cause *confirmedDkim = findCause(revoked, QStringLiteral("cause.dkim-missing-or-failing"));
    QVERIFY(confirmedDkim);
    QVERIFY2(dkim->confidence < confirmedDkim->confidence - 0.2, qPrintable(QString::number(dkim->confidence)));
    QVERIFY(dkim->confidence < 0.65);
}

void TestDiagnosisScenarios::dkimHeadersOnlyKey_data()
{
    QTest::addColumn<QString>("eml");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("blamed");   // DKIM is the top cause
    QTest::addColumn<QString>("state"); // then vs now
    QTest::addColumn<QString>("evidence");
    QTest::newRow("removed") << QStringLiteral("dkim-headers-only-key-removed.eml") << QStringLiteral("gone2022._domainkey.shop.example")
                             << true << QStringLiteral("still-broken") << QStringLiteral("No DKIM key is published");
    QTest::newRow("revoked") << QStringLiteral("dkim-headers-only-key-revoked.eml") << QStringLiteral("old2023._domainkey.shop.example")
                             << true << QStringLiteral("still-broken") << QStringLiteral("is revoked");
    QTest::newRow("testing") << QStringLiteral("dkim-headers-only-testing-key.eml") << QStringLiteral("trial2024._domainkey.shop.example")
                             << true << QStringLiteral("still-broken") << QStringLiteral("testing mode (t=y)");
    QTest::newRow("weak") << QStringLiteral("dkim-headers-only-weak-key.eml") << QStringLiteral("weak2019._domainkey.shop.example")
                          << false << QStringLiteral("unknown") << QStringLiteral("has only 1024 bits");
    QTest::newRow("ok") << QStringLiteral("dkim-headers-only-key-ok.eml") << QStringLiteral("nov2024._domainkey.shop.example")
                        << false << QStringLiteral("unknown") << QStringLiteral("is published and usable today (2048 bits)");
}

void TestDiagnosisScenarios::dkimHeadersOnlyKey()
{
    QFETCH(QString, eml);
    QFETCH(QString, query);
    QFETCH(bool, blamed);
    QFETCH(QString, state);
    QFETCH(QString, evidence);
    const DiagnosisResult r = diagnose(*m_resolver, eml);
    QVERIFY(r.facts.originalPresent);
    QVERIFY(!r.facts.wholeOriginal);
    QVERIFY(!r.checks.dkimVerified);
    QVERIFY(r.checks.wasRun(QStringLiteral("dkim-key")));
    QVERIFY(r.checks.dkimKeys);
    QCOMPARE(r.checks.dkimKeys->keys.size(), 1);
    QCOMPARE(r.checks.dkimKeys->keys.first().query, query);
    const Cause *dkim = findCause(r, QStringLiteral("cause.dkim-missing-or-failing"));
    QVERIFY(dkim);
    QVERIFY2(hasEvidence(*dkim, QStringLiteral("TXT ") + query), qPrintable(eml));
    QVERIFY2(hasEvidence(*dkim, evidence), qPrintable(eml));
    QCOMPARE(stateOf(*dkim, QStringLiteral("dkim")), state);
    QVERIFY(r.top());
    if (blamed) {
        QCOMPARE(r.top()->id, QStringLiteral("cause.dkim-missing-or-failing"));
    } else {
        // A usable key settles nothing either way: the remote's word stands, not raised.
        QVERIFY(dkim->confidence <= 0.7);
    }
}

// The addresses a cause's per-recipient evidence names.
QStringList evidenceRecipients(const Cause &c)
{
    QStringList out;
    for (const Diagnosis::Evidence &e : c.evidence) {
        if (e.recipient >= 0 && !out.contains(e.recipientAddress))
            out.append(e.recipientAddress);
    }
    return out;
}

void TestDiagnosisScenarios::twoRecipientsTwoCauses()
{
    // One bounce, two recipients: dave is unknown (5.1.1), erin's mailbox is full (5.2.2).
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("postfix-two-recipients-5.1.1-and-5.2.2.eml"));
    QCOMPARE(r.facts.recipients.size(), 2);
    const QString dave = QStringLiteral("dave@customer.example.com");
    const QString erin = QStringLiteral("erin@customer.example.com");
    const Cause *unknown = findCause(r, QStringLiteral("cause.recipient-unknown"));
    const Cause *full = findCause(r, QStringLiteral("cause.mailbox-full"));
    QVERIFY(unknown);
    QVERIFY(full);
    QCOMPARE(unknown->recipients, QStringList{dave});
    QCOMPARE(full->recipients, QStringList{erin});
    QCOMPARE(evidenceRecipients(*unknown), QStringList{dave});
    QCOMPARE(evidenceRecipients(*full), QStringList{erin});
    QVERIFY(hasEvidence(*unknown, QStringLiteral("5.1.1")));
    QVERIFY(!hasEvidence(*unknown, QStringLiteral("5.2.2")));
    QVERIFY(hasEvidence(*full, QStringLiteral("5.2.2")));
    QVERIFY(!hasEvidence(*full, QStringLiteral("User unknown")));
    QVERIFY(unknown->confidence >= 0.8);
    QVERIFY(full->confidence >= 0.8);
    // The JSON says whom each cause concerns.
    const QJsonObject json = Diagnosis::DiagnosisJson::cause(*full);
    QCOMPARE(json.value(QLatin1String("recipients")).toArray(), QJsonArray{erin});
    // Nothing about the sender's authentication comes out of two recipient-side failures.
    QVERIFY(!findCause(r, QStringLiteral("cause.dkim-missing-or-failing")));
    QVERIFY(!findCause(r, QStringLiteral("cause.spf-not-authorized")));
}

// Every "record" anywhere in a JSON document (diagnose --json, check --json).
void collectRecords(const QJsonValue &v, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("record") && it.value().isString() && it.value().toString().contains(QLatin1String(" IN ")))
                out.append(it.value().toString().split(QLatin1Char('\n')));
            else
                collectRecords(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectRecords(e, out);
    }
}

bool parsesWithLdns(const QString &line)
{
    ldns_rr *rr = nullptr;
    const QByteArray text = line.toUtf8();
    const ldns_status status = ldns_rr_new_frm_str(&rr, text.constData(), 0, nullptr, nullptr);
    ldns_rr_free(rr);
    return status == LDNS_STATUS_OK;
}

void TestDiagnosisScenarios::spfFixOnlyForTheSendersOwnIp()
{
    // Gmail names 198.51.100.99, a relay of another provider that the message reached from the
    // sender's own server: authorizing that address by IP would be wrong (and unproven).
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("spf-fail-ip-of-a-relay.eml"));
    QCOMPARE(r.checks.spfIp, QStringLiteral("198.51.100.99"));
    const Cause *spf = findCause(r, QStringLiteral("cause.spf-not-authorized"));
    QVERIFY(spf);
    QVERIFY2(!allRecords(r).contains(QStringLiteral("198.51.100.99")), qPrintable(allRecords(r)));
    QVERIFY2(fixTexts(*spf).contains(QStringLiteral("Nothing in the bounce shows that 198.51.100.99 is one of your servers")),
             qPrintable(fixTexts(*spf)));
    QVERIFY(fixTexts(*spf).contains(QStringLiteral("the message was forged")));
    // The IP tied by the Received chain (gmail-5.7.26-spf-lacks-ip: the newest hop is by
    // mail.example.org) still gets its exact record, with the reason as evidence.
    const DiagnosisResult own = diagnose(*m_resolver, QStringLiteral("gmail-5.7.26-spf-lacks-ip.eml"));
    QVERIFY(fixRecords(*own.top()).contains(QStringLiteral("ip4:192.0.2.44")));
    QVERIFY(hasEvidence(*own.top(), QStringLiteral("192.0.2.44 is mail2.example.org (forward-confirmed reverse DNS), a host of your domain")));
}

void TestDiagnosisScenarios::backscatterSetsForgerCausesAside()
{
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("backscatter-forged-from.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.backscatter"));
    QCOMPARE(Diagnosis::whoActsName(r.top()->whoActs), QStringLiteral("nobody"));
    QVERIFY(!r.top()->retryHelps);
    QVERIFY2(r.verdict().contains(QStringLiteral("forged")), qPrintable(r.verdict()));
    for (const QString &id : {QStringLiteral("cause.spf-not-authorized"), QStringLiteral("cause.no-ptr"),
                              QStringLiteral("cause.blocklisted"), QStringLiteral("cause.dkim-missing-or-failing"),
                              QStringLiteral("cause.dmarc-policy-reject")})
        QVERIFY2(!findCause(r, id), qPrintable(id));
    // Nothing anywhere authorizes the forger's address.
    QVERIFY2(!allRecords(r).contains(QStringLiteral("198.51.100.77")), qPrintable(allRecords(r)));
    const QJsonObject json = Diagnosis::DiagnosisJson::toJson(r, QStringLiteral("backscatter"));
    QVERIFY(!QJsonDocument(json.value(QLatin1String("diagnosis")).toArray()).toJson().contains("ip4:198.51.100.77"));
    // example.org publishes ~all and p=reject: the fix says what is missing (-all), not "publish DMARC".
    QVERIFY2(fixTexts(*r.top()).contains(QStringLiteral("Do not resend")), qPrintable(fixTexts(*r.top())));
    QVERIFY(fixTexts(*r.top()).contains(QStringLiteral("with -all once it lists every server")));
    QVERIFY(!fixTexts(*r.top()).contains(QStringLiteral("Publish a DMARC record")));
}

void TestDiagnosisScenarios::backscatterAdviceFollowsBothDmarcReadings()
{
    // -all and p=reject: nothing to change in DNS.
    const DiagnosisResult strict = diagnose(*m_resolver, QStringLiteral("backscatter-forged-from.eml"), "strict.example");
    QVERIFY(strict.top());
    QCOMPARE(strict.top()->id, QStringLiteral("cause.backscatter"));
    QVERIFY2(fixTexts(*strict.top()).contains(QStringLiteral("strict.example already publishes SPF with -all and DMARC p=reject")),
             qPrintable(fixTexts(*strict.top())));
    // p=quarantine with pct=50 (RFC 7489) or t=y (RFC 9989) is not "nothing to change": the
    // tag that lets forgeries through is named, and nothing else is asked for.
    for (const auto &[domain, tag] : {std::pair{"partial.example", "pct=50"}, std::pair{"testing.example", "t=y"}}) {
        const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("backscatter-forged-from.eml"), domain);
        QVERIFY(r.top());
        QCOMPARE(r.top()->id, QStringLiteral("cause.backscatter"));
        const QString fixes = fixTexts(*r.top());
        QVERIFY2(!fixes.contains(QStringLiteral("nothing to change")), qPrintable(fixes));
        QVERIFY2(fixes.contains(QStringLiteral("The DMARC record of %1 asks for p=quarantine, but its %2 lets receivers deliver")
                                    .arg(QLatin1String(domain), QLatin1String(tag))),
                 qPrintable(fixes));
        QVERIFY2(!fixes.contains(QStringLiteral("Publish a DMARC record")) && !fixes.contains(QStringLiteral("End the SPF record")),
                 qPrintable(fixes));
    }
}

void TestDiagnosisScenarios::fixedSinceSaysResend()
{
    // Gmail saw SPF and DKIM fail for fixed.example; today SPF lists 192.0.2.44 and the key is
    // published: the answer is "fixed since - resend", not "could not be determined".
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("fixed-since-spf-now-passes.eml"));
    QVERIFY(r.top());
    QCOMPARE(r.top()->id, QStringLiteral("cause.fixed-since"));
    QVERIFY(r.top()->retryHelps);
    QVERIFY(!findCause(r, QStringLiteral("cause.unknown")));
    QCOMPARE(stateOf(*r.top(), QStringLiteral("spf")), QStringLiteral("fixed-since"));
    QVERIFY2(r.verdict().startsWith(QStringLiteral("Looks fixed since the bounce")), qPrintable(r.verdict()));
    QVERIFY(hasEvidence(*r.top(), QStringLiteral("SPF: the receiving server saw")));
    // The unchanged bounce with today's broken DNS stays "still broken" (the rule is not blind).
    const DiagnosisResult broken = diagnose(*m_resolver, QStringLiteral("gmail-5.7.26-spf-lacks-ip.eml"));
    QVERIFY(!findCause(broken, QStringLiteral("cause.fixed-since")));
}

void TestDiagnosisScenarios::dnsblErrorCodeIsNotAListing()
{
    // zen answers 127.255.255.254 ("query via a public resolver"): unknown, never "listed".
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("spamhaus-query-refused.eml"));
    QVERIFY(r.checks.sender);
    QCOMPARE(r.checks.sender->dnsbl.size(), 1);
    const Auth::DnsblResult &zen = r.checks.sender->dnsbl.first();
    QCOMPARE(Auth::DnsblChecker::stateName(zen.state), QStringLiteral("refused"));
    QVERIFY2(zen.meanings.join(QLatin1Char(' ')).contains(QStringLiteral("public/open resolver")), qPrintable(zen.meanings.join(QLatin1Char(' '))));
    const Cause *listed = findCause(r, QStringLiteral("cause.blocklisted"));
    QVERIFY(!listed || stateOf(*listed, QStringLiteral("dnsbl")) != QStringLiteral("still-broken"));
    const Auth::Findings f = Auth::DnsblChecker::findings(r.checks.sender->dnsbl);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.first().id, QStringLiteral("dnsbl.error"));
    QCOMPARE(Auth::severityName(f.first().severity), QStringLiteral("unknown"));
    // A real listing names the list's delisting page.
    const DiagnosisResult listedNow = diagnose(*m_resolver, QStringLiteral("spamhaus-blocked.eml"));
    const Auth::Findings lf = Auth::DnsblChecker::findings(listedNow.checks.sender->dnsbl);
    QVERIFY2(lf.first().fix.contains(QStringLiteral("https://check.spamhaus.org/")), qPrintable(lf.first().fix));
}

void TestDiagnosisScenarios::bulkMailerAlignmentRecords()
{
    // DMARC rejected mail sent through esp.example.net: the fix carries the record that aligns
    // the Return-Path with example.org, as a record, not prose.
    const DiagnosisResult r = diagnose(*m_resolver, QStringLiteral("microsoft-5.7.509-dmarc-reject.eml"));
    QCOMPARE(r.top()->id, QStringLiteral("cause.dmarc-policy-reject"));
    QVERIFY2(fixRecords(*r.top()).contains(QStringLiteral("bounce.example.org. 3600 IN CNAME mailer.esp.example.net.")),
             qPrintable(fixRecords(*r.top())));
    // Its key s1._domainkey.esp.example.net is not published: no delegation to a missing key.
    QVERIFY(!fixRecords(*r.top()).contains(QStringLiteral("_domainkey.example.org")));
    // The ESP's IP is not offered for example.org's SPF.
    QVERIFY(!allRecords(r).contains(QStringLiteral("ip4:203.0.113")));
    // When the mailer's key is published, the DKIM delegation to it is an exact record.
    const DiagnosisResult known = diagnose(*m_resolver, QStringLiteral("bulk-mailer-dmarc-key-published.eml"));
    QCOMPARE(known.top()->id, QStringLiteral("cause.dmarc-policy-reject"));
    QVERIFY2(fixRecords(*known.top()).contains(QStringLiteral("nov2024._domainkey.example.org. 3600 IN CNAME nov2024._domainkey.esp.example.net.")),
             qPrintable(fixRecords(*known.top())));
}

void TestDiagnosisScenarios::everyRecordParsesWithLdns()
{
    // diagnose --json of every scenario and check --json of every scenario domain: each record
    // is one master-file line that ldns reads (the same parser as ldns-read-zone).
    QStringList records;
    const QStringList emls = QDir(dataPath(QString())).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QVERIFY(emls.size() >= 20);
    for (const QString &eml : emls)
        collectRecords(Diagnosis::DiagnosisJson::toJson(diagnose(*m_resolver, eml), eml), records);
    for (const QString &domain : {QStringLiteral("example.org"), QStringLiteral("shop.example"), QStringLiteral("fixed.example"),
                                  QStringLiteral("example.net"), QStringLiteral("nomail.example.net"), QStringLiteral("customer.example.com")}) {
        const Auth::CheckEngine check(*m_resolver, Auth::PublicSuffix::system());
        Auth::CheckRequest params;
        params.domain = domain;
        params.ip = QHostAddress(QStringLiteral("192.0.2.77"));
        params.selectors = {QStringLiteral("old2023"), QStringLiteral("trial2024"), QStringLiteral("weak2019")};
        params.dnsblZones = {Auth::DnsblZone{QStringLiteral("zen.spamhaus.org"), Auth::DnsblZone::Kind::Ip}};
        collectRecords(Auth::CheckJson::toJson(check.run(params)), records);
    }
    QVERIFY2(records.size() >= 8, qPrintable(records.join(QLatin1Char('\n'))));
    for (const QString &line : records)
        QVERIFY2(parsesWithLdns(line), qPrintable(line));
}

void TestDiagnosisScenarios::golden_data()
{
    QTest::addColumn<QString>("eml");
    QTest::newRow("gmail-spf") << QStringLiteral("gmail-5.7.26-spf-lacks-ip");
    QTest::newRow("microsoft-dmarc") << QStringLiteral("microsoft-5.7.509-dmarc-reject");
    QTest::newRow("typo") << QStringLiteral("typo-domain-gmial");
}

void TestDiagnosisScenarios::golden()
{
    QFETCH(QString, eml);
    const DiagnosisResult r = diagnose(*m_resolver, eml + QStringLiteral(".eml"));
    const QByteArray actual = normalised(Diagnosis::DiagnosisJson::toJson(r, eml + QStringLiteral(".eml")), m_nsd.port());
    const QString goldenPath = dataPath(eml + QStringLiteral(".golden.json"));
    if (qEnvironmentVariableIsSet("BOUNCELENS_UPDATE_GOLDEN")) {
        QFile f(goldenPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
    }
    const QByteArray expected = readFile(goldenPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

QTEST_GUILESS_MAIN(TestDiagnosisScenarios)
#include "TestDiagnosisScenarios.moc"
