// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "codes/Explanation.h"
#include "codes/LineParser.h"

namespace Report {

// The readable explanation of one pasted SMTP reply or status line ("bouncelens-cli explain"):
// the codes and their class, title, provider, bounce reason, hard or soft, meanings of the
// reply and enhanced codes, likely causes, what to do, live checks, the failed SMTP command,
// the entities named, notes; or a hint when the line was not recognized.
// Plain text: the entities and provider tags echo the input as it is; whoever writes the text
// to a terminal escapes it (Util::escapeTerminal).
class LineTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::LineTextBuilder)

public:
    static QString build(const Codes::ParsedLine &line);
    // The explanation part alone (also under a mail-log result, LogTextBuilder).
    static QString explanation(const Codes::ParsedLine &line, const Codes::Explanation &e);
    // "  label" and each item as "    - item"; nothing for no items.
    static QString list(const QString &label, const QStringList &items);
    // The provider's name for Codes::ParsedLine::provider ("gmail" -> "Gmail / Google Workspace").
    static QString providerTitle(const QString &key);

private:
    static QString header(const Codes::ParsedLine &line, const Codes::Explanation &e);
    static QString details(const Codes::ParsedLine &line, const Codes::Explanation &e);
};

} // namespace Report
