// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli check" end to end against a real NSD: JSON shape, exit statuses 0/2/3.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "DomainZones.h"
#include "NsdServer.h"
#include "StubDnsServer.h"

class TestCheckCli : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;

    static int runCli(const QStringList &args, QByteArray *out)
    {
        QProcess p;
        p.start(QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli"), QStringList{QStringLiteral("check")} + args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
    QString dns() const { return QStringLiteral("127.0.0.1:%1").arg(m_nsd.port()); }

    static QStringList findingIds(const QJsonObject &o)
    {
        QStringList ids;
        for (const QJsonValue &f : o.value(QLatin1String("findings")).toArray())
            ids.append(f.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

private slots:
    void initTestCase()
    {
        for (const TestSupport::ZoneBuilder &z : DomainTest::allZones())
            m_nsd.addZone(z);
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.errorString()));
    }

    void jsonGoodDomain()
    {
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("good.test"), QStringLiteral("--ip"), QStringLiteral("192.0.2.30"),
                         QStringLiteral("--selector"), QStringLiteral("s1"),
                         QStringLiteral("--dnsbl"), QStringLiteral("bl.test"), QStringLiteral("--dns"), dns()}, &out), 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(o.value(QLatin1String("domain")).toString(), QStringLiteral("good.test"));
        QCOMPARE(o.value(QLatin1String("dns_server")).toString(), dns());
        const QJsonObject spf = o.value(QLatin1String("spf")).toObject();
        QCOMPARE(spf.value(QLatin1String("record")).toString(), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"));
        QCOMPARE(spf.value(QLatin1String("result")).toString(), QStringLiteral("pass"));
        QCOMPARE(spf.value(QLatin1String("lookups")).toInt(), 0);
        QVERIFY(spf.value(QLatin1String("tree")).isArray());
        const QJsonObject dkim = o.value(QLatin1String("dkim")).toArray().first().toObject();
        QCOMPARE(dkim.value(QLatin1String("selector")).toString(), QStringLiteral("s1"));
        QCOMPARE(dkim.value(QLatin1String("key_type")).toString(), QStringLiteral("rsa"));
        QCOMPARE(dkim.value(QLatin1String("key_bits")).toInt(), 2048);
        const QJsonObject dmarc = o.value(QLatin1String("dmarc")).toObject();
        QCOMPARE(dmarc.value(QLatin1String("policy")).toString(), QStringLiteral("reject"));
        QCOMPARE(dmarc.value(QLatin1String("org_domain")).toString(), QStringLiteral("good.test"));
        QVERIFY(dmarc.value(QLatin1String("record")).toString().startsWith(QLatin1String("v=DMARC1")));
        const QJsonArray mx = o.value(QLatin1String("mx")).toArray();
        QCOMPARE(mx.size(), 2);
        QCOMPARE(mx.at(0).toObject().value(QLatin1String("preference")).toInt(), 10);
        QCOMPARE(mx.at(0).toObject().value(QLatin1String("host")).toString(), QStringLiteral("mx.good.test"));
        QCOMPARE(mx.at(0).toObject().value(QLatin1String("addresses")).toArray().first().toString(), QStringLiteral("192.0.2.10"));
        const QJsonObject ptr = o.value(QLatin1String("ptr")).toObject();
        QCOMPARE(ptr.value(QLatin1String("ip")).toString(), QStringLiteral("192.0.2.30"));
        QCOMPARE(ptr.value(QLatin1String("fcrdns")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("dnsbl")).toArray().first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("listed"));
        const QStringList ids = findingIds(o);
        QVERIFY(ids.contains(QStringLiteral("ptr.none")));
        QVERIFY(ids.contains(QStringLiteral("dnsbl.listed")));
        const QJsonObject first = o.value(QLatin1String("findings")).toArray().first().toObject();
        for (const char *key : {"id", "severity", "message", "evidence", "fix"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
    }

    void humanOutput()
    {
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("dmarcnone.test"), QStringLiteral("--dnsbl"), QStringLiteral("bl.test"),
                         QStringLiteral("--dns"), dns()}, &out), 0);
        QVERIFY2(out.contains("dmarc.none"), out.constData());
        QVERIFY2(out.contains("_dmarc.dmarcnone.test. 3600 IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@dmarcnone.test\""), out.constData());
    }

    void usageErrors()
    {
        QByteArray out;
        QCOMPARE(runCli({}, &out), 2);
        QCOMPARE(runCli({QStringLiteral("good.test"), QStringLiteral("--ip"), QStringLiteral("not-an-ip"), QStringLiteral("--dns"), dns()}, &out), 2);
        QCOMPARE(runCli({QStringLiteral("good.test"), QStringLiteral("--dns"), QStringLiteral("nameserver.example")}, &out), 2);
        QCOMPARE(runCli({QStringLiteral("good.test"), QStringLiteral("--timeout"), QStringLiteral("abc"), QStringLiteral("--dns"), dns()}, &out), 2);
    }

    void unreachableServerExits3()
    {
        TestSupport::StubDnsServer dead(TestSupport::StubDnsServer::Behaviour::BlackHole);
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("good.test"), QStringLiteral("--timeout"), QStringLiteral("200"),
                         QStringLiteral("--dns"), QStringLiteral("127.0.0.1:%1").arg(dead.port())}, &out), 3);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QVERIFY(o.value(QLatin1String("dns_unreachable")).toBool());
        QVERIFY(!findingIds(o).contains(QStringLiteral("dmarc.none")));
        QVERIFY(findingIds(o).contains(QStringLiteral("dmarc.dns-error")));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "TestCheckCli.moc"
