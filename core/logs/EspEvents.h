// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "DeliveryResult.h"

namespace Logs {

struct EspRead
{
    bool json = false;  // the text was JSON (a document, an array, or JSON lines)
    int events = 0;     // JSON objects seen
    QList<DeliveryResult> results;
};

// Reads sending-service events: Amazon SES bounce notifications (also wrapped in an SNS
// "Notification"), SendGrid event webhook posts, Mailgun events (webhook "event-data" or an
// events API page with "items"), Postmark bounce webhooks; as one object, an array, or one
// object per line (JSON lines). Events that are not failures (delivered, open, click) give no
// result. json=false when the text is not JSON at all.
EspRead readEspJson(const QByteArray &text);

// One event object (already parsed); empty when it is no failure of a known service.
QList<DeliveryResult> readEspEvent(const QJsonObject &event);

} // namespace Logs
