// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "DeliveryResult.h"

namespace Logs {

// A Sendmail delivery line ("to=..., delay=..., relay=..., dsn=5.1.1, stat=User unknown");
// one result per recipient named in to=. stat=Sent and other lines give nothing.
QList<DeliveryResult> readSendmailLine(const QString &line);

} // namespace Logs
