// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "auth/engine/CheckEngine.h"

namespace Report {

// The readable text of a domain check ("bouncelens-cli check"): the records found (DMARC, MX,
// PTR, DNSBL), then every finding with its severity tag, evidence, fix and copyable zone
// lines, and a closing line when the DNS server never answered.
// Plain text: TXT records, host names and findings come from the DNS and are returned as they
// are; whoever writes the text to a terminal escapes it (Util::escapeTerminal).
class CheckTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::CheckTextBuilder)

public:
    static QString build(const Auth::DomainCheckResult &result);

private:
    static QString sections(const Auth::DomainCheckResult &result);
    static QString findings(const Auth::DomainCheckResult &result);
};

} // namespace Report
