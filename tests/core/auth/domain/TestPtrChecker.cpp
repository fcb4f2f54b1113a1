// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "FakeResolver.h"
#include "FindingAsserts.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/domain/PtrChecker.h"

using namespace Auth;
using DomainTest::ids;

class TestPtrChecker : public QObject
{
    Q_OBJECT

private:
    static PtrCheck run(TestSupport::FakeResolver &dns, const QString &ip)
    {
        const DomainCheckQueries queries(dns);
        return PtrChecker(queries).check(QHostAddress(ip));
    }

private slots:
    void ipv4Confirmed()
    {
        TestSupport::FakeResolver dns;
        dns.addPtr(QStringLiteral("7.2.0.192.in-addr.arpa"), QStringLiteral("mail.example.org"));
        dns.addA(QStringLiteral("mail.example.org"), QStringLiteral("192.0.2.7"));
        const PtrCheck c = run(dns, QStringLiteral("192.0.2.7"));
        QVERIFY(c.fcrdns());
        QCOMPARE(c.names.first().name, QStringLiteral("mail.example.org"));
        QCOMPARE(ids(PtrChecker::findings(c)), QStringList{QStringLiteral("ptr.ok")});
    }

    void ipv6Confirmed()
    {
        TestSupport::FakeResolver dns;
        const QString rev = QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
        dns.addPtr(rev, QStringLiteral("mail6.example.org"));
        dns.addA(QStringLiteral("mail6.example.org"), QStringLiteral("2001:db8::1"));
        const PtrCheck c = run(dns, QStringLiteral("2001:db8::1"));
        QCOMPARE(c.reverseName, rev);
        QVERIFY(c.fcrdns());
    }

    void none()
    {
        TestSupport::FakeResolver dns;
        const Findings f = PtrChecker::findings(run(dns, QStringLiteral("192.0.2.8")));
        QCOMPARE(ids(f), QStringList{QStringLiteral("ptr.none")});
        QVERIFY(f.first().fix.contains(QLatin1String("8.2.0.192.in-addr.arpa")));
        // The mail server's name is not known here: no invented PTR record to copy.
        QVERIFY(f.first().records.isEmpty());
    }

    void mismatch()
    {
        TestSupport::FakeResolver dns;
        dns.addPtr(QStringLiteral("9.2.0.192.in-addr.arpa"), QStringLiteral("host.example.org"));
        dns.addA(QStringLiteral("host.example.org"), QStringLiteral("192.0.2.99"));
        const Findings f = PtrChecker::findings(run(dns, QStringLiteral("192.0.2.9")));
        QCOMPARE(ids(f), QStringList{QStringLiteral("ptr.mismatch")});
        // The exact forward record that makes the PTR name confirm (RFC 8601 2.7.3).
        QCOMPARE(f.first().recordText(), QStringLiteral("host.example.org. 3600 IN A 192.0.2.9"));
    }

    void forwardTimeoutIsUnknown()
    {
        TestSupport::FakeResolver dns;
        dns.addPtr(QStringLiteral("9.2.0.192.in-addr.arpa"), QStringLiteral("host.example.org"));
        dns.setOutcome(QStringLiteral("host.example.org"), Dns::RrType::A, Dns::Outcome::Timeout);
        const Findings f = PtrChecker::findings(run(dns, QStringLiteral("192.0.2.9")));
        QCOMPARE(ids(f), QStringList{QStringLiteral("ptr.dns-error")});
        QCOMPARE(f.first().severity, Severity::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestPtrChecker)
#include "TestPtrChecker.moc"
