// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "ZoneBuilder.h"

// spftree.test: a domain whose SPF tree has 7 includes and 12 hosts (a:, mx) and whose longest
// chain of dependent queries is 5 (TXT spftree -> TXT l1a -> TXT l2a -> TXT l3a -> A/AAAA h2),
// for the round-trip benchmark (bench/check/RoundTripBench.cpp) and the engine tests. It needs
// 18 DNS-lookup terms (RFC 7208 4.6.4), so the lint reports spf.too-many-lookups with a
// flattened record: every address below must be reached for that record to be right.
namespace SpfTreeTest {

inline TestSupport::ZoneBuilder zone()
{
    TestSupport::ZoneBuilder z(QStringLiteral("spftree.test"));
    z.txt(QStringLiteral("@"), QStringLiteral("v=spf1 include:l1a.spftree.test include:l1b.spftree.test "
                                              "include:l1c.spftree.test a:web.spftree.test mx -all"))
        .txt(QStringLiteral("l1a"), QStringLiteral("v=spf1 include:l2a.spftree.test include:l2b.spftree.test a:h1.spftree.test -all"))
        .txt(QStringLiteral("l2a"), QStringLiteral("v=spf1 include:l3a.spftree.test ip4:198.51.100.0/28 -all"))
        .txt(QStringLiteral("l3a"), QStringLiteral("v=spf1 a:h2.spftree.test a:h3.spftree.test -all"))
        .txt(QStringLiteral("l2b"), QStringLiteral("v=spf1 a:h4.spftree.test -all"))
        .txt(QStringLiteral("l1b"), QStringLiteral("v=spf1 include:l2c.spftree.test a:h5.spftree.test -all"))
        .txt(QStringLiteral("l2c"), QStringLiteral("v=spf1 a:h6.spftree.test a:h7.spftree.test -all"))
        .txt(QStringLiteral("l1c"), QStringLiteral("v=spf1 a:h8.spftree.test a:h9.spftree.test -all"))
        .mx(QStringLiteral("@"), 10, QStringLiteral("mx1.spftree.test."))
        .mx(QStringLiteral("@"), 20, QStringLiteral("mx2.spftree.test."))
        .txt(QStringLiteral("_dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@spftree.test"))
        .txt(QStringLiteral("s1._domainkey"), QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAntqwTcv1JAf18tzSisftrafr+jMssL0nOtXCiDLRx32988t7ge6YpXJW2WrfUuGSsxhfaWxDm7/57V1aMW95tZWpGGhtmsBPcjy0dEDOPAVptjZi90xSB2hsbo940AkLBn/cq84hKrmDNReeWn0rGq3MvVaIOmEZLfCXaqm+Y1VaIPaTyViNOLDMctJKolXYzRbxYSZafnt/feeQMGcJCa9DcySXe5gMvgJSEhtCKvizt8jqdUOrnZ33bg4tikTfr7nf8bFvulAxPNPQS7swq55V+H0TkssIdgbyWxK2tZV+7FMZIyrL1ydSdO28RNAC7qIF3CwDYoXc4licCOuxAQIDAQAB"));
    const char *hosts[] = {"web", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "mx1", "mx2"};
    int i = 1;
    for (const char *h : hosts) {
        z.a(QString::fromLatin1(h), QStringLiteral("192.0.2.%1").arg(100 + i));
        if (i % 3 == 0) // some hosts are dual-stack: A and AAAA both carry addresses
            z.aaaa(QString::fromLatin1(h), QStringLiteral("2001:db8::%1").arg(100 + i));
        ++i;
    }
    return z;
}

} // namespace SpfTreeTest
