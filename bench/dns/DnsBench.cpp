// SPDX-License-Identifier: GPL-3.0-or-later
// Resolver and SPF speed against a local NSD (started here, on a free loopback port).
// Prints: sequential per-query latency, pool throughput, cache effect, SPF check_host and lint
// of a 10-lookup include tree. Usage: bouncelens-bench-dns [QUERIES]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <cstdio>

#include "NsdServer.h"
#include "auth/spf/SpfEvaluator.h"
#include "auth/spf/SpfLinter.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

using TestSupport::ZoneBuilder;

namespace {

ZoneBuilder benchZone()
{
    ZoneBuilder z(QStringLiteral("bench.test"));
    z.a(QStringLiteral("@"), QStringLiteral("192.0.2.1"))
        .txt(QStringLiteral("@"), QStringLiteral("v=spf1 include:i1.bench.test include:i2.bench.test mx a -all"))
        .mx(QStringLiteral("@"), 10, QStringLiteral("mx.bench.test."))
        .a(QStringLiteral("mx"), QStringLiteral("192.0.2.25"))
        .txt(QStringLiteral("i1"), QStringLiteral("v=spf1 a:h1.bench.test a:h2.bench.test a:h3.bench.test ~all"))
        .txt(QStringLiteral("i2"), QStringLiteral("v=spf1 mx:h1.bench.test include:i3.bench.test ~all"))
        .txt(QStringLiteral("i3"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 ~all"));
    for (int i = 1; i <= 3; ++i)
        z.a(QStringLiteral("h%1").arg(i), QStringLiteral("192.0.2.%1").arg(100 + i)).mx(QStringLiteral("h%1").arg(i), 10, QStringLiteral("mx.bench.test."));
    return z;
}

double perQueryUs(Dns::Resolver &resolver, int n)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        resolver.query(QStringLiteral("bench.test"), i % 2 ? Dns::RrType::A : Dns::RrType::TXT);
    return t.nsecsElapsed() / 1000.0 / n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? qMax(100, atoi(argv[1])) : 4000;
    TestSupport::NsdServer nsd;
    nsd.addZone(benchZone());
    if (!nsd.start()) {
        fprintf(stderr, "NSD did not start: %s\n", qPrintable(nsd.errorString()));
        return 1;
    }
    Dns::LdnsResolver ldns(nsd.serverConfig(2000, 1));
    printf("server %s, %d queries\n", qPrintable(ldns.serverDescription()), n);
    printf("sequential LdnsResolver:     %8.1f us/query\n", perQueryUs(ldns, n));

    Dns::LookupPool pool(nsd.serverConfig(2000, 1), 8);
    QElapsedTimer t;
    t.start();
    QList<QFuture<Dns::Answer>> futures;
    for (int i = 0; i < n; ++i)
        futures.append(pool.query(QStringLiteral("h%1.bench.test").arg(i % 3 + 1), Dns::RrType::A));
    int answers = 0;
    for (QFuture<Dns::Answer> &f : futures)
        answers += f.result().outcome == Dns::Outcome::Answer;
    printf("LookupPool (8 threads):      %8.1f us/query wall, %d/%d answered\n", t.nsecsElapsed() / 1000.0 / n, answers, n);

    Dns::CachingResolver cache(ldns);
    printf("CachingResolver (hits):      %8.2f us/query\n", perQueryUs(cache, n));

    Auth::SpfEvaluator spf(ldns);
    t.restart();
    const int checks = 200;
    Auth::SpfCheckResult r;
    for (int i = 0; i < checks; ++i)
        r = spf.checkHost(QHostAddress(QStringLiteral("203.0.113.5")), QStringLiteral("bench.test"), QStringLiteral("a@bench.test"), QStringLiteral("h"));
    printf("SPF check_host (%d lookups, %s): %6.0f us/check\n", r.lookups, qPrintable(Auth::spfResultName(r.result)),
           t.nsecsElapsed() / 1000.0 / checks);
    t.restart();
    Auth::SpfLintResult lint;
    for (int i = 0; i < checks; ++i)
        lint = Auth::SpfLinter(ldns).lint(QStringLiteral("bench.test"));
    printf("SPF lint (%d lookups):        %8.0f us/lint\n", lint.lookups, t.nsecsElapsed() / 1000.0 / checks);
    return 0;
}
