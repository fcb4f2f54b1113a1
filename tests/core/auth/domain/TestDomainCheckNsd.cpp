// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: Auth::CheckEngine through the ldns resolver and the lookup pool against a real
// NSD on loopback serving DomainZones.h, one domain per finding; plus servers that never answer
// or answer SERVFAIL.
#include <QTest>

#include "DomainZones.h"
#include "FindingAsserts.h"
#include "NsdServer.h"
#include "StubDnsServer.h"
#include "auth/engine/CheckEngine.h"
#include "auth/common/PublicSuffix.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

using namespace Auth;
using DomainTest::find;
using DomainTest::ids;

class TestDomainCheckNsd : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;

    DomainCheckResult check(const QString &domain, const QString &ip = {}) const
    {
        Dns::LdnsResolver resolver(m_nsd.serverConfig(1000, 1));
        Dns::CachingResolver cache(resolver); // one cache per session, as every caller has
        Dns::LookupPool pool(cache, 48);
        CheckRequest params;
        params.domain = domain;
        params.ip = ip.isEmpty() ? QHostAddress() : QHostAddress(ip);
        params.dnsblZones = {{QStringLiteral("bl.test"), DnsblZone::Kind::Ip},
                             {QStringLiteral("zen.spamhaus.org"), DnsblZone::Kind::Ip}};
        return CheckEngine(pool, PublicSuffix::system()).run(params);
    }

    static Severity severityOf(const DomainCheckResult &r, const QString &id)
    {
        const Finding *f = find(r.findings, id);
        return f ? f->severity : Severity(-1);
    }

