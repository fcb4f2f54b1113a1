// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis evaluates the returned message's DMARC by RFC 9989 (DMARCbis: DNS tree walk,
// np=, t=y, no pct) beside RFC 7489 (Public Suffix List), and says where the two differ. Real
// bounces (tests/data/diagnosis/dmarc-rules-*.eml, Microsoft 5.7.509 replies returning the
// headers) against one real NSD serving the zone "test" (not on the PSL: "*" makes agency.test,
// np.test, ... registrable domains). Cases: both agree; a psd=y record below the PSL's suffix
// (the tree walk picks another org domain, so DKIM and SPF align only for RFC 7489 readers);
// np= for a non-existent From subdomain; t=y lowering the disposition; the query count; the
// starter DMARC record where only a Public Suffix Domain's policy applies; a private suffix of
// the PSL (blogspot.com) where only the tree walk finds a record.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QtTest>

#include "NsdServer.h"
#include "ZoneBuilder.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"
#include "dsn/BounceAnalyzer.h"
#include "report/DiagnosisReportBuilder.h"

using namespace TestSupport;
using Diagnosis::Cause;
using Diagnosis::DiagnosisResult;

namespace {

// The report's "this message, checked today" row for DMARC.
std::optional<Report::MessageCheck> dmarcRow(const DiagnosisResult &r)
{
    for (const Report::MessageCheck &m : Report::DiagnosisReportBuilder::messageChecks(r)) {
        if (m.check == QLatin1String("dmarc"))
            return m;
    }
    return std::nullopt;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(BOUNCELENS_TEST_DATA "/diagnosis/") + name;
}

// A real RSA key (make_dkim_bounces.py wrote it), so the returned signatures' keys exist and
// only DMARC is in question.
QString dkimKey()
{
    for (const QByteArray &line : readFile(dataPath(QStringLiteral("dkim-bounce-keys.txt"))).split('\n'))
        if (line.startsWith("nov2024 "))
            return QString::fromLatin1(line.mid(8));
    return QString();
}

ZoneBuilder testZone()
{
    const QString key = dkimKey();
    ZoneBuilder z(QStringLiteral("test"));
    // The bulk mailer: SPF for its bounce domain, its key; not aligned with any customer.
    z.txt(QStringLiteral("esp"), QStringLiteral("v=spf1 ip4:192.0.2.25 -all"))
        .a(QStringLiteral("mta1.esp"), QStringLiteral("192.0.2.25"))
        .txt(QStringLiteral("s1._domainkey.esp"), key)
        .mx(QStringLiteral("receiver"), 10, QStringLiteral("mx.receiver.test."))
        .a(QStringLiteral("mx.receiver"), QStringLiteral("198.51.100.25"))
        // (a) both rule sets agree: the record at the author domain, which is its own org domain.
        .txt(QStringLiteral("_dmarc.agree"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@agree.test"))
        .a(QStringLiteral("agree"), QStringLiteral("192.0.2.40"))
        // (b) agency.test declares itself a Public Suffix Domain (RFC 9989 4.10.2 rule 2): its
        // departments are organizational domains of their own; the PSL knows nothing of it.
        .txt(QStringLiteral("_dmarc.agency"), QStringLiteral("v=DMARC1; p=reject; psd=y"))
        .a(QStringLiteral("mail.dept.agency"), QStringLiteral("192.0.2.41"))
        .txt(QStringLiteral("shared.agency"), QStringLiteral("v=spf1 ip4:192.0.2.25 -all"))
        .a(QStringLiteral("mta1.shared.agency"), QStringLiteral("192.0.2.25"))
        .txt(QStringLiteral("s1._domainkey.shared.agency"), key)
        // (c) np= for names that do not exist; ghost.np.test is NXDOMAIN.
        .txt(QStringLiteral("_dmarc.np"), QStringLiteral("v=DMARC1; p=reject; sp=none; np=reject; rua=mailto:dmarc@np.test"))
        .a(QStringLiteral("np"), QStringLiteral("192.0.2.42"))
        // (d) t=y: RFC 9989 applies one level lower (4.7); RFC 7489 does not know the tag.
        .txt(QStringLiteral("_dmarc.trial"), QStringLiteral("v=DMARC1; p=reject; t=y; rua=mailto:dmarc@trial.test"))
        .a(QStringLiteral("trial"), QStringLiteral("192.0.2.43"))
        // (f) "test" itself is a Public Suffix Domain with a policy for names without their own
        // record (RFC 9989 psd=y); mail.brand.test has none, its SPF lacks 192.0.2.44.
        .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=quarantine; psd=y"))
        .txt(QStringLiteral("mail.brand"), QStringLiteral("v=spf1 ip4:192.0.2.10 -all"))
        .a(QStringLiteral("mx1.brand"), QStringLiteral("192.0.2.10"));
    return z;
}

// (g) blogspot.com is a suffix in the PSL's private section: RFC 7489 takes alice.blogspot.com
// as its own organizational domain (no record); the tree walk inherits blogspot.com's record.
ZoneBuilder comZone()
{
    ZoneBuilder z(QStringLiteral("com"));
    z.txt(QStringLiteral("_dmarc.blogspot"), QStringLiteral("v=DMARC1; p=reject"))
        .txt(QStringLiteral("s1._domainkey.blogspot"), dkimKey())
        .txt(QStringLiteral("alice.blogspot"), QStringLiteral("v=spf1 ip4:192.0.2.25 -all"))
        .a(QStringLiteral("mta1.alice.blogspot"), QStringLiteral("192.0.2.25"));
    return z;
}

ZoneBuilder gmailZone()
{
    ZoneBuilder z(QStringLiteral("gmail.com"));
    z.mx(QStringLiteral("@"), 5, QStringLiteral("mx.gmail.com.")).a(QStringLiteral("mx"), QStringLiteral("142.250.27.26"));
    return z;
}

// Counts the queries that pass through it (thread-safe: the pool asks from several threads).
class CountingResolver : public Dns::Resolver
{
public:
    explicit CountingResolver(Dns::Resolver &inner) : m_inner(inner) {}
    Dns::Answer query(const QString &name, Dns::RrType type) override
    {
        {
            QMutexLocker lock(&m_mutex);
            ++m_counts[name.toLower() + QLatin1Char('/') + Dns::rrTypeName(type)];
        }
        return m_inner.query(name, type);
    }
    QString serverDescription() const override { return m_inner.serverDescription(); }
    QHash<QString, int> counts() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts;
    }

private:
    Dns::Resolver &m_inner;
    mutable QMutex m_mutex;
    QHash<QString, int> m_counts;
};

const Cause *findCause(const DiagnosisResult &r, const QString &id)
{
    for (const Cause &c : r.causes)
        if (c.id == id)
            return &c;
    return nullptr;
}

// The evidence sentence that names both rule sets; empty when there is none.
QString differenceEvidence(const Cause &c)
{
    for (const Diagnosis::Evidence &e : c.evidence)
        if (e.text.english().startsWith(QLatin1String("Receivers following RFC 9989")))
            return e.text.english();
    return QString();
}

QString thenVsNow(const Cause &c)
{
    for (const Diagnosis::ThenVsNow &t : c.thenVsNow)
        if (t.check == QLatin1String("dmarc"))
            return t.now.english();
    return QString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

class TestDiagnosisDmarcRules : public QObject
{
    Q_OBJECT

private:
    NsdServer m_nsd;

    DiagnosisResult diagnose(Dns::Resolver &resolver, const QString &file) const
    {
        Diagnosis::DiagnosisInput input;
        input.analysis = Dsn::BounceAnalyzer::analyze(readFile(dataPath(file)));
        Dns::LookupPool pool(resolver, 8);
        return Diagnosis::Diagnoser(pool).run(input);
    }

    DiagnosisResult diagnose(const QString &file) const
    {
        Dns::LdnsResolver ldns(m_nsd.serverConfig());
        Dns::CachingResolver cache(ldns); // as bouncelens-cli diagnose does
        return diagnose(cache, file);
    }

    static QJsonObject dmarcJson(const DiagnosisResult &r)
    {
        return Diagnosis::DiagnosisJson::toJson(r).value(QLatin1String("checks")).toObject().value(QLatin1String("dmarc_evaluation")).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!dkimKey().isEmpty());
        m_nsd.addZone(testZone());
        m_nsd.addZone(gmailZone());
        m_nsd.addZone(comZone());
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString() + m_nsd.log()));
    }

