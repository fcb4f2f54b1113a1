// SPDX-License-Identifier: GPL-3.0-or-later
// Every record BounceLens proposes goes through Dns::ZoneRecord. Each line it writes must be
// read back by a real zone-file parser (ldns_rr_new_frm_str, as ldns-read-zone does) into the
// same owner, type and data, whatever a bounce put into the names and texts.
#include <ldns/ldns.h>

#include <QtTest>

#include "auth/dmarc/DmarcChecker.h"
#include "diagnosis/DnsFixes.h"
#include "dns/ZoneRecord.h"

using Dns::ZoneRecord;

namespace {

struct Parsed
{
    bool ok = false;
    QString owner;
    QString type;
    QByteArray txt; // TXT: the strings concatenated, as receivers read them (RFC 7208 3.3)
    QString rdata;  // other types: ldns' text of the rdata
};

Parsed parse(const QString &line)
{
    Parsed p;
    ldns_rr *rr = nullptr;
    const QByteArray text = line.toUtf8();
    if (ldns_rr_new_frm_str(&rr, text.constData(), 0, nullptr, nullptr) != LDNS_STATUS_OK || !rr)
        return p;
    p.ok = true;
    char *owner = ldns_rdf2str(ldns_rr_owner(rr));
    p.owner = QString::fromLatin1(owner);
    free(owner);
    char *type = ldns_rr_type2str(ldns_rr_get_type(rr));
    p.type = QString::fromLatin1(type);
    free(type);
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        ldns_rdf *rdf = ldns_rr_rdf(rr, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_TXT) {
            const uint8_t *data = ldns_rdf_data(rdf);
            p.txt.append(reinterpret_cast<const char *>(data + 1), data[0]);
        } else {
            char *s = ldns_rdf2str(rdf);
            p.rdata += (p.rdata.isEmpty() ? QString() : QStringLiteral(" ")) + QString::fromLatin1(s);
            free(s);
        }
    }
    ldns_rr_free(rr);
    return p;
}

} // namespace

