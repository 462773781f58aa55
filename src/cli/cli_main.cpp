#include "cli/cli_main.h"

#include "cli/cli_support.h"
#include "platform/app_paths.h"
#include "platform/language.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <cstdio>
#include <optional>
#include <spdlog/spdlog.h>

namespace jpki::cli {

namespace {

void printUsage(const QString& program, const std::vector<Command>& commands, std::FILE* stream) {
    QString text = QStringLiteral("usage: %1 GROUP COMMAND [options] [--json] [--lang ja|en]\n\n")
                       .arg(program);
    for (const auto& command : commands) {
        const QString name = command.name.isEmpty()
                                 ? command.group
                                 : command.group + QLatin1Char(' ') + command.name;
        text += QStringLiteral("  %1 %2\n").arg(name, command.usage);
    }
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

// --lang is read before any command runs, so that every message, even a usage error, is in
// the chosen language.
std::optional<QString> requestedLanguage(const QStringList& arguments) {
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang="))) {
            return argument.mid(7);
        }
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
    }
    return std::nullopt;
}

} // namespace

int runCommandLine(QCoreApplication& app, const QString& program,
                   const std::vector<Command>& commands) {
    platform::setApplicationIdentity();
    // Logs go to standard error only, so that --json output on standard output stays clean.
    platform::initLogging(
        {.logFile = {}, .console = true, .verbose = false, .routeQtMessages = true});
    spdlog::set_level(spdlog::level::warn);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    // Qt's own texts are loaded only when a command's help or a parser error shows them.
    platform::installProjectTranslation(app,
                                        platform::chooseLanguage(requestedLanguage(arguments)));

    for (const auto& command : commands) {
        if (!arguments.isEmpty() && command.group == arguments.at(0) &&
            (command.name.isEmpty() ||
             (arguments.size() >= 2 && command.name == arguments.at(1)))) {
            return command.run(arguments.mid(command.name.isEmpty() ? 1 : 2));
        }
    }
    // As the window answers it (QCommandLineParser): the program and the project's version.
    if (arguments == QStringList{QStringLiteral("--version")}) {
        std::fprintf(stdout, "%s %s\n", qPrintable(program), JPKI_VERSION);
        return Success;
    }
    // No command named: the usage, as asked for (exit 0) or as the answer to a mistake.
    const bool askedForHelp =
        arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    printUsage(program, commands, askedForHelp ? stdout : stderr);
    return askedForHelp ? Success : Failure;
}

void appendCommands(std::vector<Command>& commands, std::vector<Command> more) {
    for (auto& command : more) {
        commands.push_back(std::move(command));
    }
}

} // namespace jpki::cli
