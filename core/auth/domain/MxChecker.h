// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include "auth/common/Finding.h"
#include "dns/Resolver.h"

namespace Auth {

class DomainCheckQueries;

// One MX target and what its name resolves to.
struct MxHost
{
    quint16 preference = 0;
    QString host;
    bool ipLiteral = false;   // the exchange is an address, not a name (RFC 5321 5.1 wants a name)
    QString cnameTarget;      // set when the exchange is an alias (RFC 2181 10.3, RFC 5321 5.1)
    QList<QHostAddress> addresses;
    bool unresolvable = false; // no A and no AAAA (both answered: not a DNS failure)
    bool unknown = false;      // the address lookup failed (timeout, SERVFAIL)
    Dns::Answer a;
    Dns::Answer aaaa;
};

struct MxCheck
{
    enum class Status {
        Records,  // at least one real MX
        NullMx,   // "MX 0 ." (RFC 7505): the domain accepts no mail
        Implicit, // no MX, mail goes to the domain's own A/AAAA (RFC 5321 5.1)
        NoMail,   // no MX and no address: undeliverable
        NxDomain, // the domain does not exist
        Unknown,  // the DNS did not answer
    };
    QString domain;
    Status status = Status::Unknown;
    bool nullMixed = false; // a null MX next to other MX records (RFC 7505 3: MUST NOT)
    QList<MxHost> hosts;    // by preference
    QList<QHostAddress> implicitAddresses;
    Dns::Answer mx;
    Dns::Answer a;
    Dns::Answer aaaa;
};

// MX records of a domain and their targets. The MX and the domain's own A/AAAA are asked at the
// same time (the latter decides the no-MX case), then the A/AAAA of all targets at once.
class MxChecker
{
    Q_DECLARE_TR_FUNCTIONS(Auth::MxChecker)

public:
    explicit MxChecker(const DomainCheckQueries &queries);

    MxCheck check(const QString &domain) const;
    // mx.none, mx.null, mx.target-cname, mx.target-ip-literal, mx.target-unresolvable, mx.ok,
    // mx.dns-error (severity unknown).
    static Findings findings(const MxCheck &check);

private:
    void resolveHosts(MxCheck &check) const;

    const DomainCheckQueries &m_queries;
};

} // namespace Auth
