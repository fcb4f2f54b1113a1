// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "dns/DnsName.h"

namespace Auth {

// A domain as the checks compare and ask it: Dns::DnsName::normalize() (trimmed, lower case,
// no trailing dot), and the root "." as no domain at all: no author, signer or MX host is the
// root (RFC 7505's null MX "." is recognised on the record, before this).
inline QString normalizedDomain(const QString &domain)
{
    const QString d = Dns::DnsName::normalize(domain);
    return d == QLatin1String(".") ? QString() : d;
}

} // namespace Auth
