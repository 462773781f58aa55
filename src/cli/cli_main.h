#pragma once

#include "cli/commands.h"

#include <QString>
#include <vector>

class QCoreApplication;

namespace jpki::cli {

// The start-up jpki-counter-cli and jpki-counter-print share once their application object
// exists: identity, logs on standard error, the messages' language (--lang), then the command
// the arguments name, or `program`'s usage listing `commands`. Returns the exit code.
int runCommandLine(QCoreApplication& app, const QString& program,
                   const std::vector<Command>& commands);

void appendCommands(std::vector<Command>& commands, std::vector<Command> more);

} // namespace jpki::cli
