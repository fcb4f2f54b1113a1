// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "CodeInfo.h"
#include "Reason.h"

namespace Codes {

// One provider-specific reply: Gmail, Microsoft 365, Yahoo/AOL, Apple iCloud, Comcast, AT&T.
// It matches when every criterion that is set matches: the provider's tag (e.g. "TSS04") or
// phrase appears in the text, and the status/reply code equal the given ones.
struct ProviderEntry
{
    const char *provider;  // "gmail", "microsoft", "yahoo", "apple", "comcast", "att"
    const char *tag;       // provider's own reference ("TSS04", "CS01", "BL000001", "S3150") or nullptr
    const char *replyCode; // "421" or nullptr = any
    const char *status;    // "4.7.0" or nullptr = any
    const char *phrase;    // lower-case phrase of the provider's text, or nullptr
    Reason reason;
    Severity severity;
    bool reallyTemporary;  // sent with 5xx but the condition passes (rate limit, reputation)
    unsigned checks;
    CodeText text;
};

class ProviderCatalog
{
public:
    static const std::vector<ProviderEntry> &entries();

    // Best entry of the provider for this reply; lowerText is the lower-cased, whitespace-folded
    // text. Tag matches win over phrase matches. nullptr when no entry fits.
    static const ProviderEntry *match(const QString &provider, const QString &lowerText,
                                      const QString &status, const QString &replyCode);

    // Entry by provider tag alone ("TSS04"), any provider; nullptr when unknown.
    static const ProviderEntry *byTag(const QString &tag);
};

} // namespace Codes
