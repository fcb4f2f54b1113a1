// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "util/Result.h"

struct psl_ctx_st;

namespace Auth {

// The Public Suffix List through libpsl, used for the DMARC organizational domain
// (RFC 7489 3.2). The whole list (ICANN + PRIVATE sections) is used, as libpsl, OpenDMARC and
// mailauth do: foo.blogspot.com is its own organizational domain. (RFC 9989, DMARCbis,
// replaces the PSL with a DNS tree walk: DmarcTreeWalk. This class serves the RFC 7489 side.)
// Copies share one immutable libpsl context; all methods are thread-safe.
class PublicSuffix
{
public:
    // Debian's compiled list (psl_latest), or the list built into libpsl when that is missing.
    static const PublicSuffix &system();
    // A .dat file, e.g. the pinned list of the conformance tests. Fails when unreadable.
    [[nodiscard]] static Util::Result<PublicSuffix> fromFile(const QString &path);

    // The registrable domain ("public suffix + one label"), lower-case; empty when the name is
    // a public suffix itself, empty or starts with a dot. IDN stays in the form given.
    QString registrableDomain(const QString &domain) const;
    // The DMARC organizational domain: the registrable domain, or the name itself when it is
    // a public suffix (then there is nothing above it to inherit from).
    QString organizationalDomain(const QString &domain) const;
    bool isPublicSuffix(const QString &domain) const;

private:
    explicit PublicSuffix(std::shared_ptr<const psl_ctx_st> ctx);
    std::shared_ptr<const psl_ctx_st> m_ctx;
};

} // namespace Auth
