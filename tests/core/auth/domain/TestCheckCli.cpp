// SPDX-License-Identifier: GPL-3.0-or-later
// "bouncelens-cli check" end to end against a real NSD: JSON shape, exit statuses 0/2/3.
#include <QElapsedTimer>
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
        // An international domain, published (as always) under its A-label (RFC 5891).
        TestSupport::ZoneBuilder idn(QStringLiteral("xn--bcher-kva.test"));
        idn.txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all"))
            .mx(QStringLiteral("@"), 10, QStringLiteral("mx.xn--bcher-kva.test."))
            .a(QStringLiteral("mx"), QStringLiteral("198.51.100.25"))
            .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@xn--bcher-kva.test"));
        m_nsd.addZone(idn);
        // Hosted DMARC and a DKIM selector delegated to a sending service by CNAME. NSD is
        // authoritative for both zones but, as any authoritative server, answers the CNAME alone.
        TestSupport::ZoneBuilder hosted(QStringLiteral("hosted.test"));
        hosted.txt(QStringLiteral("@"), QStringLiteral("v=spf1 -all"))
            .cname(QStringLiteral("_dmarc"), QStringLiteral("hosted.test._dmarc.esp.test."))
            .cname(QStringLiteral("s1._domainkey"), QStringLiteral("s1.hosted.dkim.esp.test."));
        TestSupport::ZoneBuilder esp(QStringLiteral("esp.test"));
        esp.txt(QStringLiteral("hosted.test._dmarc"), QStringLiteral("v=DMARC1; p=quarantine"))
            .txt(QStringLiteral("s1.hosted.dkim"), QStringLiteral("v=DKIM1; k=rsa; p=") + QLatin1String(DomainTest::dkimKey2048));
        m_nsd.addZone(hosted);
        m_nsd.addZone(esp);
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

    // Issue 15: a server that answers with garbage, a truncated reply or an answer to another
    // question is there: the check reports unknowns and exits 0; it never says "no record".
    void brokenServerIsNotSilentServer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage") << 0;
        QTest::newRow("truncated, no TCP") << 1;
        QTest::newRow("answer to another question") << 2;
    }
    void brokenServerIsNotSilentServer()
    {
        using Stub = TestSupport::StubDnsServer;
        QFETCH(int, kind);
        Stub broken([kind](const QByteArray &query) -> QByteArray {
            if (kind == 0)
                return query.left(2) + QByteArray("\x81\x80\x00\x01garbage", 11);
            if (kind == 1) {
                QByteArray reply = Stub::reply(query);
                reply[2] = char(reply.at(2) | 0x02); // TC
                return reply;
            }
            // A null MX (RFC 7505) and nothing else, for a question nobody asked.
            QByteArray other = query.left(12) + Stub::wireName(QStringLiteral("mx.none"));
            other.append(QByteArray("\x00\x0f\x00\x01", 4));
            return Stub::withAnswer(Stub::reply(other), QStringLiteral("mx.none"), 15, QByteArray("\x00\x00\x00", 3));
        });
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("good.test"), QStringLiteral("--timeout"), QStringLiteral("300"),
                         QStringLiteral("--dns"), QStringLiteral("127.0.0.1:%1").arg(broken.port())}, &out), 0);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QVERIFY2(!o.isEmpty(), out.left(300).constData());
        QVERIFY(!o.value(QLatin1String("dns_unreachable")).toBool());
        const QStringList ids = findingIds(o);
        for (const QString &absent : {QStringLiteral("mx.none"), QStringLiteral("mx.null"), QStringLiteral("dmarc.none"),
                                      QStringLiteral("spf.none"), QStringLiteral("dkim.no-selector-found")})
            QVERIFY2(!ids.contains(absent), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY2(ids.contains(QStringLiteral("dmarc.dns-error")), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY2(ids.contains(QStringLiteral("dkim.dns-error")), qPrintable(ids.join(QLatin1Char(' '))));
    }

    void internationalDomainIsCheckedUnderItsALabel()
    {
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("B\u00fccher.test"), QStringLiteral("--dns"), dns()}, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QLatin1String("domain")).toString(), QStringLiteral("b\u00fccher.test")); // shown as given
        QCOMPARE(o.value(QLatin1String("spf")).toObject().value(QLatin1String("record")).toString(),
                 QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all"));
        const QStringList ids = findingIds(o);
        QVERIFY2(!ids.contains(QStringLiteral("spf.none")) && !ids.contains(QStringLiteral("dmarc.none"))
                     && !ids.contains(QStringLiteral("mx.none")), qPrintable(ids.join(QLatin1Char(' '))));
        // The A-label form gives the same records.
        QByteArray ace;
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("xn--bcher-kva.test"), QStringLiteral("--dns"), dns()}, &ace), 0);
        QCOMPARE(QJsonDocument::fromJson(ace).object().value(QLatin1String("spf")).toObject().value(QLatin1String("record")),
                 o.value(QLatin1String("spf")).toObject().value(QLatin1String("record")));
    }

    void recordsDelegatedByCnameAreFound()
    {
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("hosted.test"), QStringLiteral("--selector"), QStringLiteral("s1"),
                         QStringLiteral("--dns"), dns()}, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QLatin1String("dmarc")).toObject().value(QLatin1String("record")).toString(), QStringLiteral("v=DMARC1; p=quarantine"));
        const QJsonArray keys = o.value(QLatin1String("dkim")).toArray();
        QCOMPARE(keys.size(), 1);
        QVERIFY(keys.at(0).toObject().value(QLatin1String("found")).toBool());
        const QStringList ids = findingIds(o);
        QVERIFY2(!ids.contains(QStringLiteral("dmarc.none")) && !ids.contains(QStringLiteral("dkim.key-missing")),
                 qPrintable(ids.join(QLatin1Char(' '))));
    }

    void invalidNamesAreRefused()
    {
        QByteArray out;
        const QString longLabel = QString(64, QLatin1Char('x')) + QStringLiteral(".test");
        for (const QString &name : {QStringLiteral("a b.test"), QStringLiteral("a\\.b.test"), longLabel, QStringLiteral("a..test")})
            QCOMPARE(runCli({name, QStringLiteral("--dns"), dns()}, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "TestCheckCli.moc"
