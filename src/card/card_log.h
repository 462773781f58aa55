#pragma once

// The card layer's spdlog loggers: "card" for operations, "apdu" for every exchange. Both are
// looked up by name on each use, so an application (or a test) may register its own loggers
// under these names with its own sinks; otherwise they are created sharing the default
// logger's sinks.

#include "card/apdu.h"

#include <memory>
#include <spdlog/logger.h>
#include <string>

namespace jpki::card {

std::shared_ptr<spdlog::logger> cardLogger();
std::shared_ptr<spdlog::logger> apduLogger();

// "00 A4 04 0C 0A D3 92 ..." for the log. The data of VERIFY, CHANGE REFERENCE DATA and
// RESET RETRY COUNTER is replaced by "<redacted>"; the data of other commands except SELECT is
// shown as its length only, since it may be personal (certificates, signatures).
std::string describeCommand(const CommandApdu& command);
// "90 00, 1234 bytes": never the data, which may be personal (four items, certificates).
std::string describeResponse(const ResponseApdu& response);

} // namespace jpki::card
