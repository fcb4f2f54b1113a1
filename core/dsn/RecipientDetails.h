// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BounceAnalysis.h"
#include "DeliveryStatusParser.h"
#include "FreeTextParser.h"
#include "TextDecoding.h"

namespace Dsn {

// Turns parsed evidence (DSN groups, free-text blocks, ARF fields) into recipients with
// status, reply code, command and reason, and sets the message kind.
class RecipientDetails
{
public:
    struct Context
    {
        BounceAnalysis *analysis;
        const FreeTextResult *free;
        const QList<RawHeader> *topHeader;
    };

    static void readDeliveryStatus(const Context &ctx, const DeliveryStatus &ds);
    static void readFreeText(const Context &ctx);
    static void readFeedback(const Context &ctx, const QString &feedbackText);

    // Fills status, reply code, command, reason and hard bounce from what the recipient has.
    // `defaultClass` ('4' or '5') is used when neither a status nor a reply code is known.
    static void complete(RecipientResult &r, QChar defaultClass);
};

} // namespace Dsn
