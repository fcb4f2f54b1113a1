// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

namespace Cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list; // function-local: safe against static-initialisation order
    return list;
}
} // namespace

CommandRegistrar::CommandRegistrar(Command command)
{
    registry().append(command);
}

const QList<Command> &commands()
{
    return registry();
}

} // namespace Cli
