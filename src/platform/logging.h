#pragma once

#include <QString>
#include <memory>
#include <spdlog/logger.h>
#include <string>

namespace jpki::platform {

struct LoggingOptions {
    QString logFile;      // rotating file; empty: no file
    bool console = true;  // standard error
    bool verbose = false; // debug level instead of info
    bool routeQtMessages = true;
};

// Sets up the rotating file and console sinks, the named subsystem loggers (app, gui, card,
// apdu, db, workflow, cli, qt) and, when asked, routes Qt's own messages into the "qt" logger.
// Safe to call more than once: later calls replace the sinks.
void initLogging(const LoggingOptions& options);

// The named logger, created on the current sinks if it does not exist yet.
std::shared_ptr<spdlog::logger> logger(const std::string& name);

void shutdownLogging();

} // namespace jpki::platform
