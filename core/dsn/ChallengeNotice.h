// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "TextDecoding.h"

namespace Dsn {

// Challenge-response filters (TMDA, Active Spam Killer, qconfirm, Spam Arrest, Boxbe, Sendio,
// Mailinblack, sender-verification services) hold a message until its sender answers a
// question. Their notices often borrow a bounce's form (a null sender, Exim's "created
// automatically by mail delivery software" line, even a delivery-status part with "Action:
// delayed"), but no delivery failed or is being retried: the sender has to reply to the
// challenge or be allowlisted by the recipient.
class ChallengeNotice
{
public:
    // The filter that sent the notice ("tmda", "ask", "qconfirm", ...; "challenge-response"
    // when only the wording tells), or empty when the message is no challenge. Reads the
    // header, the subject and the head of the human-readable text (the request comes first).
    [[nodiscard]] static QString detect(const QList<RawHeader> &header, const QString &subject, QStringView text);
};

} // namespace Dsn
