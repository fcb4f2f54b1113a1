// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Diagnosis {

// Recipient domains that are one slip away from a big mailbox domain (gmial.com, hotmial.com,
// outlok.com, yaho.com). The suggestion alone is a hint; the diagnosis adds whether the typo
// domain receives mail at all (its MX).
class TypoDomains
{
public:
    // The big mailbox domains compared against (public market-share lists of consumer mail).
    static const QStringList &mailboxDomains();
    // The intended domain, or empty when `domain` is a known domain or not close to any.
    static QString suggest(const QString &domain);
    // Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).
    static int distance(const QString &a, const QString &b);
};

} // namespace Diagnosis
