// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cli {

// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitOk = 0,
    ExitNotRecognized = 1, // explain: the input is not an SMTP error
    ExitUsage = 2,
    ExitDnsUnreachable = 3,
};

using CommandFunction = int (*)(const QStringList &args); // args without the program and subcommand

struct Command
{
    const char *name;
    const char *summary; // one line, shown by "bouncelens-cli --help"
    CommandFunction run;
};

// Called from a static object in each *Command.cpp.
class CommandRegistrar
{
public:
    explicit CommandRegistrar(Command command);
};

const QList<Command> &commands();

} // namespace Cli
