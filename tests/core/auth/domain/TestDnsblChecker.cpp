// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "FakeResolver.h"
#include "FindingAsserts.h"
#include "auth/domain/DnsblChecker.h"
#include "auth/common/DomainCheckQueries.h"

using namespace Auth;
using DomainTest::ids;
using State = DnsblResult::State;

Q_DECLARE_METATYPE(Auth::DnsblResult::State)

class TestDnsblChecker : public QObject
{
    Q_OBJECT

private slots:
    void interpret_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("code");
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("zen-sbl") << "zen.spamhaus.org" << "127.0.0.2" << State::Listed << "SBL";
        QTest::newRow("zen-xbl") << "zen.spamhaus.org" << "127.0.0.4" << State::Listed << "XBL";
        QTest::newRow("zen-pbl") << "zen.spamhaus.org" << "127.0.0.11" << State::Listed << "PBL";
        QTest::newRow("zen-open-resolver") << "zen.spamhaus.org" << "127.255.255.254" << State::Refused << "public/open resolver";
        QTest::newRow("zen-typo") << "zen.spamhaus.org" << "127.255.255.252" << State::Refused << "malformed";
        QTest::newRow("zen-rate") << "zen.spamhaus.org" << "127.255.255.255" << State::Refused << "excessive";
        QTest::newRow("dbl-phish") << "dbl.spamhaus.org" << "127.0.1.4" << State::Listed << "phishing";
        QTest::newRow("dbl-refused") << "dbl.spamhaus.org" << "127.255.255.254" << State::Refused << "refused";
        QTest::newRow("barracuda") << "b.barracudacentral.org" << "127.0.0.2" << State::Listed << "listed";
        QTest::newRow("spamcop") << "bl.spamcop.net" << "127.0.0.2" << State::Listed << "listed";
        QTest::newRow("sorbs-relay") << "dnsbl.sorbs.net" << "127.0.0.5" << State::Listed << "open SMTP relay";
        QTest::newRow("uceprotect") << "dnsbl-1.uceprotect.net" << "127.0.0.2" << State::Listed << "listed";
        QTest::newRow("surbl-bits") << "multi.surbl.org" << "127.0.0.24" << State::Listed << "phishing, malware";
        QTest::newRow("surbl-blocked") << "multi.surbl.org" << "127.0.0.1" << State::Refused << "blocked";
        QTest::newRow("other-127-0-0-1") << "dnsbl.example.net" << "127.0.0.1" << State::Refused << "refused";
        QTest::newRow("outside-127") << "dead.example.net" << "192.0.2.1" << State::Refused << "outside 127.0.0.0/8";
    }

    void interpret()
    {
        QFETCH(QString, zone);
        QFETCH(QString, code);
        QFETCH(State, state);
        QFETCH(QString, meaning);
        const DnsblCodeMeaning m = DnsblChecker::interpret(zone, QHostAddress(code));
        QCOMPARE(int(m.state), int(state));
        QVERIFY2(m.meaning.contains(meaning), qPrintable(m.meaning));
    }

    void zoneKinds()
    {
        QCOMPARE(int(DnsblChecker::zoneFromName(QStringLiteral("dbl.spamhaus.org")).kind), int(DnsblZone::Kind::Domain));
        QCOMPARE(int(DnsblChecker::zoneFromName(QStringLiteral("multi.surbl.org.")).kind), int(DnsblZone::Kind::Domain));
        QCOMPARE(int(DnsblChecker::zoneFromName(QStringLiteral("zen.spamhaus.org")).kind), int(DnsblZone::Kind::Ip));
    }

    void check()
    {
        TestSupport::FakeResolver dns;
        dns.addA(QStringLiteral("2.0.0.127.zen.spamhaus.org"), QStringLiteral("127.0.0.2"));
        dns.addTxt(QStringLiteral("2.0.0.127.zen.spamhaus.org"), "https://check.spamhaus.org/sbl/query/SBL1");
        dns.addA(QStringLiteral("2.0.0.127.bl.spamcop.net"), QStringLiteral("127.255.255.254"));
        dns.setOutcome(QStringLiteral("2.0.0.127.b.barracudacentral.org"), Dns::RrType::A, Dns::Outcome::Timeout);
        dns.addA(QStringLiteral("bad.example.dbl.spamhaus.org"), QStringLiteral("127.0.1.2"));
        const QList<DnsblZone> zones{{QStringLiteral("zen.spamhaus.org"), DnsblZone::Kind::Ip},
                                     {QStringLiteral("bl.spamcop.net"), DnsblZone::Kind::Ip},
                                     {QStringLiteral("b.barracudacentral.org"), DnsblZone::Kind::Ip},
                                     {QStringLiteral("dnsbl-1.uceprotect.net"), DnsblZone::Kind::Ip},
                                     {QStringLiteral("dbl.spamhaus.org"), DnsblZone::Kind::Domain}};
        const DomainCheckQueries queries(dns);
        const QList<DnsblResult> r = DnsblChecker(queries).check(QHostAddress(QStringLiteral("127.0.0.2")),
                                                                 QStringLiteral("bad.example"), zones);
        QCOMPARE(r.size(), 5);
        QCOMPARE(int(r.at(0).state), int(State::Listed));
        QVERIFY(r.at(0).reason.contains(QLatin1String("SBL1")));
        // spamcop does not use 127.255.255.254 as an error: it is a listing with an odd code.
        QCOMPARE(int(r.at(1).state), int(State::Listed));
        QCOMPARE(int(r.at(2).state), int(State::Unknown));
        QCOMPARE(int(r.at(3).state), int(State::NotListed));
        QCOMPARE(int(r.at(4).state), int(State::Listed));
        const QStringList got = ids(DnsblChecker::findings(r));
        QCOMPARE(got.count(QStringLiteral("dnsbl.listed")), 3);
        QCOMPARE(got.count(QStringLiteral("dnsbl.error")), 1);
    }

    void spamhausRefusalIsNotListing()
    {
        TestSupport::FakeResolver dns;
        dns.addA(QStringLiteral("2.0.0.127.zen.spamhaus.org"), QStringLiteral("127.255.255.254"));
        const DomainCheckQueries queries(dns);
        const QList<DnsblResult> r = DnsblChecker(queries).check(QHostAddress(QStringLiteral("127.0.0.2")), QString(),
                                                                 {{QStringLiteral("zen.spamhaus.org"), DnsblZone::Kind::Ip}});
        QCOMPARE(int(r.at(0).state), int(State::Refused));
        const Findings f = DnsblChecker::findings(r);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dnsbl.error")});
        QCOMPARE(f.first().severity, Severity::Unknown);
    }

    void ipv6Query()
    {
        TestSupport::FakeResolver dns;
        const DomainCheckQueries queries(dns);
        const QList<DnsblResult> r = DnsblChecker(queries).check(QHostAddress(QStringLiteral("2001:db8::1")), QString(),
                                                                 {{QStringLiteral("zen.spamhaus.org"), DnsblZone::Kind::Ip}});
        QCOMPARE(r.at(0).query, QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org"));
        QCOMPARE(ids(DnsblChecker::findings(r)), QStringList{QStringLiteral("dnsbl.ok")});
    }
};

QTEST_GUILESS_MAIN(TestDnsblChecker)
#include "TestDnsblChecker.moc"
