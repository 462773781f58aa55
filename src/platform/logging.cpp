#include "platform/logging.h"

#include <QtGlobal>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
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
                    options.logFile.toStdString(), kMaxLogFileBytes, kKeptLogFiles);
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
