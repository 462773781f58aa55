#include "platform/logging.h"

#include "platform/durable_file.h"

#include <QtGlobal>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace jpki::platform {

namespace {

constexpr std::size_t kMaxLogFileBytes = 5 * 1024 * 1024;
constexpr std::size_t kKeptLogFiles = 5;
const char* const kSubsystems[] = {"app", "gui", "card", "apdu", "db", "workflow", "cli", "qt"};

std::mutex sinksMutex;
std::vector<spdlog::sink_ptr> currentSinks;
spdlog::level::level_enum currentLevel = spdlog::level::info;

void qtMessageToLog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const auto qtLogger = logger("qt");
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        qtLogger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        qtLogger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        qtLogger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        qtLogger->error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        qtLogger->critical("[{}] {}", category, text);
        qtLogger->flush();
        break;
    }
}

std::shared_ptr<spdlog::logger> makeLogger(const std::string& name) {
    auto created = std::make_shared<spdlog::logger>(name, currentSinks.begin(), currentSinks.end());
    created->set_level(currentLevel);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

// spdlog opens its files with fopen(3), which leaves the mode to the umask: each file (the log
// and every one a rotation starts) is made 0600 before it is opened and set so after, so that
// one kept from an older version is tightened too. Logs name staff and cases.
spdlog::file_event_handlers privateLogFiles() {
    spdlog::file_event_handlers handlers;
    handlers.before_open = [](const spdlog::filename_t& name) {
        const int made =
            ::open(name.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, kPrivateFileMode);
        if (made >= 0) {
            ::close(made);
        }
    };
    handlers.after_open = [](const spdlog::filename_t&, std::FILE* stream) {
        ::fchmod(::fileno(stream), kPrivateFileMode);
    };
    return handlers;
}

} // namespace

void initLogging(const LoggingOptions& options) {
    {
        std::lock_guard lock(sinksMutex);
        currentSinks.clear();
        if (options.console) {
            auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
            console->set_pattern("%H:%M:%S.%e %^%-5l%$ [%n] %v");
            currentSinks.push_back(console);
        }
        if (!options.logFile.isEmpty()) {
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    options.logFile.toStdString(), kMaxLogFileBytes, kKeptLogFiles, false,
                    privateLogFiles());
                file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %-5l [%n] [%t] %v");
                currentSinks.push_back(file);
            } catch (const spdlog::spdlog_ex&) {
                // An unwritable log folder must not stop the counter; the console still logs.
            }
        }
        currentLevel = options.verbose ? spdlog::level::debug : spdlog::level::info;
        spdlog::drop_all();
        for (const char* name : kSubsystems) {
            makeLogger(name);
        }
        spdlog::set_default_logger(spdlog::get("app"));
    }
    if (options.routeQtMessages) {
        qInstallMessageHandler(qtMessageToLog);
    }
}

std::shared_ptr<spdlog::logger> logger(const std::string& name) {
    std::lock_guard lock(sinksMutex);
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    return makeLogger(name);
}

void shutdownLogging() {
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace jpki::platform
