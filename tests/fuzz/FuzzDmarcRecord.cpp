// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the DMARC record parser (RFC 7489 6.3, 6.4): lenient, never crashing.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "auth/dmarc/DmarcRecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Auth::DmarcRecord::looksLikeDmarc(text);
    const Auth::DmarcRecord record = Auth::DmarcRecord::parse(text, QStringLiteral("example.org"));
    if (record.pct < 0 || record.pct > 100)
        __builtin_trap();
    return 0;
}
