// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the DSN parser: any bytes must give an analysis, never a crash or hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "dsn/BounceAnalyzer.h"
#include "dsn/DeliveryStatusParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dsn::BounceAnalysis a = Dsn::BounceAnalyzer::analyze(raw);
    // Every span must lie inside the text it points into.
    for (const Dsn::RecipientResult &r : a.recipients) {
        for (const Dsn::DsnField &f : r.fields) {
            if (f.span.isValid() && f.span.offset + f.span.length > a.bounceText.size())
                __builtin_trap();
        }
    }
    (void)Dsn::DeliveryStatusParser::parse(QString::fromLatin1(raw), 0);
    return 0;
}
