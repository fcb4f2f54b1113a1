// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "Cause.h"

namespace Diagnosis {

// What the remote server said it saw when it refused the mail ("then"): one authentication or
// reputation verdict quoted in the reply or in an Authentication-Results header.
struct RemoteVerdict
{
    QString check;  // "spf", "dkim", "dmarc", "ptr", "dnsbl"
    QString result; // "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "listed"
    QString domain; // spf: the domain checked; dkim: d=; dmarc: header.from; dnsbl: the list
    QString ip;     // spf/ptr/dnsbl: the client IP the remote named
    QString policy; // dmarc: "reject", "quarantine" when the remote said so
    Evidence evidence; // where it was read (quote in value)

    bool failed() const { return result != QLatin1String("pass") && result != QLatin1String("none"); }
};

// Reads verdicts out of reply texts and Authentication-Results values. Every pattern cites the
// provider text or RFC it follows; adding a provider's wording is one entry in the table.
class RemoteVerdictParser
{
public:
    // `base` is copied into each verdict's evidence (source, field, span, recipient).
    static QList<RemoteVerdict> fromReplyText(const QString &text, const Evidence &base);
    // RFC 8601 Authentication-Results: "mx.example; spf=fail smtp.mailfrom=x; dkim=pass header.d=y".
    static QList<RemoteVerdict> fromAuthenticationResults(const QString &value, const Evidence &base);
};

} // namespace Diagnosis
