// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dns {
class CachingResolver;
class LookupPool;
}

namespace Auth {

// Asks every DNS question the SPF lint of a domain depends on, each as soon as its inputs are
// known, so that Auth::SpfLinter (whose walk must stay depth-first, in evaluation order, to
// count lookups and name the branch that passes the limit as a receiver would, RFC 7208 4.6.4)
// then reads every answer from the cache. Dataflow, no barrier per level: a record's TXT
// answer immediately sends its includes' and redirect's TXT, its a: hosts' A and AAAA (both at
// once) and its mx: MX; each MX answer immediately sends its hosts' A and AAAA. So the lint
// costs the depth of the tree in round trips instead of its number of queries.
//
// The same questions as the walk, no more: the same record selection (RFC 7208 4.5), terms
// skipped as the walk skips them (exp, unknown modifiers, redirect beside "all", macros,
// ptr/exists which the lint does not resolve), at most 10 MX hosts per mx term, loops cut, and
// at most SpfLinter::maxWalkLookups lookup terms. Only for trees that need more than that many
// lookups can the set differ from the walk's (the walk follows the first ones in evaluation
// order, this the first ones to arrive); the walk then asks the few it still misses.
// `cache` must be the pool's resolver: prefetched answers are only useful there.
class SpfTreePrefetch
{
public:
    SpfTreePrefetch(Dns::LookupPool &pool, Dns::CachingResolver &cache);

    // Blocks until every question of the tree has its answer; returns how many were asked.
    int run(const QString &domain);

private:
    Dns::LookupPool &m_pool;
    Dns::CachingResolver &m_cache;
};

} // namespace Auth
