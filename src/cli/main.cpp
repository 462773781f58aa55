// jpki-counter-cli: the counter's rules and data for scripts, without the window. The commands
// that lay out pages run in jpki-counter-print, which links Qt Gui so that this program need not
// load it: every other command starts faster.

#include "cli/cli_main.h"
#include "cli/cli_support.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <array>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

using jpki::cli::Command;
using jpki::cli::Invocation;

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

// jpki-counter-print, where it was looked for, and why it could not be run (errno).
struct HandOver {
    std::string program;
    int error = 0;
};

// case letter, case receipt and report daily --format pdf lay out pages with QTextDocument, which
// needs Qt Gui and a QGuiApplication: jpki-counter-print runs them.
bool laysOutDocuments(int argc, char* argv[]) {
    if (argc < 3) {
        return false;
    }
    const QString group = QString::fromLocal8Bit(argv[1]);
    const QString name = QString::fromLocal8Bit(argv[2]);
    for (const auto& command : jpki::cli::documentCommands({}, {})) {
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

// `name` in this program's own folder, wherever it was started from; empty when /proc cannot
// say, so that nothing is ever run from the current folder or the PATH instead.
std::string programBeside(const char* name) {
    std::array<char, PATH_MAX> self{};
    const ssize_t length = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (length <= 0) {
        return {};
    }
    const std::string path(self.data(), static_cast<std::size_t>(length));
    return path.substr(0, path.rfind('/') + 1) + name;
}

// Replaces this process with jpki-counter-print, same arguments, same standard streams; returns
// only when it could not.
HandOver handOverToPrintProgram(char* argv[]) {
    HandOver handOver{programBeside("jpki-counter-print")};
    ::execv(handOver.program.c_str(), argv);
    handOver.error = errno;
    return handOver;
}

int cannotHandOver(Invocation& call, const HandOver& handOver) {
    //: en: This command lays out pages, which jpki-counter-print does, and it could not be run: %1 (%2). Install jpki-counter-print in the same folder as jpki-counter-cli.
    const QString message = CliText::tr(
        "このコマンドはページを組むため jpki-counter-print が実行しますが、実行できませんでした: %1(%2)。jpki-counter-print を jpki-counter-cli と同じフォルダーに置いてください。");
    return call.fail(message.arg(QString::fromStdString(handOver.program),
                                 QString::fromLocal8Bit(std::strerror(handOver.error))));
}

// Every command for the usage; those that lay out pages are here only reached when the hand-over
// failed, and then say why.
std::vector<Command> cliCommands(const HandOver& handOver) {
    std::vector<Command> commands = jpki::cli::rulesCommands();
    jpki::cli::appendCommands(commands, jpki::cli::calendarCommands());
    jpki::cli::appendCommands(commands, jpki::cli::databaseCommands());
    jpki::cli::appendCommands(commands, jpki::cli::caseGenerateCommands());
    jpki::cli::appendCommands(commands, jpki::cli::cardCommands());
    jpki::cli::appendCommands(commands, jpki::cli::configCommands());
    jpki::cli::appendCommands(commands, jpki::cli::diagnoseCommands());
    jpki::cli::appendCommands(
        commands, jpki::cli::reportCommands([&handOver](Invocation& call, jpki::storage::CaseStore&,
                                                        jpki::cli::DailyReportPdf) {
            return cannotHandOver(call, handOver);
        }));
    for (Command& command : jpki::cli::documentCommands({}, {})) {
        command.run = [&handOver,
                       name = command.group + QLatin1Char(' ') + command.name](const QStringList&) {
            Invocation call(name);
            return cannotHandOver(call, handOver);
        };
        commands.push_back(std::move(command));
    }
    return commands;
}

} // namespace

int main(int argc, char* argv[]) {
    HandOver handOver;
    // Before any Qt object exists: a page-laying command costs this program no more than a look
    // at its arguments.
    if (laysOutDocuments(argc, argv)) {
        handOver = handOverToPrintProgram(argv);
    }
    QCoreApplication app(argc, argv);
    return jpki::cli::runCommandLine(app, QStringLiteral("jpki-counter-cli"),
                                     cliCommands(handOver));
}
