// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

#include "AnalyzeOutput.h"

// The worker side of "analyze" batch isolation (AnalyzeSupervisor.h), and the frames both
// sides exchange over the worker's standard input and output. A frame is a 4-byte big-endian
// length and a QDataStream payload: a request carries one message (name, bytes, problems), a
// response its Outcome. A worker answers its requests one at a time, in the order received.
namespace Cli::Analyze {

QByteArray encodeRequest(const Dsn::SourceMessage &m);
QByteArray encodeResponse(const Outcome &o);
// A complete frame's payload (without the length); nullopt when it does not decode.
std::optional<Outcome> decodeResponse(const QByteArray &payload);

// Length of the frame at the start of `buffer` (header included) once it is complete, else 0.
qsizetype completeFrameSize(const QByteArray &buffer);

// "bouncelens-cli analyze --worker [--json|--jsonl]": reads requests on fd 0 until EOF and
// writes one response per request on fd 1. Returns the exit status.
int runWorker(Format format);

} // namespace Cli::Analyze
