// jpki-counter-cli: the counter's rules and data for scripts, without the window.

#include "cli/commands.h"
#include "platform/app_paths.h"
#include "platform/language.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>
#include <spdlog/spdlog.h>

namespace {

std::vector<jpki::cli::Command> allCommands() {
    std::vector<jpki::cli::Command> commands = jpki::cli::rulesCommands();
    for (auto& command : jpki::cli::calendarCommands()) {
        commands.push_back(std::move(command));
    }
    for (auto& command : jpki::cli::databaseCommands()) {
        commands.push_back(std::move(command));
    }
    for (auto& command : jpki::cli::caseGenerateCommands()) {
        commands.push_back(std::move(command));
    }
    for (auto& command : jpki::cli::cardCommands()) {
        commands.push_back(std::move(command));
    }
    for (auto& command : jpki::cli::reportCommands()) {
        commands.push_back(std::move(command));
    }
    for (auto& command : jpki::cli::documentCommands()) {
        commands.push_back(std::move(command));
    }
    return commands;
}

// The document commands and `report daily --format pdf` lay out pages with QTextDocument, which
// needs a QGuiApplication; every other command stays on QCoreApplication and runs where no
// display platform exists at all.
bool laysOutDocuments(int argc, char* argv[]) {
    if (argc < 3) {
        return false;
    }
    const QString group = QString::fromLocal8Bit(argv[1]);
    const QString name = QString::fromLocal8Bit(argv[2]);
    for (const auto& command : jpki::cli::documentCommands()) {
        if (command.group == group && command.name == name) {
            return true;
        }
    }
    if (group != QLatin1String("report") || name != QLatin1String("daily")) {
        return false;
    }
    for (int i = 3; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--format=pdf") ||
            (argument == QLatin1String("--format") && i + 1 < argc &&
             QString::fromLocal8Bit(argv[i + 1]) == QLatin1String("pdf"))) {
            return true;
        }
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    if (!laysOutDocuments(argc, argv)) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    // A PDF needs fonts and layout, not a screen: without a platform chosen, draw off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

void printUsage(const std::vector<jpki::cli::Command>& commands, std::FILE* stream) {
    QString text = QStringLiteral(
        "usage: jpki-counter-cli GROUP COMMAND [options] [--json] [--lang ja|en]\n\n");
    for (const auto& command : commands) {
        text += QStringLiteral("  %1 %2 %3\n").arg(command.group, command.name, command.usage);
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

int main(int argc, char* argv[]) {
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    jpki::platform::setApplicationIdentity();
    // Logs go to standard error only, so that --json output on standard output stays clean.
    jpki::platform::initLogging(
        {.logFile = {}, .console = true, .verbose = false, .routeQtMessages = true});
    spdlog::set_level(spdlog::level::warn);

    QStringList arguments = app->arguments();
    arguments.removeFirst();
    jpki::platform::installTranslations(
        *app, jpki::platform::chooseLanguage(requestedLanguage(arguments)));

    const auto commands = allCommands();
    if (arguments.size() < 2 || arguments.first() == QLatin1String("--help")) {
        printUsage(commands, arguments.isEmpty() || arguments.first() != QLatin1String("--help")
                                 ? stderr
                                 : stdout);
        return arguments.size() == 1 && arguments.first() == QLatin1String("--help") ? 0 : 2;
    }
    for (const auto& command : commands) {
        if (command.group == arguments.at(0) && command.name == arguments.at(1)) {
            return command.run(arguments.mid(2));
        }
    }
    printUsage(commands, stderr);
    return 2;
}