private slots:
    void initTestCase()
    {
        for (const TestSupport::ZoneBuilder &z : DomainTest::allZones())
            m_nsd.addZone(z);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    }

    void goodDomain()
    {
        const DomainCheckResult r = check(QStringLiteral("good.test"), QStringLiteral("192.0.2.10"));
        QVERIFY(!r.dnsUnreachable);
        QCOMPARE(r.dnsServer, m_nsd.serverConfig().description());
        QCOMPARE(r.mx.hosts.size(), 2);
        QCOMPARE(r.mx.hosts.at(1).addresses.size(), 2);
        QVERIFY(r.ptr && r.ptr->fcrdns());
        for (const char *id : {"dmarc.ok", "mx.ok", "ptr.ok", "mta-sts.ok", "tls-rpt.ok", "bimi.ok"})
            QVERIFY2(find(r.findings, QString::fromLatin1(id)), id);
        // The external destination reports-ok.test authorizes good.test (RFC 7489 7.1).
        QCOMPARE(r.dmarc.reportAuthorizations.size(), 1);
        QCOMPARE(int(r.dmarc.reportAuthorizations.first().state), int(DmarcReportAuthorization::State::Authorized));
        for (const Finding &f : r.findings)
            QVERIFY2(f.severity == Severity::Ok || f.severity == Severity::Info, qPrintable(f.id + QLatin1Char(' ') + f.message));
    }

    void eachFinding_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("severity");
        QTest::newRow("dmarc.none") << "dmarcnone.test" << "" << "dmarc.none" << int(Severity::Error);
        QTest::newRow("dmarc.multiple-records") << "dmarcmulti.test" << "" << "dmarc.multiple-records" << int(Severity::Error);
        QTest::newRow("dmarc.syntax") << "dmarcsyntax.test" << "" << "dmarc.syntax" << int(Severity::Error);
        QTest::newRow("dmarc.policy-none") << "dmarcpnone.test" << "" << "dmarc.policy-none" << int(Severity::Warning);
        QTest::newRow("dmarc.rua-unauthorized") << "dmarcrua.test" << "" << "dmarc.rua-unauthorized" << int(Severity::Warning);
        QTest::newRow("dmarc.inherited") << "sub.inherit.test" << "" << "dmarc.inherited" << int(Severity::Info);
        QTest::newRow("mx.none") << "mxnone.test" << "" << "mx.none" << int(Severity::Warning);
        QTest::newRow("mx.none-nxdomain") << "nothing.good.test" << "" << "mx.none" << int(Severity::Error);
        QTest::newRow("mx.null") << "mxnull.test" << "" << "mx.null" << int(Severity::Info);
        QTest::newRow("mx.target-cname") << "mxcname.test" << "" << "mx.target-cname" << int(Severity::Warning);
        QTest::newRow("mx.target-ip-literal") << "mxip.test" << "" << "mx.target-ip-literal" << int(Severity::Error);
        QTest::newRow("mx.target-unresolvable") << "mxgone.test" << "" << "mx.target-unresolvable" << int(Severity::Error);
        QTest::newRow("ptr.mismatch") << "good.test" << "192.0.2.20" << "ptr.mismatch" << int(Severity::Error);
        QTest::newRow("ptr.none") << "good.test" << "192.0.2.30" << "ptr.none" << int(Severity::Error);
        QTest::newRow("ptr.ok-ipv6") << "good.test" << "2001:db8::1" << "ptr.ok" << int(Severity::Ok);
        QTest::newRow("dnsbl.listed") << "good.test" << "192.0.2.30" << "dnsbl.listed" << int(Severity::Error);
        QTest::newRow("dnsbl.error") << "good.test" << "192.0.2.40" << "dnsbl.error" << int(Severity::Unknown);
        QTest::newRow("spf.result-pass") << "good.test" << "192.0.2.10" << "spf.result" << int(Severity::Ok);
        QTest::newRow("spf.result-fail") << "good.test" << "198.51.100.1" << "spf.result" << int(Severity::Error);
        QTest::newRow("spf.none") << "mxnone.test" << "" << "spf.none" << int(Severity::Warning);
        QTest::newRow("mta-sts.none") << "mxnone.test" << "" << "mta-sts.none" << int(Severity::Info);
    }

    void eachFinding()
    {
        QFETCH(QString, domain);
        QFETCH(QString, ip);
        QFETCH(QString, id);
        QFETCH(int, severity);
        const DomainCheckResult r = check(domain, ip);
        QVERIFY2(find(r.findings, id), qPrintable(ids(r.findings).join(QLatin1Char(' '))));
        QCOMPARE(int(severityOf(r, id)), severity);
        QVERIFY(!find(r.findings, id)->evidence.isEmpty());
    }

    void listedReasonFromTxt()
    {
        const DomainCheckResult r = check(QStringLiteral("good.test"), QStringLiteral("192.0.2.30"));
        QCOMPARE(r.dnsbl.size(), 2);
        QVERIFY(r.dnsbl.first().reason.contains(QLatin1String("spam trap")));
    }

    void timeoutIsUnknownNotMissing()
    {
        TestSupport::StubDnsServer dead(TestSupport::StubDnsServer::Behaviour::BlackHole);
        QVERIFY(dead.isListening());
        Dns::LdnsResolver resolver(dead.serverConfig(200, 0));
        // Every section runs (SPF and DKIM too): the DKIM selectors are asked at once into the
        // session's cache, so their walk does not wait 200 ms per selector.
        Dns::CachingResolver cache(resolver);
        Dns::LookupPool pool(cache, 48);
        CheckRequest params;
        params.domain = QStringLiteral("good.test");
        params.ip = QHostAddress(QStringLiteral("192.0.2.10"));
        params.dnsblZones = {{QStringLiteral("bl.test"), DnsblZone::Kind::Ip}};
        QElapsedTimer t;
        t.start();
        const DomainCheckResult r = CheckEngine(pool, PublicSuffix::system()).run(params);
        QVERIFY(r.dnsUnreachable);
        QVERIFY2(t.elapsed() < 2000, "all queries time out at the same time, not one after the other");
        for (const char *missing : {"dmarc.none", "mx.none", "ptr.none", "mta-sts.none"})
            QVERIFY2(!find(r.findings, QString::fromLatin1(missing)), missing);
        for (const char *unknown : {"spf.dns-error", "dkim.dns-error", "dmarc.dns-error", "mx.dns-error", "ptr.dns-error",
                                    "dnsbl.error", "mta-sts.dns-error", "dnssec.dns-error"})
            QCOMPARE(int(severityOf(r, QString::fromLatin1(unknown))), int(Severity::Unknown));
    }

    void servfailIsUnknown()
    {
        TestSupport::StubDnsServer broken(TestSupport::StubDnsServer::Behaviour::ServFail);
        Dns::LdnsResolver resolver(broken.serverConfig(500, 0));
        Dns::CachingResolver cache(resolver);
        Dns::LookupPool pool(cache, 48);
        CheckRequest params;
        params.domain = QStringLiteral("good.test");
        params.dnsblZones = {};
        const DomainCheckResult r = CheckEngine(pool, PublicSuffix::system()).run(params);
        QVERIFY(!r.dnsUnreachable); // the server answered, with SERVFAIL
        QVERIFY(!find(r.findings, QStringLiteral("dmarc.none")));
        QCOMPARE(int(severityOf(r, QStringLiteral("dmarc.dns-error"))), int(Severity::Unknown));
        QCOMPARE(int(severityOf(r, QStringLiteral("mx.dns-error"))), int(Severity::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestDomainCheckNsd)
#include "TestDomainCheckNsd.moc"
