// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "FakeResolver.h"
#include "FindingAsserts.h"
#include "auth/dmarc/DmarcChecker.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"

using namespace Auth;
using DomainTest::find;
using DomainTest::ids;

class TestDmarcChecker : public QObject
{
    Q_OBJECT

private:
    static DmarcDiscovery run(TestSupport::FakeResolver &dns, const QString &domain)
    {
        const DomainCheckQueries queries(dns);
        return DmarcChecker(queries, PublicSuffix::system()).check(domain);
    }

private slots:
    void none()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "some token");
        const DmarcDiscovery d = run(dns, QStringLiteral("example.org"));
        QCOMPARE(int(d.status), int(DmarcDiscovery::Status::None));
        const Findings f = DmarcChecker::findings(d);
        QVERIFY(find(f, QStringLiteral("dmarc.none")));
        QCOMPARE(find(f, QStringLiteral("dmarc.none"))->severity, Severity::Error);
        QCOMPARE(find(f, QStringLiteral("dmarc.none"))->recordText(),
                 QStringLiteral("_dmarc.example.org. 3600 IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org\""));
    }

    void timeoutIsUnknownNotNone()
    {
        TestSupport::FakeResolver dns;
        dns.setOutcome(QStringLiteral("_dmarc.example.org"), Dns::RrType::TXT, Dns::Outcome::Timeout);
        const Findings f = DmarcChecker::findings(run(dns, QStringLiteral("example.org")));
        QVERIFY(!find(f, QStringLiteral("dmarc.none")));
        QVERIFY(find(f, QStringLiteral("dmarc.dns-error")));
        QCOMPARE(find(f, QStringLiteral("dmarc.dns-error"))->severity, Severity::Unknown);
    }

    void servfailAtOrgDomainIsUnknown()
    {
        TestSupport::FakeResolver dns;
        dns.setOutcome(QStringLiteral("_dmarc.example.org"), Dns::RrType::TXT, Dns::Outcome::ServFail);
        const DmarcDiscovery d = run(dns, QStringLiteral("mail.example.org"));
        QCOMPARE(int(d.status), int(DmarcDiscovery::Status::TempError));
    }

    void multiple()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=reject");
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=none");
        const Findings f = DmarcChecker::findings(run(dns, QStringLiteral("example.org")));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.multiple-records")});
    }

    void syntaxAndPolicyNone()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=none; pct=abc; rua=mailto:d@example.org");
        const Findings f = DmarcChecker::findings(run(dns, QStringLiteral("example.org")));
        QVERIFY(find(f, QStringLiteral("dmarc.syntax")));
        QVERIFY(find(f, QStringLiteral("dmarc.syntax"))->message.contains(QLatin1String("pct_invalid")));
        QVERIFY(find(f, QStringLiteral("dmarc.policy-none")));
        QVERIFY(find(f, QStringLiteral("dmarc.syntax"))->evidence.contains(QLatin1String("_dmarc.example.org")));
    }

    void brokenPIsError()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=maybe");
        const Findings f = DmarcChecker::findings(run(dns, QStringLiteral("example.org")));
        QCOMPARE(find(f, QStringLiteral("dmarc.syntax"))->severity, Severity::Error);
        QVERIFY(!find(f, QStringLiteral("dmarc.ok")));
    }

    void inheritedUsesSp()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.org");
        const DmarcDiscovery d = run(dns, QStringLiteral("news.example.org"));
        QVERIFY(d.inherited);
        QCOMPARE(d.appliedPolicy(), DmarcPolicy::Quarantine);
        const Findings f = DmarcChecker::findings(d);
        QVERIFY(find(f, QStringLiteral("dmarc.inherited")));
        QVERIFY(find(f, QStringLiteral("dmarc.ok")));
        // One batch: the RFC 9989 tree walk (4.10), whose first two names are the two RFC 7489
        // asks (6.6.3), then the top-level label.
        QCOMPARE(dns.queryLog(), (QStringList{QStringLiteral("_dmarc.news.example.org/TXT"),
                                              QStringLiteral("_dmarc.example.org/TXT"),
                                              QStringLiteral("_dmarc.org/TXT")}));
    }

    void ruaAuthorization()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"),
                   "v=DMARC1; p=reject; rua=mailto:a@reports.example.org,mailto:r@good.test,mailto:r@bad.test");
        dns.addTxt(QStringLiteral("example.org._report._dmarc.good.test"), "v=DMARC1");
        dns.setOutcome(QStringLiteral("example.org._report._dmarc.slow.test"), Dns::RrType::TXT, Dns::Outcome::Timeout);
        const DmarcDiscovery d = run(dns, QStringLiteral("example.org"));
        QCOMPARE(d.reportAuthorizations.size(), 2); // reports.example.org is in the same org domain
        const Findings f = DmarcChecker::findings(d);
        const Finding *bad = find(f, QStringLiteral("dmarc.rua-unauthorized"));
        QVERIFY(bad);
        QVERIFY(bad->message.contains(QLatin1String("bad.test")));
        QCOMPARE(bad->recordText(), QStringLiteral("example.org._report._dmarc.bad.test. 3600 IN TXT \"v=DMARC1\""));
        QCOMPARE(ids(f).count(QStringLiteral("dmarc.rua-unauthorized")), 1);
    }

    void ruaAuthorizationTimeoutIsUnknown()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.org"), "v=DMARC1; p=reject; rua=mailto:r@slow.test");
        dns.setOutcome(QStringLiteral("example.org._report._dmarc.slow.test"), Dns::RrType::TXT, Dns::Outcome::Timeout);
        const Findings f = DmarcChecker::findings(run(dns, QStringLiteral("example.org")));
        QVERIFY(!find(f, QStringLiteral("dmarc.rua-unauthorized")));
        QCOMPARE(find(f, QStringLiteral("dmarc.dns-error"))->severity, Severity::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestDmarcChecker)
#include "TestDmarcChecker.moc"