    void bothRuleSetsAgree()
    {
        const DiagnosisResult r = diagnose(QStringLiteral("dmarc-rules-agree-5.7.509.eml"));
        QVERIFY(r.top());
        QCOMPARE(r.top()->id, QStringLiteral("cause.dmarc-policy-reject"));
        QCOMPARE(differenceEvidence(*r.top()), QString());
        QCOMPARE(thenVsNow(*r.top()), QStringLiteral("fail (p=reject)"));
        QCOMPARE(dmarcRow(r)->text, QStringLiteral("fail (neither SPF nor DKIM passed aligned with From)"));
        QCOMPARE(dmarcRow(r)->state, Report::State::Error);
        const QJsonObject j = dmarcJson(r);
        QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(j.value(QLatin1String("disposition")).toString(), QStringLiteral("reject"));
        const QJsonObject bis = j.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(bis.value(QLatin1String("disposition")).toString(), QStringLiteral("reject"));
        QCOMPARE(bis.value(QLatin1String("org_domains")).toObject().value(QLatin1String("agree.test")).toString(), QStringLiteral("agree.test"));
        QCOMPARE(bis.value(QLatin1String("org_domains")).toObject().value(QLatin1String("esp.test")).toString(), QStringLiteral("esp.test"));
        QCOMPARE(j.value(QLatin1String("org_domains")).toObject().value(QLatin1String("agree.test")).toString(), QStringLiteral("agree.test"));
        QCOMPARE(j.value(QLatin1String("differs")).toBool(), false);
        QCOMPARE(strings(j.value(QLatin1String("differences"))), QStringList());
    }

