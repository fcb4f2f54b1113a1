// SPDX-License-Identifier: GPL-3.0-or-later
// The examples and rules of RFC 9989 (DMARCbis), from tests/data/auth/dmarc-rfc9989-examples.json
// (each row names its section), through the ldns resolver against a real NSD serving the
// example's DNS data: tree-walk targets, Organizational Domains (4.10.2), policy discovery
// (4.10.1), identifier alignment, evaluation (t=, np=, pct removed) and record parsing.
#include <map>
#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "NsdServer.h"
#include "auth/dmarc/DmarcChecker.h"
#include "auth/dmarc/DmarcEvaluator.h"
#include "auth/common/DomainCheckQueries.h"
#include "auth/common/PublicSuffix.h"
#include "dns/LdnsResolver.h"

using namespace Auth;

class TestDmarcRfc9989Examples : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<TestSupport::NsdServer>> m_servers; // one per dataset
    std::map<QString, std::unique_ptr<Dns::LdnsResolver>> m_resolvers;

    static QJsonObject root()
    {
        static const QJsonObject obj = [] {
            QFile f(QStringLiteral(BOUNCELENS_TEST_DATA "/auth/dmarc-rfc9989-examples.json"));
            if (!f.open(QIODevice::ReadOnly))
                return QJsonObject();
            return QJsonDocument::fromJson(f.readAll()).object();
        }();
        return obj;
    }
    static void addRows(const char *section)
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = root().value(QLatin1String(section)).toArray();
        QVERIFY2(!cases.isEmpty(), section);
        for (const QJsonValue &v : cases)
            QTest::newRow(qPrintable(v.toObject().value(QLatin1String("section")).toString())) << v.toObject();
    }
    static QString str(const QJsonObject &c, const char *key) { return c.value(QLatin1String(key)).toString(); }
    static QStringList strings(const QJsonValue &v)
    {
        QStringList list;
        for (const QJsonValue &s : v.toArray())
            list.append(s.toString());
        return list;
    }

    // NSD serving one dataset: a zone per name in "zones", holding every TXT and A record under it.
    Dns::Resolver *resolverFor(const QString &dataset)
    {
        if (auto it = m_resolvers.find(dataset); it != m_resolvers.end())
            return it->second.get();
        const QJsonObject ds = root().value(QLatin1String("datasets")).toObject().value(dataset).toObject();
        if (ds.isEmpty())
            return nullptr;
        auto nsd = std::make_unique<TestSupport::NsdServer>();
        for (const QString &origin : strings(ds.value(QLatin1String("zones")))) {
            TestSupport::ZoneBuilder zone(origin);
            const QJsonObject txt = ds.value(QLatin1String("txt")).toObject();
            for (auto it = txt.begin(); it != txt.end(); ++it) {
                if (it.key() == origin || it.key().endsWith(QLatin1Char('.') + origin)) {
                    for (const QString &record : strings(it.value()))
                        zone.txt(it.key() + QLatin1Char('.'), record);
                }
            }
            const QJsonObject a = ds.value(QLatin1String("a")).toObject();
            for (auto it = a.begin(); it != a.end(); ++it) {
                if (it.key().endsWith(QLatin1Char('.') + origin))
                    zone.a(it.key() + QLatin1Char('.'), it.value().toString());
            }
            nsd->addZone(zone);
        }
        if (!nsd->start()) {
            qWarning("%s", qPrintable(nsd->errorString() + nsd->log()));
            return nullptr;
        }
        auto resolver = std::make_unique<Dns::LdnsResolver>(nsd->serverConfig(1000, 1));
        Dns::Resolver *out = resolver.get();
        m_servers[dataset] = std::move(nsd);
        m_resolvers[dataset] = std::move(resolver);
        return out;
    }

    QHash<QString, DmarcTreeWalkResult> walks(Dns::Resolver &dns, const QStringList &domains)
    {
        const DomainCheckQueries queries(dns);
        return DmarcChecker(queries, PublicSuffix::system()).organizationalDomains(domains);
    }

    static QString processingName(DmarcProcessing p)
    {
        return p == DmarcProcessing::AsPolicyNone ? QStringLiteral("as_p_none")
            : p == DmarcProcessing::NoProcessing ? QStringLiteral("none") : QStringLiteral("normal");
    }

