// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Diagnosis {

// The piece of a remote reply worth quoting as evidence: the sentence that holds `focus` (the
// phrase a rule matched), else the opening sentences, at most `limit` characters, cut at a
// word, never inside a URL. A joined multi-line reply repeats its codes on every line
// ("550-5.7.26 ... 550-5.7.26 ...", RFC 5321 4.2.1); the repetitions are dropped.
class ReplyExcerpt
{
public:
    static QString of(const QString &reply, const QString &focus = QString(), int limit = 300);
};

} // namespace Diagnosis