    void psdYRecordMovesTheOrgDomain()
    {
        const DiagnosisResult r = diagnose(QStringLiteral("dmarc-rules-psd-y-5.7.509.eml"));
        // RFC 7489: PSL org domain agency.test for From and the mailer alike, so SPF and DKIM of
        // shared.agency.test align and the message passes. RFC 9989: agency.test is a PSD, the
        // org domains are dept.agency.test and shared.agency.test, nothing aligns: fail, reject.
        QVERIFY(r.checks.dmarc);
        QCOMPARE(Auth::dmarcResultName(r.checks.dmarc->result), QStringLiteral("pass"));
        QVERIFY(r.checks.dmarcRfc9989.evaluation);
        QCOMPARE(Auth::dmarcResultName(r.checks.dmarcRfc9989.evaluation->result), QStringLiteral("fail"));
        const QJsonObject j = dmarcJson(r);
        QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("pass"));
        QCOMPARE(j.value(QLatin1String("dkim_aligned")).toBool(), true);
        QCOMPARE(j.value(QLatin1String("org_domains")).toObject().value(QLatin1String("mail.dept.agency.test")).toString(), QStringLiteral("agency.test"));
        const QJsonObject bis = j.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(bis.value(QLatin1String("disposition")).toString(), QStringLiteral("reject"));
        QCOMPARE(bis.value(QLatin1String("spf_aligned")).toBool(), false);
        QCOMPARE(bis.value(QLatin1String("dkim_aligned")).toBool(), false);
        QCOMPARE(bis.value(QLatin1String("policy_domain")).toString(), QStringLiteral("agency.test"));
        const QJsonObject orgs = bis.value(QLatin1String("org_domains")).toObject();
        QCOMPARE(orgs.value(QLatin1String("mail.dept.agency.test")).toString(), QStringLiteral("dept.agency.test"));
        QCOMPARE(orgs.value(QLatin1String("shared.agency.test")).toString(), QStringLiteral("shared.agency.test"));
        QCOMPARE(j.value(QLatin1String("differs")).toBool(), true);
        QCOMPARE(strings(j.value(QLatin1String("differences"))),
                 (QStringList{QStringLiteral("org_domain"), QStringLiteral("result"), QStringLiteral("spf_aligned"), QStringLiteral("dkim_aligned")}));
        // The verdict is the failing reading, and says which rule set passes.
        QVERIFY(r.top());
        QCOMPARE(r.top()->id, QStringLiteral("cause.dmarc-policy-reject"));
        QCOMPARE(differenceEvidence(*r.top()),
                 QStringLiteral("Receivers following RFC 9989 (organizational domain dept.agency.test by the DNS tree walk) find "
                                "dmarc=fail, p=reject; receivers still on RFC 7489 (organizational domain agency.test by the "
                                "Public Suffix List) find dmarc=pass, aligned: spf, dkim."));
        QCOMPARE(thenVsNow(*r.top()), QStringLiteral("RFC 9989: dmarc=fail, p=reject; RFC 7489: dmarc=pass, aligned: spf, dkim"));
        for (const Diagnosis::Evidence &e : r.top()->evidence)
            QVERIFY2(!e.text.english().contains(QLatin1String("would pass")), qPrintable(e.text.english()));
        // The report's row is no green pass beside that failure, and names both rule sets.
        const auto row = dmarcRow(r);
        QVERIFY(row);
        QCOMPARE(row->state, Report::State::Error);
        QCOMPARE(row->text, QStringLiteral("the DMARC rules differ for this message: RFC 9989: dmarc=fail, p=reject; "
                                           "RFC 7489: dmarc=pass, aligned: spf, dkim"));
        // Alignment for the rules follows the tree walk: d=shared.agency.test is not aligned.
        bool dkimNotAligned = false;
        for (const Diagnosis::Evidence &e : r.top()->evidence)
            dkimNotAligned |= e.text.english().startsWith(QLatin1String("The DKIM signature's d=shared.agency.test does not align"))
                && e.text.english().endsWith(QLatin1String("(RFC 9989 4.10.2).")); // the rule that decided, cited
        QVERIFY(dkimNotAligned);
    }

    void npForNonExistentSubdomain()
    {
        const DiagnosisResult r = diagnose(QStringLiteral("dmarc-rules-np-ghost-subdomain-5.7.509.eml"));
        const QJsonObject j = dmarcJson(r);
        // RFC 7489: sp=none for a subdomain; RFC 9989: np=reject, ghost.np.test is NXDOMAIN.
        QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(j.value(QLatin1String("disposition")).toString(), QStringLiteral("none"));
        const QJsonObject bis = j.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(bis.value(QLatin1String("disposition")).toString(), QStringLiteral("reject"));
        QCOMPARE(bis.value(QLatin1String("policy_tag")).toString(), QStringLiteral("np"));
        QCOMPARE(strings(j.value(QLatin1String("differences"))),
                 (QStringList{QStringLiteral("applied_policy"), QStringLiteral("disposition")}));
        const Cause *c = findCause(r, QStringLiteral("cause.dmarc-policy-reject"));
        QVERIFY(c);
        QVERIFY(c->confidence >= 0.7);
        QVERIFY2(c->why.last().english().contains(QLatin1String("np.test asks receivers to reject it")), qPrintable(c->why.last().english()));
        QCOMPARE(differenceEvidence(*c),
                 QStringLiteral("Receivers following RFC 9989 (organizational domain np.test by the DNS tree walk) find "
                                "dmarc=fail, np=reject; receivers still on RFC 7489 (organizational domain np.test by the "
                                "Public Suffix List) find dmarc=fail, sp=none."));
    }

    void testingLowersTheDisposition()
    {
        const DiagnosisResult r = diagnose(QStringLiteral("dmarc-rules-t-y-testing-5.7.509.eml"));
        const QJsonObject j = dmarcJson(r);
        QCOMPARE(j.value(QLatin1String("disposition")).toString(), QStringLiteral("reject"));
        const QJsonObject bis = j.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(bis.value(QLatin1String("disposition")).toString(), QStringLiteral("quarantine"));
        QCOMPARE(strings(j.value(QLatin1String("differences"))),
                 (QStringList{QStringLiteral("testing"), QStringLiteral("disposition")}));
        QVERIFY(r.top());
        QCOMPARE(r.top()->id, QStringLiteral("cause.dmarc-policy-reject"));
        // The reply's reject is RFC 7489's reading; RFC 9989 readers would only quarantine.
        QVERIFY2(r.top()->why.last().english().contains(QLatin1String("trial.test asks receivers to reject it")),
                 qPrintable(r.top()->why.last().english()));
        QCOMPARE(differenceEvidence(*r.top()),
                 QStringLiteral("Receivers following RFC 9989 (organizational domain trial.test by the DNS tree walk) find "
                                "dmarc=fail, p=reject, t=y: quarantine; receivers still on RFC 7489 (organizational domain "
                                "trial.test by the Public Suffix List) find dmarc=fail, p=reject."));
    }

    void starterRecordBesidePsdPolicy()
    {
        const DiagnosisResult r = diagnose(QStringLiteral("dmarc-rules-psd-starter-record-5.7.26.eml"));
        // RFC 7489 finds no record (mail.brand.test, then the PSL's brand.test); RFC 9989 applies
        // the psd=y policy of "test", whose walk makes brand.test the organizational domain.
        const QJsonObject j = dmarcJson(r);
        QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("none"));
        const QJsonObject bis = j.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(bis.value(QLatin1String("disposition")).toString(), QStringLiteral("quarantine"));
        QCOMPARE(bis.value(QLatin1String("policy_domain")).toString(), QStringLiteral("test"));
        QCOMPARE(bis.value(QLatin1String("org_domains")).toObject().value(QLatin1String("mail.brand.test")).toString(), QStringLiteral("brand.test"));
        QCOMPARE(strings(j.value(QLatin1String("differences"))),
                 (QStringList{QStringLiteral("status"), QStringLiteral("applied_policy"), QStringLiteral("result")}));
        QVERIFY(r.top());
        QCOMPARE(r.top()->id, QStringLiteral("cause.spf-not-authorized"));
        // The domain's own record, at its organizational domain, valid for both rule sets (no
        // pct, no removed tags); not instead of the PSD's policy, which is not the domain's.
        QStringList records;
        for (const Diagnosis::FixStep &f : r.top()->fix)
            if (f.record)
                records.append(f.record->zoneLine());
        QVERIFY2(records.contains(QStringLiteral("_dmarc.brand.test. 3600 IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@brand.test\"")),
                 qPrintable(records.join(QLatin1Char('\n'))));
        const Cause *dmarc = findCause(r, QStringLiteral("cause.dmarc-policy-reject"));
        QVERIFY(dmarc);
        QCOMPARE(differenceEvidence(*dmarc),
                 QStringLiteral("Receivers following RFC 9989 (organizational domain brand.test by the DNS tree walk) find "
                                "dmarc=fail, p=quarantine; receivers still on RFC 7489 (organizational domain brand.test by "
                                "the Public Suffix List) find dmarc=none."));
    }

    void privateSuffixPassesOnlyByTreeWalk()
    {
        const DiagnosisResult r = diagnose(QStringLiteral("dmarc-rules-private-suffix-5.7.509.eml"));
        const QJsonObject j = dmarcJson(r);
        QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("none"));
        QCOMPARE(j.value(QLatin1String("org_domains")).toObject().value(QLatin1String("alice.blogspot.com")).toString(), QStringLiteral("alice.blogspot.com"));
        const QJsonObject bis = j.value(QLatin1String("rfc9989")).toObject();
        QCOMPARE(bis.value(QLatin1String("result")).toString(), QStringLiteral("pass"));
        QCOMPARE(bis.value(QLatin1String("dkim_aligned")).toBool(), true);
        QCOMPARE(bis.value(QLatin1String("org_domains")).toObject().value(QLatin1String("alice.blogspot.com")).toString(), QStringLiteral("blogspot.com"));
        // The policy codes are left out: the message passes, no policy applies to it.
        QCOMPARE(strings(j.value(QLatin1String("differences"))),
                 (QStringList{QStringLiteral("status"), QStringLiteral("org_domain"), QStringLiteral("result"),
                              QStringLiteral("spf_aligned"), QStringLiteral("dkim_aligned")}));
        // The remote's DMARC failure is not confirmed today; the pass is said to be RFC 9989's.
        const Cause *c = findCause(r, QStringLiteral("cause.dmarc-policy-reject"));
        QVERIFY(c);
        QVERIFY(c->confidence <= 0.25);
        QCOMPARE(differenceEvidence(*c),
                 QStringLiteral("Receivers following RFC 9989 (organizational domain blogspot.com by the DNS tree walk) find "
                                "dmarc=pass, aligned: spf, dkim; receivers still on RFC 7489 (organizational domain "
                                "alice.blogspot.com by the Public Suffix List) find dmarc=none."));
        QCOMPARE(thenVsNow(*c), QStringLiteral("RFC 9989: dmarc=pass, aligned: spf, dkim; RFC 7489: dmarc=none"));
        // RFC 7489 finds no record at all: the row still shows, from the RFC 9989 reading.
        const auto row = dmarcRow(r);
        QVERIFY(row);
        QCOMPARE(row->text, QStringLiteral("the DMARC rules differ for this message: RFC 9989: dmarc=pass, aligned: spf, dkim; "
                                           "RFC 7489: dmarc=none"));
        // A record applies by RFC 9989 (blogspot.com's): no starter record over it.
        for (const Cause &any : r.causes)
            for (const Diagnosis::FixStep &f : any.fix)
                if (f.record)
                    QVERIFY2(!f.record->zoneLine().startsWith(QLatin1String("_dmarc.")), qPrintable(f.record->zoneLine()));
    }

    void fromWalkIsNotAskedTwice()
    {
        // Counted above the session cache (every request) and below it (what reaches NSD).
        Dns::LdnsResolver ldns(m_nsd.serverConfig());
        CountingResolver upstream(ldns);
        Dns::CachingResolver cache(upstream);
        CountingResolver requests(cache);
        const DiagnosisResult r = diagnose(requests, QStringLiteral("dmarc-rules-psd-y-5.7.509.eml"));
        QVERIFY(r.checks.dmarcRfc9989.evaluation);
        const QHash<QString, int> asked = requests.counts();
        // From's walk: asked once, by the sender check; the evaluation reuses its answers.
        for (const char *name : {"_dmarc.mail.dept.agency.test/TXT", "_dmarc.dept.agency.test/TXT"})
            QVERIFY2(asked.value(QLatin1String(name)) == 1, name);
        // The mailer's walk (shared.agency.test, agency.test, test): one batch of three names,
        // two of them shared with From's walk and answered by the cache.
        QCOMPARE(r.checks.dmarcRfc9989.walkQueries, 3);
        QCOMPARE(asked.value(QStringLiteral("_dmarc.shared.agency.test/TXT")), 1);
        QCOMPARE(asked.value(QStringLiteral("_dmarc.agency.test/TXT")), 2);
        const QHash<QString, int> sent = upstream.counts();
        int dmarcSent = 0;
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("_dmarc."))) {
                QVERIFY2(it.value() == 1, qPrintable(it.key()));
                ++dmarcSent;
            }
        }
        // mail.dept.agency.test, dept.agency.test, agency.test, test, shared.agency.test.
        QCOMPARE(dmarcSent, 5);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisDmarcRules)
#include "TestDiagnosisDmarcRules.moc"
