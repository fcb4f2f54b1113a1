// SPDX-License-Identifier: GPL-3.0-or-later
// Badges say what a domain publishes and what happened to this message apart, and never show
// a pass for a check that a named cause says failed (issue: "✔ DMARC: Pass" next to "DMARC
// policy rejected the message").
#include <QtTest>

#include "report/BadgeBuilder.h"

using namespace Report;

namespace {

Check panel(const QString &id, State state)
{
    Check c;
    c.id = id;
    c.state = state;
    return c;
}

Cause cause(const QString &id, double confidence, const QString &check = {}, const QString &state = {})
{
    Cause c;
    c.id = id;
    c.confidence = confidence;
    if (!check.isEmpty())
        c.thenVsNow.append({check, QStringLiteral("fail"), QStringLiteral("pass"), state});
    return c;
}

const Badge *badgeOf(const QList<Badge> &badges, const QString &check)
{
    for (const Badge &b : badges)
        if (b.check == check)
            return &b;
    return nullptr;
}

ReportModel bounceModel()
{
    ReportModel m;
    m.kind = ReportModel::Kind::Message;
    m.domain = QStringLiteral("news.test");
    m.original.sendingIp = QStringLiteral("192.0.2.44");
    m.checks = {panel(QStringLiteral("spf"), State::Ok), panel(QStringLiteral("dmarc"), State::Ok),
                panel(QStringLiteral("mx"), State::Ok), panel(QStringLiteral("ptr"), State::Ok)};
    return m;
}

} // namespace

class TestBadgeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void publishedAndMessageApart()
    {
        ReportModel m = bounceModel();
        m.messageChecks.append({QStringLiteral("dmarc"), State::Error, QString(), QStringLiteral("fail (not aligned)")});
        const QList<Badge> badges = BadgeBuilder::build(m);
        const Badge *dmarc = badgeOf(badges, QStringLiteral("dmarc"));
        QVERIFY(dmarc);
        QCOMPARE(dmarc->state, State::Error);
        QCOMPARE(dmarc->text, QStringLiteral("DMARC news.test — published: Pass · this message: fail (not aligned)"));
        // Without a message check the badge is the panel's alone.
        QCOMPARE(badgeOf(badges, QStringLiteral("spf"))->text, QStringLiteral("SPF news.test: Pass"));
        QCOMPARE(badgeOf(badges, QStringLiteral("ptr"))->text, QStringLiteral("PTR 192.0.2.44: Pass"));
    }

    void namedCauseNeverShowsPass()
    {
        ReportModel m = bounceModel();
        m.causes = {cause(QStringLiteral("cause.dmarc-policy-reject"), 0.9), cause(QStringLiteral("cause.no-ptr"), 0.1)};
        const QList<Badge> badges = BadgeBuilder::build(m);
        QCOMPARE(badgeOf(badges, QStringLiteral("dmarc"))->state, State::Error);
        QVERIFY(badgeOf(badges, QStringLiteral("dmarc"))->text.contains(QStringLiteral("the diagnosis names it as a cause")));
        // Below 30 % a cause is not named: the panel's state stands.
        QCOMPARE(badgeOf(badges, QStringLiteral("ptr"))->state, State::Ok);
        // With live lookups off the panel is not checked: grey, never a pass, never a failure.
        ReportModel offline = bounceModel();
        offline.checks = {panel(QStringLiteral("dmarc"), State::NotChecked)};
        offline.causes = {cause(QStringLiteral("cause.dmarc-policy-reject"), 0.9)};
        const Badge *grey = badgeOf(BadgeBuilder::build(offline), QStringLiteral("dmarc"));
        QCOMPARE(grey->state, State::NotChecked);
        QVERIFY(grey->text.contains(QStringLiteral("the diagnosis names it as a cause")));
    }

    void fixedSinceKeepsThePass()
    {
        ReportModel m = bounceModel();
        m.causes = {cause(QStringLiteral("cause.spf-not-authorized"), 0.6, QStringLiteral("spf"), QStringLiteral("fixed-since"))};
        QCOMPARE(badgeOf(BadgeBuilder::build(m), QStringLiteral("spf"))->state, State::Ok);
        m.causes = {cause(QStringLiteral("cause.spf-not-authorized"), 0.6, QStringLiteral("spf"), QStringLiteral("still-broken"))};
        QCOMPARE(badgeOf(BadgeBuilder::build(m), QStringLiteral("spf"))->state, State::Error);
    }

    void recipientDomainIsNamedAsSuch()
    {
        // The MX panel is the sender's; the bounce is about the recipient's domain.
        ReportModel m = bounceModel();
        m.messageChecks.append({QStringLiteral("mx"), State::Error, QStringLiteral("recipient gmial.com"), QStringLiteral("does not exist (NXDOMAIN)")});
        m.causes = {cause(QStringLiteral("cause.recipient-domain-typo"), 0.95)};
        const Badge *mx = badgeOf(BadgeBuilder::build(m), QStringLiteral("mx"));
        QCOMPARE(mx->state, State::Error);
        QCOMPARE(mx->text, QStringLiteral("MX news.test — published: Pass · recipient gmial.com: does not exist (NXDOMAIN)"));
        // A cause about another recipient's domain does not colour the badge of this one.
        ReportModel two = bounceModel();
        two.messageChecks.append({QStringLiteral("mx"), State::Ok, QStringLiteral("recipient gmail.com"), QStringLiteral("receives mail"), QStringLiteral("gmail.com")});
        Cause typo = cause(QStringLiteral("cause.recipient-domain-typo"), 0.95);
        typo.recipients = {QStringLiteral("carol@gmial.com")};
        two.causes = {typo};
        QCOMPARE(badgeOf(BadgeBuilder::build(two), QStringLiteral("mx"))->state, State::Ok);
        two.causes.first().recipients = {QStringLiteral("bob@gmail.com")};
        QCOMPARE(badgeOf(BadgeBuilder::build(two), QStringLiteral("mx"))->state, State::Error);
    }

    void messageChecksWithoutPanel()
    {
        ReportModel m;
        m.kind = ReportModel::Kind::Line;
        m.messageChecks.append({QStringLiteral("ptr"), State::Error, QStringLiteral("192.0.2.10"), QStringLiteral("no PTR")});
        const QList<Badge> badges = BadgeBuilder::build(m);
        QCOMPARE(badges.size(), 1);
        QCOMPARE(badges.first().text, QStringLiteral("PTR 192.0.2.10: no PTR"));
    }

    void forgedMessageIsNotYourFailure()
    {
        ReportModel m = bounceModel();
        m.causes = {cause(QStringLiteral("cause.backscatter"), 0.9)};
        m.messageChecks.append({QStringLiteral("spf"), State::Error, QStringLiteral("news.test"), QStringLiteral("softfail for 198.51.100.77")});
        const Badge *spf = badgeOf(BadgeBuilder::build(m), QStringLiteral("spf"));
        QCOMPARE(spf->state, State::Ok); // the published record did its job
        QCOMPARE(spf->text, QStringLiteral("SPF news.test — published: Pass · the forged message: softfail for 198.51.100.77"));
    }

    void domainVerdictCounts()
    {
        ReportModel m;
        m.kind = ReportModel::Kind::Domain;
        m.domain = QStringLiteral("example.org");
        m.checks = {panel(QStringLiteral("spf"), State::Error), panel(QStringLiteral("dkim"), State::Unknown),
                    panel(QStringLiteral("mx"), State::Ok)};
        BadgeBuilder::applyDomainVerdict(m);
        QCOMPARE(m.verdictState, State::Error);
        QCOMPARE(m.verdict, QStringLiteral("example.org: 1 failing, 1 not answered by the DNS."));
        m.checks = {panel(QStringLiteral("mx"), State::Ok)};
        BadgeBuilder::applyDomainVerdict(m);
        QCOMPARE(m.verdictState, State::Ok);
        QCOMPARE(m.verdict, QStringLiteral("example.org publishes everything checked here correctly."));
    }
};

QTEST_GUILESS_MAIN(TestBadgeBuilder)
#include "TestBadgeBuilder.moc"
