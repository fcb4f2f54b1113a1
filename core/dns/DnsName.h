// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace Dns {

// Helpers for domain names as BounceLens stores them: lower-case, no trailing dot.
class DnsName
{
public:
    // Lower-cases and drops one trailing dot ("Example.ORG." -> "example.org").
    static QString normalize(const QString &name);

    // RFC 1035 2.3.4: at most 253 characters (without the final dot), labels 1..63 octets,
    // measured on the A-label form (toAce); no control characters, spaces or backslashes.
    static bool isValid(const QString &name);

    // The form that goes on the wire: lower-case, no trailing dot, every non-ASCII label as its
    // IDNA 2008 A-label (RFC 5891, UTS #46 non-transitional mapping, via QUrl::toAce):
    // "Bücher.example" -> "xn--bcher-kva.example". ASCII names are kept as they are (DNS names
    // such as "_dmarc.example" or SPF macro expansions are not host names). Empty when the name
    // cannot be sent: IDNA rejects it, a label is empty or longer than 63 octets, the name is
    // longer than 253, or it holds control characters, spaces or backslashes (which ldns would
    // read as escapes).
    static QString toAce(const QString &name);

    // RFC 1035 3.5 / RFC 3596 2.5: "4.3.2.1.in-addr.arpa" or the 32-nibble "…ip6.arpa".
    // Empty for an address that is neither IPv4 nor IPv6. IPv4-mapped IPv6 is treated as IPv4.
    static QString reverseName(const QHostAddress &address);

    // The IPv6 address as 32 dot-separated lower-case nibbles (RFC 7208 7.3 macro "i").
    static QString ip6Nibbles(const QHostAddress &address);

    // True when `name` equals `parent` or lies below it.
    static bool isSubdomainOf(const QString &name, const QString &parent);
};

} // namespace Dns
