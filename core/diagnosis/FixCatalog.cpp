// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixCatalog.h"

#include <vector>

namespace Diagnosis {

namespace {

struct GeneralFix
{
    const char *cause;
    const char *step; // QT_TRANSLATE_NOOP("Diagnosis", ...)
};

const std::vector<GeneralFix> &table()
{
    static const std::vector<GeneralFix> rows{
        {"cause.recipient-unknown", QT_TRANSLATE_NOOP("Diagnosis", "Check the address for typos and ask the recipient for the right one; remove it from your lists if it stays dead (RFC 3463 X.1.1).")},
        {"cause.recipient-domain-typo", QT_TRANSLATE_NOOP("Diagnosis", "Correct the domain part of the address; do not keep retrying the misspelt one.")},
        {"cause.recipient-domain-no-mail", QT_TRANSLATE_NOOP("Diagnosis", "Check the domain; if it is right, the recipient's organization must publish MX records (RFC 5321 5.1, RFC 7505).")},
        {"cause.mailbox-full", QT_TRANSLATE_NOOP("Diagnosis", "Tell the recipient by another channel; resend later once they have made room.")},
        {"cause.mailbox-disabled", QT_TRANSLATE_NOOP("Diagnosis", "Ask the recipient for a current address; a disabled mailbox does not come back by retrying.")},
        {"cause.spf-not-authorized", QT_TRANSLATE_NOOP("Diagnosis", "List every server that sends for your domain in its SPF record, then resend (RFC 7208).")},
        {"cause.spf-broken", QT_TRANSLATE_NOOP("Diagnosis", "Repair the SPF record: one record only, valid syntax, at most 10 DNS-lookup terms (RFC 7208 4.6.4).")},
        {"cause.dkim-missing-or-failing", QT_TRANSLATE_NOOP("Diagnosis", "Turn on DKIM signing at your mail provider and publish the key it gives you.")},
        {"cause.dmarc-policy-reject", QT_TRANSLATE_NOOP("Diagnosis", "Make sure SPF or DKIM passes for a domain aligned with the From address before resending.")},
        {"cause.no-ptr", QT_TRANSLATE_NOOP("Diagnosis", "Every sending IP needs a PTR whose name resolves back to the IP (RFC 8601 2.7.3 iprev).")},
        {"cause.blocklisted", QT_TRANSLATE_NOOP("Diagnosis", "Look up the IP on the list's website, remove the cause of the listing, then ask for delisting.")},
        {"cause.reputation-or-rate-limit", QT_TRANSLATE_NOOP("Diagnosis", "Slow down, send only to people who asked for your mail, and watch the provider's postmaster tools; retries later usually pass.")},
        {"cause.message-too-large", QT_TRANSLATE_NOOP("Diagnosis", "Send large files as a link, or compress them below the receiver's size limit.")},
        {"cause.content-rejected", QT_TRANSLATE_NOOP("Diagnosis", "Remove what looks like spam or malware (links, attachments, wording) and resend.")},
        {"cause.relay-denied", QT_TRANSLATE_NOOP("Diagnosis", "Authenticate to your outgoing server (SMTP AUTH) or send through the server responsible for your domain (RFC 5321 3.6.2).")},
        {"cause.recipient-policy", QT_TRANSLATE_NOOP("Diagnosis", "Ask the recipient to have their administrator allow your address or domain.")},
        {"cause.tls-required", QT_TRANSLATE_NOOP("Diagnosis", "Enable STARTTLS on your sending server (RFC 3207) with a valid certificate.")},
        {"cause.temporary", QT_TRANSLATE_NOOP("Diagnosis", "Nothing to change: the sending server retries by itself; resend only if it finally gives up.")},
        {"cause.unknown", QT_TRANSLATE_NOOP("Diagnosis", "Send the full bounce to your mail administrator or the receiving site's postmaster.")},
    };
    return rows;
}

} // namespace

QList<FixStep> FixCatalog::generalSteps(const QString &causeId)
{
    QList<FixStep> out;
    for (const GeneralFix &row : table()) {
        if (causeId == QLatin1String(row.cause))
            out.append(FixStep{Text(row.step), std::nullopt});
    }
    return out;
}

void FixCatalog::complete(QList<Cause> &causes)
{
    for (Cause &c : causes)
        c.fix.append(generalSteps(c.id));
}

} // namespace Diagnosis
