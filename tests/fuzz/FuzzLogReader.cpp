// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what "explain -" and the desktop paste box do with pasted log text: each
// line (or the whole input when it looks like JSON: ESP events) through Logs::readPastedInput,
// its results into a LogSummary and out as JSON. The readers are hand-written scanners (Postfix
// delivery line, entity scanners): any text must give an answer, never a crash or a hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "logs/LogSummary.h"
#include "logs/PastedInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList inputs = Logs::looksLikeJson(text) ? QStringList{text} : text.split(QLatin1Char('\n'));
    Logs::LogSummary summary;
    for (const QString &input : inputs) {
        const Logs::PastedInput p = Logs::readPastedInput(input);
        summary.lines += p.lines;
        for (const Logs::DeliveryResult &r : p.results) {
            summary.add(r);
            (void)r.toJson();
        }
        // A result is only ever read from an input that is a log line or an event.
        if (!p.results.isEmpty() && p.kind != Logs::PastedInput::Kind::Results)
            __builtin_trap();
    }
    (void)summary.toJson();
    return 0;
}
