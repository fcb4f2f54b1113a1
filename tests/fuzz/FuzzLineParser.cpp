// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the SMTP line parser behind "explain" and every recipient of "analyze":
// any text must give a ParsedLine, an explanation and JSON, never a crash or a hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

#include "codes/Explanation.h"
#include "codes/LineParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Codes::ParsedLine p = Codes::parseLine(text);
    // A reply code is three digits, 2xx to 5xx (RFC 5321 section 4.2).
    if (!p.replyCode.isEmpty() && (p.replyCode.size() != 3 || p.replyCode.at(0) < QLatin1Char('2') || p.replyCode.at(0) > QLatin1Char('5')))
        __builtin_trap();
    (void)Codes::explain(p, false);
    (void)Codes::toJson(p);
    return 0;
}
