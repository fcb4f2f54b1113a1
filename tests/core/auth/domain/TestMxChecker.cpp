// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "FakeResolver.h"
#include "FindingAsserts.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/domain/MxChecker.h"

using namespace Auth;
using DomainTest::find;
using DomainTest::ids;

class TestMxChecker : public QObject
{
    Q_OBJECT

private:
    static MxCheck run(TestSupport::FakeResolver &dns, const QString &domain = QStringLiteral("example.org"))
    {
        const DomainCheckQueries queries(dns);
        return MxChecker(queries).check(domain);
    }

private slots:
    void goodRecordsSortedByPreference()
    {
        TestSupport::FakeResolver dns;
        dns.addMx(QStringLiteral("example.org"), 20, QStringLiteral("mx2.example.org"));
        dns.addMx(QStringLiteral("example.org"), 10, QStringLiteral("mx1.example.org"));
        dns.addA(QStringLiteral("mx1.example.org"), QStringLiteral("192.0.2.1"));
        dns.addA(QStringLiteral("mx2.example.org"), QStringLiteral("2001:db8::2"));
        const MxCheck c = run(dns);
        QCOMPARE(int(c.status), int(MxCheck::Status::Records));
        QCOMPARE(c.hosts.size(), 2);
        QCOMPARE(c.hosts.at(0).host, QStringLiteral("mx1.example.org"));
        QCOMPARE(c.hosts.at(1).addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("2001:db8::2"))});
        QCOMPARE(ids(MxChecker::findings(c)), QStringList{QStringLiteral("mx.ok")});
    }

    void nullMx()
    {
        TestSupport::FakeResolver dns;
        dns.addMx(QStringLiteral("example.org"), 0, QStringLiteral("."));
        const Findings f = MxChecker::findings(run(dns));
        QCOMPARE(ids(f), QStringList{QStringLiteral("mx.null")});
        QCOMPARE(f.first().severity, Severity::Info);
    }

    void nullMxMixedIsError()
    {
        TestSupport::FakeResolver dns;
        dns.addMx(QStringLiteral("example.org"), 0, QStringLiteral("."));
        dns.addMx(QStringLiteral("example.org"), 10, QStringLiteral("mx.example.org"));
        QCOMPARE(MxChecker::findings(run(dns)).first().severity, Severity::Error);
    }

    void implicitMx()
    {
        TestSupport::FakeResolver dns;
        dns.addA(QStringLiteral("example.org"), QStringLiteral("192.0.2.7"));
        const MxCheck c = run(dns);
        QCOMPARE(int(c.status), int(MxCheck::Status::Implicit));
        const Findings f = MxChecker::findings(c);
        QCOMPARE(ids(f), QStringList{QStringLiteral("mx.none")});
        QCOMPARE(f.first().severity, Severity::Warning);
    }

    void noMxNoAddress()
    {
        TestSupport::FakeResolver dns;
        dns.addTxt(QStringLiteral("example.org"), "v=spf1 -all");
        const Findings f = MxChecker::findings(run(dns));
        QCOMPARE(ids(f), QStringList{QStringLiteral("mx.none")});
        QCOMPARE(f.first().severity, Severity::Error);
    }

    void nxdomain()
    {
        TestSupport::FakeResolver dns;
        const MxCheck c = run(dns, QStringLiteral("nowhere.test"));
        QCOMPARE(int(c.status), int(MxCheck::Status::NxDomain));
        QVERIFY(find(MxChecker::findings(c), QStringLiteral("mx.none")));
    }

    void targetProblems()
    {
        TestSupport::FakeResolver dns;
        dns.addMx(QStringLiteral("example.org"), 10, QStringLiteral("alias.example.org"));
        dns.addMx(QStringLiteral("example.org"), 20, QStringLiteral("192.0.2.9"));
        dns.addMx(QStringLiteral("example.org"), 30, QStringLiteral("gone.example.org"));
        dns.addCname(QStringLiteral("alias.example.org"), QStringLiteral("real.example.net"));
        dns.addA(QStringLiteral("real.example.net"), QStringLiteral("192.0.2.10"));
        const MxCheck c = run(dns);
        QCOMPARE(c.hosts.at(0).cnameTarget, QStringLiteral("real.example.net"));
        QVERIFY(c.hosts.at(1).ipLiteral);
        QVERIFY(c.hosts.at(2).unresolvable);
        const QStringList got = ids(MxChecker::findings(c));
        QCOMPARE(got, (QStringList{QStringLiteral("mx.target-cname"), QStringLiteral("mx.target-ip-literal"),
                                   QStringLiteral("mx.target-unresolvable")}));
    }

    void timeouts()
    {
        TestSupport::FakeResolver dns;
        dns.setOutcome(QStringLiteral("example.org"), Dns::RrType::MX, Dns::Outcome::Timeout);
        const Findings f = MxChecker::findings(run(dns));
        QCOMPARE(ids(f), QStringList{QStringLiteral("mx.dns-error")});
        QCOMPARE(f.first().severity, Severity::Unknown);

        TestSupport::FakeResolver dns2;
        dns2.addMx(QStringLiteral("example.org"), 10, QStringLiteral("mx.example.org"));
        dns2.setNameOutcome(QStringLiteral("mx.example.org"), Dns::Outcome::ServFail);
        const Findings f2 = MxChecker::findings(run(dns2));
        QCOMPARE(ids(f2), QStringList{QStringLiteral("mx.dns-error")}); // not "unresolvable"
    }
};

QTEST_GUILESS_MAIN(TestMxChecker)
#include "TestMxChecker.moc"
