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

struct PtrName
{
    QString name;
    bool confirmed = false; // the name's A/AAAA contains the IP (forward-confirmed)
    bool unknown = false;   // its forward lookup failed
    Dns::Answer forward;
};

// Reverse DNS of one IP and its forward confirmation (FCrDNS, RFC 8601 2.7.3 "iprev").
struct PtrCheck
{
    enum class Status { Confirmed, Mismatch, None, Unknown };
    QHostAddress ip;
    QString reverseName; // "4.3.2.1.in-addr.arpa" / nibbles ".ip6.arpa"
    Status status = Status::Unknown;
    Dns::Answer ptr;
    QList<PtrName> names;
    bool fcrdns() const { return status == Status::Confirmed; }
};

// Forward lookups of all PTR names are asked at the same time; at most maxNames are followed
// (like RFC 7208 5.5's limit of 10 for the ptr mechanism) so a hostile zone cannot fan out.
class PtrChecker
{
    Q_DECLARE_TR_FUNCTIONS(Auth::PtrChecker)

public:
    static constexpr int maxNames = 10;

    explicit PtrChecker(const DomainCheckQueries &queries);

    PtrCheck check(const QHostAddress &ip) const;
    // ptr.none, ptr.mismatch, ptr.ok, ptr.dns-error (severity unknown).
    static Findings findings(const PtrCheck &check);

private:
    const DomainCheckQueries &m_queries;
};

} // namespace Auth
