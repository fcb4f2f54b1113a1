// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "FakeResolver.h"
#include "FindingAsserts.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/domain/PolicyRecordsChecker.h"

using namespace Auth;
using DomainTest::ids;

class TestPolicyRecordsChecker : public QObject
{
    Q_OBJECT

private slots:
    void states()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("_mta-sts.example.org"), "v=STSv1; id=20240101");
        dns.addTxt(QStringLiteral("_smtp._tls.example.org"), "v=TLSRPTv1");
        dns.setOutcome(QStringLiteral("default._bimi.example.org"), Dns::RrType::TXT, Dns::Outcome::ServFail);
        const DomainCheckQueries queries(dns);
        const QList<PolicyRecord> r = PolicyRecordsChecker(queries).check(QStringLiteral("example.org"));
        QCOMPARE(r.size(), 3);
        QCOMPARE(int(r.at(0).state), int(PolicyRecord::State::Present));
        QCOMPARE(int(r.at(1).state), int(PolicyRecord::State::Invalid)); // rua= is required (RFC 8460 3)
        QCOMPARE(int(r.at(2).state), int(PolicyRecord::State::Unknown));
        QCOMPARE(ids(PolicyRecordsChecker::findings(r)),
                 (QStringList{QStringLiteral("mta-sts.ok"), QStringLiteral("tls-rpt.syntax"), QStringLiteral("bimi.dns-error")}));
    }

    void missing()
    {
        TestSupport::FakeResolver dns;
        const DomainCheckQueries queries(dns);
        const Findings f = PolicyRecordsChecker::findings(PolicyRecordsChecker(queries).check(QStringLiteral("example.org")));
        QCOMPARE(ids(f), (QStringList{QStringLiteral("mta-sts.none"), QStringLiteral("tls-rpt.none"), QStringLiteral("bimi.none")}));
        QCOMPARE(f.first().severity, Severity::Info);
    }
};

QTEST_GUILESS_MAIN(TestPolicyRecordsChecker)
#include "TestPolicyRecordsChecker.moc"
