// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHostAddress>
#include <QString>

namespace Auth {

// Everything a macro-string can refer to (RFC 7208 7.2).
struct SpfMacroContext
{
    QHostAddress ip;
    QString localPart;      // "l": local-part of <sender>
    QString senderDomain;   // "o": domain of <sender>
    QString domain;         // "d": the current <domain>
    QString helo;           // "h"
    QString receiver;       // "r" (exp only)
    qint64 timestamp = 0;   // "t" (exp only)
    std::function<QString()> validatedName; // "p": computed on demand, costs DNS queries
};

// Macro-strings (RFC 7208 7.1). Syntax is checked before evaluation (4.6: a syntax error anywhere
// makes the record a permerror); expansion assumes a valid string.
class SpfMacro
{
public:
    // True when `text` is a valid macro-string; `inExplanation` also allows c, r, t (7.2).
    static bool isValid(const QString &text, bool inExplanation, QString *error = nullptr);
    // Expands a valid macro-string. Upper-case macro letters are URL-escaped (7.3).
    static QString expand(const QString &text, const SpfMacroContext &context, bool inExplanation);
    // domain-spec for a query: expanded, trailing dot dropped, and shortened from the left to at
    // most 253 characters by removing whole labels (7.3).
    static QString expandDomain(const QString &text, const SpfMacroContext &context);
    static bool containsMacro(const QString &text);
};

} // namespace Auth
