// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 9989 (DMARCbis) discovery through the ldns resolver and the lookup pool against a real NSD
// with zones of our own: a deep subdomain, more than 8 labels, np= for a non-existent subdomain,
// t=y with pct, a psd=y record at a public suffix (co.uk) and a private-registry suffix
// (blogspot.com), where RFC 7489 (Public Suffix List) and RFC 9989 (tree walk) disagree; plus a
// walk that meets a server which does not answer for the parent zone (REFUSED).
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "FindingAsserts.h"
#include "NsdServer.h"
#include "auth/engine/CheckJson.h"
#include "auth/dmarc/DmarcChecker.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

using namespace Auth;
using DomainTest::find;

class TestDmarcTreeWalkNsd : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;

    DmarcDiscovery check(const QString &domain) const
    {
        Dns::LdnsResolver resolver(m_nsd.serverConfig(1000, 1));
        Dns::LookupPool pool(resolver, 8);
        const DomainCheckQueries queries(pool);
        return DmarcChecker(queries, PublicSuffix::system()).check(domain);
    }

    static QStringList walkedNames(const DmarcDiscovery &d)
    {
        QStringList names;
        for (const DmarcWalkStep &s : d.rfc9989.walk.steps)
            names.append(s.domain);
        return names;
    }

private slots:
    void initTestCase()
    {
        TestSupport::ZoneBuilder test(QStringLiteral("test"));
        test.txt(QStringLiteral("_dmarc.deep"), QStringLiteral("v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@deep.test"))
            .txt(QStringLiteral("_dmarc.np"), QStringLiteral("v=DMARC1; p=reject; sp=none; np=reject; rua=mailto:d@np.test"))
            .a(QStringLiteral("www.np"), QStringLiteral("192.0.2.1"))
            .txt(QStringLiteral("_dmarc.long"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@long.test"))
            // A zone cut that declares itself an Organizational Domain, at a name the walk skips.
            .txt(QStringLiteral("_dmarc.b.c.d.e.f.g.h.i.j.long"), QStringLiteral("v=DMARC1; p=none; psd=n"))
            .txt(QStringLiteral("_dmarc.trial"), QStringLiteral("v=DMARC1; p=reject; t=y; pct=50; rua=mailto:d@trial.test; foo=bar"));
        m_nsd.addZone(test);
        TestSupport::ZoneBuilder couk(QStringLiteral("co.uk"));
        couk.txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; psd=y"));
        m_nsd.addZone(couk);
        TestSupport::ZoneBuilder com(QStringLiteral("com"));
        com.txt(QStringLiteral("_dmarc.blogspot"), QStringLiteral("v=DMARC1; p=reject"));
        m_nsd.addZone(com);
        // Only this zone of "example" is served: the walk's _dmarc.example is REFUSED.
        m_nsd.addZone(TestSupport::ZoneBuilder(QStringLiteral("solo.example")));
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    }

    void deepSubdomainInheritsFromOrgDomain()
    {
        const DmarcDiscovery d = check(QStringLiteral("x.y.z.mail.deep.test"));
        QCOMPARE(walkedNames(d), (QStringList{QStringLiteral("x.y.z.mail.deep.test"), QStringLiteral("y.z.mail.deep.test"),
                                              QStringLiteral("z.mail.deep.test"), QStringLiteral("mail.deep.test"),
                                              QStringLiteral("deep.test"), QStringLiteral("test")}));
        QCOMPARE(int(d.rfc9989.status), int(DmarcBisDiscovery::Status::Found));
        QCOMPARE(d.rfc9989.recordAt, QStringLiteral("_dmarc.deep.test"));
        QCOMPARE(d.rfc9989.orgDomain, QStringLiteral("deep.test"));
        QCOMPARE(d.rfc9989.policyTag, QStringLiteral("sp"));
        QCOMPARE(d.rfc9989.appliedPolicy, DmarcPolicy::Quarantine);
        // RFC 7489 reaches the same record through the PSL ("test" is not on it: *.test rule).
        QCOMPARE(d.recordAt, QStringLiteral("_dmarc.deep.test"));
        QCOMPARE(d.rfcDifferences, QStringList());
        const Findings f = DmarcChecker::findings(d);
        QVERIFY(find(f, QStringLiteral("dmarc.inherited")));
        QVERIFY(find(f, QStringLiteral("dmarc.ok"))->message.contains(
            QLatin1String("Rules: RFC 9989 (DMARCbis); RFC 7489 readers reach the same verdict.")));
        QVERIFY(!find(f, QStringLiteral("dmarc.rfc7489-differs")));
    }

    void moreThanEightLabelsCostsEightQueries()
    {
        const DmarcDiscovery d = check(QStringLiteral("a.b.c.d.e.f.g.h.i.j.long.test"));
        QCOMPARE(d.rfc9989.walk.queries, 8);
        // The name itself, then the last 7 labels: b.c.d.e.f.g.h.i.j.long.test (and its psd=n
        // record) is skipped, as RFC 9989 5.1.8 warns.
        QCOMPARE(walkedNames(d), (QStringList{QStringLiteral("a.b.c.d.e.f.g.h.i.j.long.test"),
                                              QStringLiteral("f.g.h.i.j.long.test"), QStringLiteral("g.h.i.j.long.test"),
                                              QStringLiteral("h.i.j.long.test"), QStringLiteral("i.j.long.test"),
                                              QStringLiteral("j.long.test"), QStringLiteral("long.test"), QStringLiteral("test")}));
        QCOMPARE(d.rfc9989.recordAt, QStringLiteral("_dmarc.long.test"));
        QCOMPARE(d.rfc9989.orgDomain, QStringLiteral("long.test"));
        QCOMPARE(dmarcOrgRuleName(d.rfc9989.orgRule), QStringLiteral("fewest-labels"));
        // The psd=n record one label below the author is found by a walk that starts there.
        Dns::LdnsResolver resolver(m_nsd.serverConfig(1000, 1));
        const DomainCheckQueries queries(resolver);
        const auto orgs = DmarcChecker(queries, PublicSuffix::system()).organizationalDomains({QStringLiteral("b.c.d.e.f.g.h.i.j.long.test")});
        QCOMPARE(orgs.value(QStringLiteral("b.c.d.e.f.g.h.i.j.long.test")).organizationalDomain, QStringLiteral("b.c.d.e.f.g.h.i.j.long.test"));
        QCOMPARE(dmarcOrgRuleName(orgs.value(QStringLiteral("b.c.d.e.f.g.h.i.j.long.test")).orgRule), QStringLiteral("psd=n"));
    }

    void npForNonExistentSubdomain()
    {
        const DmarcDiscovery ghost = check(QStringLiteral("ghost.np.test"));
        QCOMPARE(int(ghost.rfc9989.authorExistence), int(DmarcBisDiscovery::Existence::NonExistent));
        QCOMPARE(ghost.rfc9989.existenceAnswers.size(), 3); // A, AAAA, MX: all NXDOMAIN
        QCOMPARE(ghost.rfc9989.policyTag, QStringLiteral("np"));
        QCOMPARE(ghost.rfc9989.appliedPolicy, DmarcPolicy::Reject);
        QCOMPARE(ghost.appliedPolicy(), DmarcPolicy::None); // RFC 7489: sp
        QCOMPARE(ghost.rfcDifferences, QStringList{QStringLiteral("applied_policy")});
        const Findings f = DmarcChecker::findings(ghost);
        const Finding *inherited = find(f, QStringLiteral("dmarc.inherited"));
        QVERIFY(inherited);
        QVERIFY2(inherited->message.contains(QLatin1String("does not exist (NXDOMAIN)")), qPrintable(inherited->message));
        QVERIFY2(inherited->message.contains(QLatin1String("RFC 7489 readers: policy \"none\" from _dmarc.np.test")), qPrintable(inherited->message));
        QCOMPARE(find(f, QStringLiteral("dmarc.rfc7489-differs"))->severity, Severity::Warning);

        const DmarcDiscovery www = check(QStringLiteral("www.np.test"));
        QCOMPARE(int(www.rfc9989.authorExistence), int(DmarcBisDiscovery::Existence::Exists));
        QCOMPARE(www.rfc9989.policyTag, QStringLiteral("sp"));
        QCOMPARE(www.rfc9989.appliedPolicy, DmarcPolicy::None);
        QCOMPARE(www.rfcDifferences, QStringList());
    }

    void testingAndRemovedTags()
    {
        const DmarcDiscovery d = check(QStringLiteral("trial.test"));
        QCOMPARE(d.rfc9989.appliedPolicy, DmarcPolicy::Reject);
        QCOMPARE(d.rfc9989.effectivePolicy, DmarcPolicy::Quarantine);
        QCOMPARE(d.rfcDifferences, (QStringList{QStringLiteral("testing"), QStringLiteral("pct")}));
        const Findings f = DmarcChecker::findings(d);
        QCOMPARE(find(f, QStringLiteral("dmarc.testing"))->severity, Severity::Warning);
        const Finding *removed = find(f, QStringLiteral("dmarc.removed-tag"));
        QVERIFY(removed);
        QCOMPARE(removed->severity, Severity::Info);
        QCOMPARE(removed->message, QStringLiteral("The tag pct= is removed in RFC 9989 — receivers may ignore it."));
        const Finding *unknown = find(f, QStringLiteral("dmarc.unknown-tag"));
        QVERIFY(unknown);
        QVERIFY(unknown->message.contains(QLatin1String("(foo)")));
        QVERIFY(!find(f, QStringLiteral("dmarc.syntax"))); // a finding, not an error
    }

    void psdRecordAtPublicSuffix()
    {
        QVERIFY(PublicSuffix::system().isPublicSuffix(QStringLiteral("co.uk")));
        const DmarcDiscovery d = check(QStringLiteral("shop.example.co.uk"));
        // RFC 9989: the walk stops at psd=y; example.co.uk (one label below) has no record, so
        // the PSD's record applies to the subdomain (4.10.1).
        QCOMPARE(walkedNames(d), (QStringList{QStringLiteral("shop.example.co.uk"), QStringLiteral("example.co.uk"), QStringLiteral("co.uk")}));
        QCOMPARE(d.rfc9989.orgDomain, QStringLiteral("example.co.uk"));
        QCOMPARE(dmarcBisSourceName(d.rfc9989.source), QStringLiteral("psd"));
        QCOMPARE(d.rfc9989.appliedPolicy, DmarcPolicy::Reject);
        // RFC 7489: organizational domain example.co.uk by the PSL, no record there: none.
        QCOMPARE(int(d.status), int(DmarcDiscovery::Status::None));
        QCOMPARE(d.rfcDifferences, (QStringList{QStringLiteral("status"), QStringLiteral("applied_policy")}));
        const Findings f = DmarcChecker::findings(d);
        QVERIFY(find(f, QStringLiteral("dmarc.inherited"))->message.contains(QLatin1String("psd=y")));
        const Finding *differs = find(f, QStringLiteral("dmarc.rfc7489-differs"));
        QVERIFY(differs);
        QVERIFY2(differs->message.contains(QLatin1String("RFC 9989 (DMARCbis) readers: policy \"reject\" from _dmarc.co.uk; "
                                                         "RFC 7489 readers: no DMARC record applies.")), qPrintable(differs->message));
        const QJsonObject json = CheckJson::dmarc(d);
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("none")); // RFC 7489 keys unchanged
        const QJsonObject bis = json.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("status")).toString(), QStringLiteral("found"));
        QCOMPARE(bis.value(QLatin1String("source")).toString(), QStringLiteral("psd"));
        QCOMPARE(bis.value(QLatin1String("org_rule")).toString(), QStringLiteral("psd=y"));
        QCOMPARE(bis.value(QLatin1String("queries")).toInt(), 4);
        QCOMPARE(bis.value(QLatin1String("tree_walk")).toArray().size(), 3);
        QCOMPARE(json.value(QLatin1String("rfc_differences")).toArray().size(), 2);
    }

    void privateRegistrySuffix()
    {
        // blogspot.com is in the PRIVATE section of the PSL: RFC 7489 (whole list) makes
        // foo.blogspot.com its own organizational domain; the tree walk finds blogspot.com's record.
        QVERIFY(PublicSuffix::system().isPublicSuffix(QStringLiteral("blogspot.com")));
        const DmarcDiscovery d = check(QStringLiteral("foo.blogspot.com"));
        QCOMPARE(d.orgDomain, QStringLiteral("foo.blogspot.com"));
        QCOMPARE(d.rfc9989.orgDomain, QStringLiteral("blogspot.com"));
        QCOMPARE(d.rfc9989.recordAt, QStringLiteral("_dmarc.blogspot.com"));
        QCOMPARE(d.rfcDifferences, (QStringList{QStringLiteral("status"), QStringLiteral("applied_policy"), QStringLiteral("org_domain")}));
        const Finding *differs = find(DmarcChecker::findings(d), QStringLiteral("dmarc.rfc7489-differs"));
        QVERIFY(differs);
        QVERIFY2(differs->message.contains(QLatin1String("is blogspot.com by the DNS tree walk")), qPrintable(differs->message));
    }

    void refusedParentFallsBackToRfc7489Verdict()
    {
        const DmarcDiscovery d = check(QStringLiteral("solo.example"));
        QCOMPARE(int(d.rfc9989.status), int(DmarcBisDiscovery::Status::TempError));
        QCOMPARE(int(d.status), int(DmarcDiscovery::Status::None));
        const Findings f = DmarcChecker::findings(d);
        const Finding *none = find(f, QStringLiteral("dmarc.none"));
        QVERIFY(none);
        QVERIFY2(none->message.contains(QLatin1String("Rules: RFC 7489; RFC 9989 (DMARCbis) readers: unknown, the DNS tree walk "
                                                      "got no answer at _dmarc.example.")), qPrintable(none->message));
        QVERIFY(!find(f, QStringLiteral("dmarc.rfc7489-differs"))); // an unknown is not a difference
    }
};

QTEST_GUILESS_MAIN(TestDmarcTreeWalkNsd)
#include "TestDmarcTreeWalkNsd.moc"
