// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Diagnosis {

// A sentence of the diagnosis: a QT_TRANSLATE_NOOP("Diagnosis", ...) source with %1..%n
// arguments (data from the message or the DNS, never translated). JSON uses english(), the GUI
// and the CLI's human output translated(), so a sentence is never concatenated from pieces.
struct Text
{
    const char *source = nullptr;
    QStringList args;
    const char *context = "Diagnosis"; // "Codes" for knowledge-base texts

    Text() = default;
    Text(const char *src, QStringList arguments = {}, const char *ctx = "Diagnosis")
        : source(src), args(std::move(arguments)), context(ctx) {}

    bool isEmpty() const { return source == nullptr; }
    QString english() const;
    QString translated() const;
};

} // namespace Diagnosis