class TestZoneRecord : public QObject
{
    Q_OBJECT

private slots:
    void txtRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("spf") << QStringLiteral("v=spf1 ip4:192.0.2.44 include:_spf.example.net ~all");
        QTest::newRow("dmarc") << QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org");
        QTest::newRow("quotes and backslash") << QStringLiteral("a \"quoted\" \\ back; slash");
        QTest::newRow("control and non-ascii") << QStringLiteral("tab\there\nnewline é ☃");
        QTest::newRow("255 octets") << QString(255, QLatin1Char('x'));
        QTest::newRow("256 octets") << QString(256, QLatin1Char('y'));
        QTest::newRow("2048-bit DKIM key") << QStringLiteral("v=DKIM1; k=rsa; p=") + QString(392, QLatin1Char('A'));
    }

    void txtRoundTrips()
    {
        QFETCH(QString, text);
        const auto r = ZoneRecord::txt(QStringLiteral("_dmarc.Example.ORG."), text);
        QVERIFY(r);
        const QString line = r->zoneLine();
        QVERIFY2(line.startsWith(QLatin1String("_dmarc.example.org. 3600 IN TXT \"")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        const Parsed p = parse(line);
        QVERIFY2(p.ok, qPrintable(line));
        QCOMPARE(p.owner, QStringLiteral("_dmarc.example.org."));
        QCOMPARE(p.type, QStringLiteral("TXT"));
        QCOMPARE(p.txt, text.toUtf8());
    }

    void otherTypes()
    {
        const auto cname = ZoneRecord::cname(QStringLiteral("s1._domainkey.example.org"), QStringLiteral("s1._domainkey.esp.example.net"));
        const auto mx = ZoneRecord::mx(QStringLiteral("example.org"), 10, QStringLiteral("mail.example.org"));
        const auto nullMx = ZoneRecord::mx(QStringLiteral("example.org"), 0, QStringLiteral("."));
        const auto a = ZoneRecord::address(QStringLiteral("mail.example.org"), QHostAddress(QStringLiteral("192.0.2.9")));
        const auto aaaa = ZoneRecord::address(QStringLiteral("mail.example.org"), QHostAddress(QStringLiteral("2001:db8::9")));
        const auto ptr = ZoneRecord::ptr(QHostAddress(QStringLiteral("192.0.2.9")), QStringLiteral("mail.example.org"));
        const auto ptr6 = ZoneRecord::ptr(QHostAddress(QStringLiteral("2001:db8::9")), QStringLiteral("mail.example.org"));
        for (const auto &r : {cname, mx, nullMx, a, aaaa, ptr, ptr6}) {
            QVERIFY(r);
            const Parsed p = parse(r->zoneLine());
            QVERIFY2(p.ok, qPrintable(r->zoneLine()));
            QCOMPARE(p.type, r->typeName());
            QCOMPARE(p.owner, r->owner() + QLatin1Char('.'));
        }
        QCOMPARE(parse(mx->zoneLine()).rdata, QStringLiteral("10 mail.example.org."));
        QCOMPARE(parse(nullMx->zoneLine()).rdata, QStringLiteral("0 ."));
        QCOMPARE(parse(ptr->zoneLine()).owner, QStringLiteral("9.2.0.192.in-addr.arpa."));
        QCOMPARE(parse(ptr6->zoneLine()).rdata, QStringLiteral("mail.example.org."));
    }

    // Names and addresses from a bounce are validated before they enter a record.
    void hostileInputGivesNoRecord_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("space") << QStringLiteral("exa mple.org");
        QTest::newRow("quote and newline") << QStringLiteral("example.org\"\n@ IN NS evil.example.");
        QTest::newRow("semicolon") << QStringLiteral("example.org;comment");
        QTest::newRow("empty label") << QStringLiteral("example..org");
        QTest::newRow("label 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".org");
        QTest::newRow("name 254") << QString(QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(4) + QStringLiteral("org");
        QTest::newRow("nul") << QStringLiteral("exa") + QChar(0) + QStringLiteral("mple.org");
        QTest::newRow("empty") << QString();
    }

    void hostileInputGivesNoRecord()
    {
        QFETCH(QString, name);
        QVERIFY(!ZoneRecord::txt(name, QStringLiteral("v=spf1 -all")));
        QVERIFY(!ZoneRecord::cname(QStringLiteral("a.example.org"), name));
        QVERIFY(!ZoneRecord::mx(QStringLiteral("example.org"), 10, name));
        QVERIFY(!ZoneRecord::ptr(QHostAddress(QStringLiteral("192.0.2.1")), name));
        QVERIFY(!Auth::DmarcChecker::starterRecord(name));
        QVERIFY(!Diagnosis::DnsFixes::returnPathDelegation(name, QStringLiteral("esp.example.net")));
    }

    void badAddressesGiveNoRecord()
    {
        QVERIFY(!Diagnosis::DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QString(), QStringLiteral("192.0.2.300")));
        QVERIFY(!Diagnosis::DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QString(), QStringLiteral("192.0.2.1 -all")));
        QVERIFY(!Diagnosis::DnsFixes::ptrRequest(QStringLiteral("mail.example.org"), QStringLiteral("mail.example.org")));
        QVERIFY(!ZoneRecord::address(QStringLiteral("mail.example.org"), QHostAddress()));
        QVERIFY(!ZoneRecord::mx(QStringLiteral("example.org"), 70000, QStringLiteral("mail.example.org")));
        QVERIFY(!ZoneRecord::cname(QStringLiteral("x.example.org"), QStringLiteral("x.example.org"))); // a loop
    }

    void internationalNamesGoInAsALabels()
    {
        const auto r = Auth::DmarcChecker::starterRecord(QStringLiteral("bücher.example"));
        QVERIFY(r);
        QCOMPARE(r->owner(), QStringLiteral("_dmarc.xn--bcher-kva.example"));
        QVERIFY(parse(r->zoneLine()).ok);
    }

    void fixFactoriesParse()
    {
        const QList<std::optional<ZoneRecord>> records{
            Diagnosis::DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QStringLiteral("v=spf1 include:_spf.google.com ~all"), QStringLiteral("192.0.2.44")),
            Diagnosis::DnsFixes::mergedSpfRecord(QStringLiteral("example.org"), QString(), QStringLiteral("2001:db8::44")),
            Diagnosis::DnsFixes::starterDmarcRecord(QStringLiteral("example.org")),
            Auth::DmarcChecker::starterRecord(QStringLiteral("example.org"), Auth::DmarcPolicy::Reject),
            Diagnosis::DnsFixes::ptrRequest(QStringLiteral("192.0.2.44"), QStringLiteral("mail.example.org")),
            Diagnosis::DnsFixes::dkimDelegation(QStringLiteral("example.org"), QStringLiteral("s1"), QStringLiteral("esp.example.net")),
            Diagnosis::DnsFixes::returnPathDelegation(QStringLiteral("example.org"), QStringLiteral("bounces.esp.example.net")),
        };
        for (const auto &r : records) {
            QVERIFY(r);
            QVERIFY2(parse(r->zoneLine()).ok, qPrintable(r->zoneLine()));
        }
        // Repairing a broken record never weakens its policy.
        QVERIFY(records.at(3)->value().contains(QLatin1String("p=reject")));
        QCOMPARE(records.at(5)->zoneLine(), QStringLiteral("s1._domainkey.example.org. 3600 IN CNAME s1._domainkey.esp.example.net."));
    }
};

QTEST_GUILESS_MAIN(TestZoneRecord)
#include "TestZoneRecord.moc"
