// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "ZoneBuilder.h"

// Test zones with one domain per finding, served by NSD in the integration tests, the CLI test
// and the check benchmark. The sending IPs: 192.0.2.10 (forward-confirmed), 192.0.2.20 (PTR name
// does not resolve back), 192.0.2.30 (no PTR; listed on bl.test), 192.0.2.40 (Spamhaus refusal
// code), 2001:db8::1 (IPv6, confirmed).
namespace DomainTest {

// A 2048-bit RSA public key (SubjectPublicKeyInfo, base64), made with openssl genrsa for the tests.
inline const char *const dkimKey2048 =
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAntqwTcv1JAf18tzSisftrafr+jMssL0nOtXCiDLRx32988t7ge6YpXJW2WrfUuGSsxhfaWxDm7/57V1aMW95tZWpGGhtmsBPcjy0dEDOPAVptjZi90xSB2hsbo940AkLBn/cq84hKrmDNReeWn0rGq3MvVaIOmEZLfCXaqm+Y1VaIPaTyViNOLDMctJKolXYzRbxYSZafnt/feeQMGcJCa9DcySXe5gMvgJSEhtCKvizt8jqdUOrnZ33bg4tikTfr7nf8bFvulAxPNPQS7swq55V+H0TkssIdgbyWxK2tZV+7FMZIyrL1ydSdO28RNAC7qIF3CwDYoXc4licCOuxAQIDAQAB";

inline void addGoodDomain(QList<TestSupport::ZoneBuilder> &zones)
{
    TestSupport::ZoneBuilder z(QStringLiteral("good.test"));
    z.mx(QStringLiteral("@"), 10, QStringLiteral("mx.good.test."))
        .mx(QStringLiteral("@"), 20, QStringLiteral("mx2.good.test."))
        .a(QStringLiteral("mx"), QStringLiteral("192.0.2.10"))
        .a(QStringLiteral("mx2"), QStringLiteral("192.0.2.11"))
        .aaaa(QStringLiteral("mx2"), QStringLiteral("2001:db8::11"))
        .a(QStringLiteral("liar"), QStringLiteral("192.0.2.99"))
        .aaaa(QStringLiteral("v6"), QStringLiteral("2001:db8::1"))
        .txt(QStringLiteral("@"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 -all"))
        .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@good.test,mailto:agg@reports-ok.test"))
        .txt(QStringLiteral("_mta-sts"), QStringLiteral("v=STSv1; id=2024010101"))
        .txt(QStringLiteral("_smtp._tls"), QStringLiteral("v=TLSRPTv1; rua=mailto:tls@good.test"))
        .txt(QStringLiteral("default._bimi"), QStringLiteral("v=BIMI1; l=https://good.test/logo.svg"))
        .txt(QStringLiteral("s1._domainkey"), QStringLiteral("v=DKIM1; k=rsa; p=") + QLatin1String(dkimKey2048));
    zones.append(z);
    TestSupport::ZoneBuilder ok(QStringLiteral("reports-ok.test"));
    ok.txt(QStringLiteral("good.test._report._dmarc"), QStringLiteral("v=DMARC1"))
        .txt(QStringLiteral("dmarcrua.test._report._dmarc"), QStringLiteral("v=DMARC1"));
    zones.append(ok);
}

// A zone with an MX that works, plus extra records.
inline TestSupport::ZoneBuilder mailZone(const QString &origin)
{
    TestSupport::ZoneBuilder z(origin);
    z.mx(QStringLiteral("@"), 10, QStringLiteral("mx.good.test."));
    return z;
}

inline void addDmarcDomains(QList<TestSupport::ZoneBuilder> &zones)
{
    zones.append(mailZone(QStringLiteral("dmarcnone.test")).txt(QStringLiteral("_dmarc"), QStringLiteral("google-site-verification=abc")));
    zones.append(mailZone(QStringLiteral("dmarcmulti.test"))
                     .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject"))
                     .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=none")));
    zones.append(mailZone(QStringLiteral("dmarcsyntax.test")).txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=bogus; pct=200")));
    zones.append(mailZone(QStringLiteral("dmarcpnone.test"))
                     .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=none; rua=mailto:d@dmarcpnone.test")));
    zones.append(mailZone(QStringLiteral("dmarcrua.test"))
                     .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:a@reports-ok.test,mailto:b@reports-no.test")));
    zones.append(TestSupport::ZoneBuilder(QStringLiteral("reports-no.test")).txt(QStringLiteral("@"), QStringLiteral("unrelated")));
    zones.append(mailZone(QStringLiteral("inherit.test"))
                     .mx(QStringLiteral("sub"), 10, QStringLiteral("mx.good.test."))
                     .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@inherit.test")));
}

inline void addMxDomains(QList<TestSupport::ZoneBuilder> &zones)
{
    TestSupport::ZoneBuilder null(QStringLiteral("mxnull.test"));
    zones.append(null.mx(QStringLiteral("@"), 0, QStringLiteral(".")));
    TestSupport::ZoneBuilder none(QStringLiteral("mxnone.test"));
    zones.append(none.a(QStringLiteral("@"), QStringLiteral("192.0.2.50")));
    TestSupport::ZoneBuilder cname(QStringLiteral("mxcname.test"));
    zones.append(cname.mx(QStringLiteral("@"), 10, QStringLiteral("alias.mxcname.test."))
                     .cname(QStringLiteral("alias"), QStringLiteral("real.mxcname.test."))
                     .a(QStringLiteral("real"), QStringLiteral("192.0.2.51")));
    TestSupport::ZoneBuilder ip(QStringLiteral("mxip.test"));
    zones.append(ip.mx(QStringLiteral("@"), 10, QStringLiteral("192.0.2.52.")));
    TestSupport::ZoneBuilder gone(QStringLiteral("mxgone.test"));
    zones.append(gone.mx(QStringLiteral("@"), 10, QStringLiteral("nohost.mxgone.test.")));
}

inline void addReverseAndLists(QList<TestSupport::ZoneBuilder> &zones)
{
    TestSupport::ZoneBuilder rev(QStringLiteral("2.0.192.in-addr.arpa"));
    zones.append(rev.ptr(QStringLiteral("10"), QStringLiteral("mx.good.test."))
                     .ptr(QStringLiteral("20"), QStringLiteral("liar.good.test.")));
    TestSupport::ZoneBuilder rev6(QStringLiteral("8.b.d.0.1.0.0.2.ip6.arpa"));
    zones.append(rev6.ptr(QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0"), QStringLiteral("v6.good.test.")));
    TestSupport::ZoneBuilder bl(QStringLiteral("bl.test"));
    zones.append(bl.a(QStringLiteral("30.2.0.192"), QStringLiteral("127.0.0.2"))
                     .txt(QStringLiteral("30.2.0.192"), QStringLiteral("Listed: spam trap hits, see https://bl.test/30"))
                     .a(QStringLiteral("1.0.0.127"), QStringLiteral("127.0.0.2")));
    TestSupport::ZoneBuilder zen(QStringLiteral("zen.spamhaus.org"));
    zones.append(zen.a(QStringLiteral("40.2.0.192"), QStringLiteral("127.255.255.254")));
}

inline QList<TestSupport::ZoneBuilder> allZones()
{
    QList<TestSupport::ZoneBuilder> zones;
    addGoodDomain(zones);
    addDmarcDomains(zones);
    addMxDomains(zones);
    addReverseAndLists(zones);
    return zones;
}

} // namespace DomainTest
