// SPDX-License-Identifier: GPL-3.0-or-later
// Serialized round trips of "check": NSD serves spftree.test (an SPF tree of 7 includes and 12
// hosts, longest dependency chain 5 queries), a DelayForwarder in front of it delays every
// answer by 40 ms (and a second one by 0 ms, the same path without the delay), and the code
// behind "bouncelens-cli check spftree.test --selector s1" runs through each.
// Round trips = (wall time with delay - wall time without) / 40 ms: how many answers the check
// waited for one after the other. Prints each run and the medians of 5 (issue 16).
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "BenchMedian.h"
#include "DelayForwarder.h"
#include "NsdServer.h"
#include "SpfTreeZone.h"
#include "auth/engine/CheckEngine.h"
#include "auth/common/PublicSuffix.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"
#include "dns/LookupPool.h"

namespace {

constexpr int DelayMs = 40;
constexpr int Runs = 5;

struct Run
{
    double ms = 0;
    int queries = 0;
    int findings = 0;
};

// One check as the CLI runs it (fresh cache, 48-thread pool); returns wall time and queries.
Run runOnce(const Dns::ServerConfig &server, const DelayForwarder &forwarder)
{
    Auth::CheckRequest params;
    params.domain = QStringLiteral("spftree.test");
    params.selectors = {QStringLiteral("s1")};
    Dns::LdnsResolver ldns(server);
    Dns::CachingResolver cache(ldns);
    Dns::LookupPool pool(cache, 48);
    const int before = forwarder.forwarded();
    QElapsedTimer t;
    t.start();
    const Auth::DomainCheckResult r = Auth::CheckEngine(pool, Auth::PublicSuffix::system()).run(params);
    Run run;
    run.ms = t.nsecsElapsed() / 1e6;
    run.queries = forwarder.forwarded() - before;
    run.findings = int(r.findings.size());
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestSupport::NsdServer nsd;
    nsd.addZone(SpfTreeTest::zone());
    if (!nsd.start()) {
        std::fprintf(stderr, "NSD did not start: %s\n", qPrintable(nsd.errorString()));
        return 1;
    }
    DelayForwarder slow(nsd.port(), DelayMs);
    DelayForwarder fast(nsd.port(), 0);
    if (!slow.isListening() || !fast.isListening())
        return 1;
    Dns::ServerConfig slowServer = nsd.serverConfig(3000, 1);
    slowServer.port = slow.port();
    Dns::ServerConfig fastServer = nsd.serverConfig(3000, 1);
    fastServer.port = fast.port();

    runOnce(fastServer, fast); // warm-up (thread pools, PSL)
    QList<double> withDelay, without, trips;
    QList<int> queries;
    int findings = 0;
    for (int i = 0; i < Runs; ++i) {
        const Run s = runOnce(slowServer, slow);
        const Run f = runOnce(fastServer, fast);
        withDelay.append(s.ms);
        without.append(f.ms);
        trips.append((s.ms - f.ms) / DelayMs);
        queries.append(s.queries);
        findings = s.findings;
        std::printf("run %d: %.1f ms with %d ms delay, %.1f ms without, %.2f round trips, %d queries (%d without delay)\n",
                    i + 1, s.ms, DelayMs, f.ms, trips.last(), s.queries, f.queries);
    }
    const double medianTrips = (Bench::median(withDelay) - Bench::median(without)) / DelayMs;
    std::printf("check spftree.test --selector s1: %d findings\n", findings);
    std::printf("median of %d: %.1f ms with delay, %.1f ms without -> %.2f serialized round trips "
                "(median of the per-run values %.2f), %d queries\n",
                Runs, Bench::median(withDelay), Bench::median(without), medianTrips, Bench::median(trips), Bench::median(queries));
    return 0;
}
