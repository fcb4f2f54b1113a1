// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "BounceAnalysis.h"
#include "FreeTextParser.h"
#include "TextDecoding.h"

namespace Dsn {

// Recipients written without a domain: a local part or screen name. Sendmail lists the
// address as the sender typed it (savemail.c prints q_paddr under "The following addresses
// had permanent fatal errors", so a local user is "kijitora"), its transcript says
// "550 5.1.1 kijitora... User unknown" (usrerr's "%s... User unknown"), older MTAs write
// "kijitora: user unknown", AOL named screen names. Such a name is still the recipient.
class ScreenNames
{
public:
    // Recipient blocks of names without '@' in a bounce's error section (offsets in it).
    [[nodiscard]] static QList<FreeTextRecipient> find(const QString &section);

    struct Completion
    {
        QString address; // name@domain, or empty when the context does not tell one domain
        QString from;    // "original-to" or "reporting-mta"
    };

    // The domain for `name` when the notice's own context gives exactly one: the returned
    // original's To/Cc address with that local part, or else the host of the reporting MTA
    // (Reporting-MTA, Postfix's "at host X", qmail's "program at X", a MAILER-DAEMON@X
    // sender) when all that are present agree, which is where a local delivery failed; sendmail
    // does the same in its own DSN ("Final-Recipient: rfc822; user@$j", savemail.c errbody).
    [[nodiscard]] static Completion complete(const QString &name, const BounceAnalysis &a, const QString &errorSection,
                                             const QList<RawHeader> &bounceHeader);
};

} // namespace Dsn
