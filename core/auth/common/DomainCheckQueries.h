// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "dns/Resolver.h"

namespace Dns {
class LookupPool;
}

namespace Auth {

// One DNS question.
struct DnsQuestion
{
    QString name;
    Dns::RrType type = Dns::RrType::A;
};

// How the domain checkers ask the DNS. Independent questions go through all(): with a
// Dns::LookupPool they are in flight at the same time (so a check costs about its longest chain
// of dependent queries), without one they are asked one after the other (the "sequential" mode
// of the benchmark). The resolver (the pool's, when a pool is given) must be thread-safe.
class DomainCheckQueries
{
public:
    explicit DomainCheckQueries(Dns::Resolver &resolver);
    explicit DomainCheckQueries(Dns::LookupPool &pool);

    Dns::Answer one(const QString &name, Dns::RrType type) const;
    // Answers in the order of the questions.
    QList<Dns::Answer> all(const QList<DnsQuestion> &questions) const;

    // "TXT _dmarc.example.org: \"v=DMARC1; p=none\"" or "MX example.org: nxdomain", for evidence.
    static QString evidence(const Dns::Answer &answer);
    // The TXT records of an answer, character-strings joined (RFC 7208 3.3, RFC 7489 6.6.3 step 1).
    static QStringList txtTexts(const Dns::Answer &answer);

    Dns::Resolver &resolver() const { return *m_resolver; }
    Dns::LookupPool *pool() const { return m_pool; }

private:
    Dns::Resolver *m_resolver = nullptr;
    Dns::LookupPool *m_pool = nullptr;
};

} // namespace Auth
