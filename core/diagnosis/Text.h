// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

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
    // Bit n-1 set: argument n is itself an English source text of this context (a phrase that
    // stands on its own, after a colon), translated along with the pattern.
    quint32 translatedArgs = 0;
    // When not empty, the arguments are these texts (then args is unused): a sentence quoting
    // other texts, each English in english() and translated in translated().
    std::vector<Text> textArgs;

    Text() = default;
    Text(const char *src, QStringList arguments = {}, const char *ctx = "Diagnosis")
        : source(src), args(std::move(arguments)), context(ctx) {}

    // A value shown as it is in every language: a protocol token ("softfail", "pass") or a
    // record. The pattern is not marked for translation, so translated() gives the value.
    static Text verbatim(const QString &value) { return Text("%1", {value}); }

    Text(const char *src, std::vector<Text> arguments, const char *ctx = "Diagnosis")
        : source(src), context(ctx), textArgs(std::move(arguments)) {}

    // Marks argument n (1-based) as a translatable phrase (see translatedArgs).
    Text &translateArg(int n)
    {
        translatedArgs |= 1u << (n - 1);
        return *this;
    }

    bool isEmpty() const { return source == nullptr; }
    QString english() const { return rendered(false); }
    QString translated() const { return rendered(true); }

private:
    QString rendered(bool translate) const;
};

} // namespace Diagnosis
