// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dsn/BounceAnalysis.h"
#include "logs/HeaderBlock.h"

namespace Report {

// The readable text of a message header pasted on its own, read as the returned original
// (Logs::readHeaderBlock): From, To, Subject, Date, Message-ID, Return-Path, the sending IP,
// DKIM signatures, Authentication-Results, the Received hops in travel order, the
// "bouncelens-cli check" command that runs the sender's live checks, and the problems met.
// Plain text: every field is the header's own text; whoever writes the text to a terminal
// escapes it (Util::escapeTerminal).
class HeaderBlockTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::HeaderBlockTextBuilder)

public:
    static QString build(const Dsn::BounceAnalysis &analysis);

private:
    static QString fields(const Dsn::OriginalMessage &original, const Logs::HeaderCheckTarget &target);
    static QString hops(const Dsn::OriginalMessage &original);
    static QString checkCommand(const Logs::HeaderCheckTarget &target);
};

} // namespace Report