private slots:
    void cleanupTestCase()
    {
        m_resolvers.clear();
        m_servers.clear();
    }

    void targets_data() { addRows("targets"); }
    void targets()
    {
        QFETCH(QJsonObject, c);
        const QStringList names = DmarcTreeWalk::targets(str(c, "domain"));
        QCOMPARE(names, strings(c.value(QLatin1String("names"))));
        QVERIFY(names.size() <= DmarcTreeWalk::maxQueries);
    }

    void orgDomain_data() { addRows("org_domain"); }
    void orgDomain()
    {
        QFETCH(QJsonObject, c);
        Dns::Resolver *dns = resolverFor(str(c, "dataset"));
        QVERIFY(dns);
        const QString domain = str(c, "domain");
        const DmarcTreeWalkResult walk = walks(*dns, {domain}).value(domain);
        QVERIFY(!walk.tempError);
        QCOMPARE(walk.organizationalDomain, str(c, "org_domain"));
        QCOMPARE(dmarcOrgRuleName(walk.orgRule), str(c, "rule"));
        QVERIFY(walk.queries <= DmarcTreeWalk::maxQueries);
    }

    void discovery_data() { addRows("discovery"); }
    void discovery()
    {
        QFETCH(QJsonObject, c);
        Dns::Resolver *dns = resolverFor(str(c, "dataset"));
        QVERIFY(dns);
        const DomainCheckQueries queries(*dns);
        const DmarcDiscovery d = DmarcChecker(queries, PublicSuffix::system()).discover(str(c, "from_domain"));
        const DmarcBisDiscovery &b = d.rfc9989;
        QCOMPARE(int(b.status), int(DmarcBisDiscovery::Status::Found));
        QCOMPARE(b.recordAt, str(c, "record_at"));
        QCOMPARE(dmarcBisSourceName(b.source), str(c, "source"));
        QCOMPARE(b.policyTag, str(c, "policy_tag"));
        QCOMPARE(dmarcPolicyName(b.appliedPolicy), str(c, "applied_policy"));
        const QString effective = c.contains(QLatin1String("effective_policy")) ? str(c, "effective_policy") : str(c, "applied_policy");
        QCOMPARE(dmarcPolicyName(b.effectivePolicy), effective);
        if (c.contains(QLatin1String("author_exists")))
            QCOMPARE(dmarcExistenceName(b.authorExistence), str(c, "author_exists"));
        QVERIFY(b.walk.queries <= DmarcTreeWalk::maxQueries);
    }

    void alignment_data() { addRows("alignment"); }
    void alignment()
    {
        QFETCH(QJsonObject, c);
        Dns::Resolver *dns = resolverFor(str(c, "dataset"));
        QVERIFY(dns);
        const QString from = str(c, "from_domain");
        const QString auth = str(c, "auth_domain");
        DmarcOrgDomains orgs;
        const auto found = walks(*dns, {from, auth});
        for (auto it = found.begin(); it != found.end(); ++it)
            orgs.insert(it.key(), it.value().organizationalDomain);
        const DmarcAlignment a = DmarcEvaluator::alignedRfc9989(from, auth, str(c, "mode") == QLatin1String("s"), orgs);
        QVERIFY(a != DmarcAlignment::Unknown);
        QCOMPARE(a == DmarcAlignment::Aligned, c.value(QLatin1String("aligned")).toBool());
    }

    void evaluation_data() { addRows("evaluation"); }
    void evaluation()
    {
        QFETCH(QJsonObject, c);
        Dns::Resolver *dns = resolverFor(str(c, "dataset"));
        QVERIFY(dns);
        const QString from = str(c, "from_domain");
        const DomainCheckQueries queries(*dns);
        const DmarcChecker checker(queries, PublicSuffix::system());
        const DmarcDiscovery d = checker.discover(from);
        QCOMPARE(int(d.rfc9989.status), int(DmarcBisDiscovery::Status::Found));
        DmarcEvaluationInput in;
        in.fromDomain = from;
        in.record = d.rfc9989.record;
        in.useSubdomainPolicy = d.rfc9989.inherited();
        in.authorNonexistent = d.rfc9989.authorExistence == DmarcBisDiscovery::Existence::NonExistent;
        const QJsonObject spf = c.value(QLatin1String("spf")).toObject();
        in.spf = {str(spf, "result"), str(spf, "domain")};
        QStringList names{from, in.spf.domain};
        for (const QJsonValue &v : c.value(QLatin1String("dkim")).toArray()) {
            in.dkim.append({str(v.toObject(), "result"), str(v.toObject(), "d")});
            names.append(in.dkim.last().domain);
        }
        DmarcOrgDomains orgs;
        const auto found = checker.organizationalDomains(names);
        for (auto it = found.begin(); it != found.end(); ++it)
            orgs.insert(it.key(), it.value().organizationalDomain);
        const DmarcEvaluation ev = DmarcEvaluator::evaluateRfc9989(in, orgs);
        const QJsonObject e = c.value(QLatin1String("expected")).toObject();
        QCOMPARE(dmarcResultName(ev.result), str(e, "dmarc"));
        QCOMPARE(dmarcPolicyName(ev.disposition), str(e, "disposition"));
    }

    void recordParse_data() { addRows("record_parse"); }
    void recordParse()
    {
        QFETCH(QJsonObject, c);
        const DmarcRecord r = DmarcRecord::parse(str(c, "record"), QStringLiteral("example.com"));
        QCOMPARE(r.isDmarc, c.value(QLatin1String("is_dmarc")).toBool(true));
        if (!r.isDmarc)
            return;
        QCOMPARE(dmarcPolicyName(r.policy), str(c, "p"));
        QCOMPARE(dmarcPolicyName(r.subdomainPolicy), str(c, "sp"));
        QCOMPARE(dmarcPolicyName(r.nonexistentPolicy), str(c, "np"));
        QCOMPARE(r.psd, str(c, "psd"));
        QCOMPARE(r.testing, c.value(QLatin1String("t")).toBool());
        QStringList rua, ruf;
        for (const DmarcReportUri &u : r.rua)
            rua.append(u.uri);
        for (const DmarcReportUri &u : r.ruf)
            ruf.append(u.uri);
        QCOMPARE(rua, strings(c.value(QLatin1String("rua"))));
        QCOMPARE(ruf, strings(c.value(QLatin1String("ruf"))));
        QCOMPARE(r.rfc9989Warnings, strings(c.value(QLatin1String("rfc9989_warnings"))));
        QCOMPARE(r.rfc9989Errors, strings(c.value(QLatin1String("rfc9989_errors"))));
        if (c.contains(QLatin1String("unknown_tags")))
            QCOMPARE(r.unknownTags, strings(c.value(QLatin1String("unknown_tags"))));
        const QString processing = c.contains(QLatin1String("processing")) ? str(c, "processing") : QStringLiteral("normal");
        QCOMPARE(processingName(r.rfc9989Processing), processing);
    }
};

QTEST_GUILESS_MAIN(TestDmarcRfc9989Examples)
#include "TestDmarcRfc9989Examples.moc"
