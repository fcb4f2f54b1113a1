// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "dsn/MessageSource.h"

// What "analyze" prints for one message, shared by the supervisor and its workers
// (AnalyzeSupervisor.h): the text is built where the message was analysed and only copied
// to standard output by the supervisor, in input order.
namespace Cli::Analyze {

enum class Format { Human, Json, JsonLines };

struct Outcome
{
    QByteArray text; // what to print for this message
    QStringList reasons;
    QStringList domains;
    bool readError = false; // an error object was printed (exit 1)
};

// Analyses one message and formats its answer. Never throws: an exception escaping the
// analyzer (memory exhaustion included) becomes an error object for that message.
Outcome analyzeOne(const Dsn::SourceMessage &m, Format format);

// The error object (JSON) or line (human) for a message that got no analysis.
QByteArray errorText(const QString &name, const QString &error, Format format);

} // namespace Cli::Analyze
