// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of "check": NSD serves the test zones, DelayForwarder adds 20 ms to every answer, and
// Auth::CheckEngine (the code behind "bouncelens-cli check") runs through it concurrently and
// strictly sequentially. Prints medians next to the bound "longest dependency chain x 20 ms".
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "BenchMedian.h"
#include "DelayForwarder.h"
#include "DomainZones.h"
#include "NsdServer.h"
#include "auth/engine/CheckEngine.h"
#include "auth/common/PublicSuffix.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

namespace {

constexpr int DelayMs = 20;
constexpr int Runs = 7;

// good.test with --ip 192.0.2.30 and two blocklists. Dependent steps:
//   DMARC  _dmarc.good.test            -> <dom>._report._dmarc.reports-ok.test   (2)
//   MX     good.test MX (+A/AAAA)      -> A/AAAA of mx, mx2                      (2)
//   DNSBL  30.2.0.192.bl.test A        -> its TXT reason (listed)                (2)
//   PTR    30.2.0.192.in-addr.arpa     (no name, nothing to confirm)             (1)
//   policy records, SOA probe, SPF/DKIM parts when wired                         (1)
constexpr int LongestChain = 2;

Auth::CheckRequest params()
{
    Auth::CheckRequest p;
    p.domain = QStringLiteral("good.test");
    p.ip = QHostAddress(QStringLiteral("192.0.2.30"));
    p.selectors = {QStringLiteral("s1")};
    p.dnsblZones = {{QStringLiteral("bl.test"), Auth::DnsblZone::Kind::Ip},
                    {QStringLiteral("zen.spamhaus.org"), Auth::DnsblZone::Kind::Ip}};
    return p;
}

// One check with a fresh cache (as the CLI does); returns wall milliseconds.
double runOnce(const Dns::ServerConfig &server, bool concurrent, int *findings)
{
    Dns::LdnsResolver ldns(server);
    Dns::CachingResolver cache(ldns);
    Dns::LookupPool pool(cache, 48);
    QElapsedTimer t;
    t.start();
    const Auth::CheckEngine engine = concurrent ? Auth::CheckEngine(pool, Auth::PublicSuffix::system())
                                                : Auth::CheckEngine(cache, Auth::PublicSuffix::system());
    const Auth::DomainCheckResult r = engine.run(params());
    *findings = int(r.findings.size());
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestSupport::NsdServer nsd;
    for (const TestSupport::ZoneBuilder &z : DomainTest::allZones())
        nsd.addZone(z);
    if (!nsd.start()) {
        std::fprintf(stderr, "NSD did not start: %s\n", qPrintable(nsd.errorString()));
        return 1;
    }
    DelayForwarder forwarder(nsd.port(), DelayMs);
    if (!forwarder.isListening())
        return 1;
    Dns::ServerConfig server = nsd.serverConfig(2000, 1);
    server.port = forwarder.port();

    int findings = 0;
    runOnce(server, true, &findings); // warm-up (thread pools, PSL)
    QList<double> concurrent, sequential;
    const int before = forwarder.forwarded();
    for (int i = 0; i < Runs; ++i)
        concurrent.append(runOnce(server, true, &findings));
    const int queries = (forwarder.forwarded() - before) / Runs;
    for (int i = 0; i < Runs; ++i)
        sequential.append(runOnce(server, false, &findings));

    const double bound = LongestChain * DelayMs;
    std::printf("check good.test --ip 192.0.2.30, every answer delayed %d ms, %d runs each, %d queries/run, %d findings\n",
                DelayMs, Runs, queries, findings);
    std::printf("longest dependency chain: %d queries -> bound %.0f ms (target <= %.0f ms = 1.3x)\n",
                LongestChain, bound, bound * 1.3);
    std::printf("concurrent: median %.1f ms (%.2fx the bound), min %.1f, max %.1f\n", Bench::median(concurrent),
                Bench::median(concurrent) / bound, *std::min_element(concurrent.begin(), concurrent.end()),
                *std::max_element(concurrent.begin(), concurrent.end()));
    std::printf("sequential: median %.1f ms (%.1fx slower than concurrent)\n", Bench::median(sequential),
                Bench::median(sequential) / Bench::median(concurrent));
    return Bench::median(concurrent) <= bound * 1.3 ? 0 : 4;
}
