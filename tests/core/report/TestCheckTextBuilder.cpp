// SPDX-License-Identifier: GPL-3.0-or-later
// The readable text of a domain check (Report::CheckTextBuilder, "bouncelens-cli check"): a real
// check over a real NSD on loopback; every finding appears under its severity tag with its
// evidence and fix lines; a TXT record holding terminal escapes and HTML is returned as plain
// text (escaping is the terminal writer's job); a server that never answers gets the closing line.
#include <QTest>

#include "NsdServer.h"
#include "StubDnsServer.h"
#include "auth/engine/CheckEngine.h"
#include "auth/common/PublicSuffix.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"
#include "report/CheckTextBuilder.h"

using Report::CheckTextBuilder;

namespace {

// DMARC p=none (a warning with a fix) whose rua carries ESC and HTML, two MX hosts, an SPF record.
const QString Hostile = QStringLiteral("v=DMARC1; p=none; rua=mailto:d@text.test; x=\x1b[31m<b>red</b>");

Auth::DomainCheckResult check(const Dns::ServerConfig &server, const QString &domain, const QString &ip)
{
    Dns::LdnsResolver resolver(server);
    Dns::CachingResolver cache(resolver);
    Dns::LookupPool pool(cache, 48); // as the CLI: a server that never answers costs one timeout, not one per query
    Auth::CheckRequest params;
    params.domain = domain;
    params.ip = QHostAddress(ip);
    params.dnsblZones = {{QStringLiteral("bl.test"), Auth::DnsblZone::Kind::Ip}};
    return Auth::CheckEngine(pool, Auth::PublicSuffix::system()).run(params);
}

} // namespace

class TestCheckTextBuilder : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;

private slots:
    void initTestCase()
    {
        TestSupport::ZoneBuilder z(QStringLiteral("text.test"));
        z.mx(QStringLiteral("@"), 10, QStringLiteral("mx.text.test."))
            .mx(QStringLiteral("@"), 20, QStringLiteral("mx2.text.test."))
            .a(QStringLiteral("mx"), QStringLiteral("192.0.2.10"))
            .a(QStringLiteral("mx2"), QStringLiteral("192.0.2.11"))
            .txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"))
            .txt(QStringLiteral("_dmarc"), Hostile);
        m_nsd.addZone(z);
        TestSupport::ZoneBuilder rev(QStringLiteral("2.0.192.in-addr.arpa"));
        rev.ptr(QStringLiteral("10"), QStringLiteral("mx.text.test."));
        m_nsd.addZone(rev);
        TestSupport::ZoneBuilder bl(QStringLiteral("bl.test"));
        bl.a(QStringLiteral("10.2.0.192"), QStringLiteral("127.0.0.2"));
        m_nsd.addZone(bl);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    }

    void recordsAndFindings()
    {
        const Auth::DomainCheckResult r = check(m_nsd.serverConfig(1000, 1), QStringLiteral("text.test"), QStringLiteral("192.0.2.10"));
        QVERIFY(!r.dnsUnreachable);
        const QStringList lines = CheckTextBuilder::build(r).split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Domain: text.test   DNS server: %1   (%2 ms)").arg(r.dnsServer).arg(r.elapsedMs));
        QVERIFY(lines.contains(QStringLiteral("MX: 10 mx.text.test (192.0.2.10)")));
        QVERIFY(lines.contains(QStringLiteral("MX: 20 mx2.text.test (192.0.2.11)")));
        QVERIFY(lines.contains(QStringLiteral("PTR: 192.0.2.10 -> mx.text.test (forward-confirmed)")));
        QVERIFY(lines.contains(QStringLiteral("DNSBL: bl.test: listed")));
        // The record as the DNS gave it: ESC and markup are carried, not escaped or stripped.
        QVERIFY(lines.contains(QStringLiteral("DMARC: _dmarc.text.test: ") + Hostile));

        // After "Findings:", each finding: "  [severity] id: message", then its evidence and fix.
        const qsizetype at = lines.indexOf(QStringLiteral("Findings:"));
        QVERIFY(at > 0);
        QCOMPARE(lines.at(at - 1), QString());
        qsizetype i = at + 1;
        bool sawWarningWithFix = false;
        for (const Auth::Finding &f : r.findings) {
            QCOMPARE(lines.at(i++), QStringLiteral("  [%1] %2: %3").arg(Auth::severityName(f.severity), f.id, f.message));
            if (!f.evidence.isEmpty())
                QCOMPARE(lines.at(i++), QStringLiteral("      evidence: ") + f.evidence);
            if (!f.fix.isEmpty())
                QCOMPARE(lines.at(i++), QStringLiteral("      fix: ") + f.fix);
            for (const Dns::ZoneRecord &record : f.records)
                QCOMPARE(lines.at(i++), QStringLiteral("        ") + record.zoneLine());
            sawWarningWithFix |= f.id == QLatin1String("dmarc.policy-none") && f.severity == Auth::Severity::Warning && !f.fix.isEmpty();
        }
        QVERIFY(sawWarningWithFix);
        QCOMPARE(i, lines.size() - 1); // the text ends with its last line's line feed
        QCOMPARE(lines.last(), QString());
        QVERIFY(!CheckTextBuilder::build(r).contains(QStringLiteral("did not answer")));
    }

    void serverNeverAnswers()
    {
        TestSupport::StubDnsServer stub(TestSupport::StubDnsServer::Behaviour::BlackHole);
        const Auth::DomainCheckResult r = check(stub.serverConfig(200, 0), QStringLiteral("text.test"), QStringLiteral("192.0.2.10"));
        QVERIFY(r.dnsUnreachable);
        const QString text = CheckTextBuilder::build(r);
        QVERIFY(text.endsWith(QStringLiteral("\n\nThe DNS server %1 did not answer at all.\n").arg(r.dnsServer)));
        QVERIFY(!text.contains(QStringLiteral("MX: ")));
        QVERIFY(text.contains(QStringLiteral("\nFindings:\n  [unknown] ")));
    }
};

QTEST_GUILESS_MAIN(TestCheckTextBuilder)
#include "TestCheckTextBuilder.moc"
