#include "card/card_log.h"

#include "card/commands.h"
#include "card/hex.h"

#include <cstdio>
#include <mutex>
#include <spdlog/spdlog.h>

namespace jpki::card {

namespace {

std::shared_ptr<spdlog::logger> namedLogger(const std::string& name) {
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    static std::mutex creation;
    const std::lock_guard lock(creation);
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    std::shared_ptr<spdlog::logger> created;
    if (const auto fallback = spdlog::default_logger()) {
        created = std::make_shared<spdlog::logger>(name, fallback->sinks().begin(),
                                                   fallback->sinks().end());
        created->set_level(fallback->level());
    } else {
        created = std::make_shared<spdlog::logger>(name);
    }
    spdlog::register_logger(created);
    return created;
}

} // namespace

std::shared_ptr<spdlog::logger> cardLogger() {
    return namedLogger("card");
}
std::shared_ptr<spdlog::logger> apduLogger() {
    return namedLogger("apdu");
}

std::string describeCommand(const CommandApdu& command) {
    const std::uint8_t header[] = {command.cla, command.ins, command.p1, command.p2};
    std::string text = toHex(header, " ");
    if (!command.data.empty()) {
        char length[32];
        std::snprintf(length, sizeof length, " Lc=%zu", command.data.size());
        text += length;
        if (commands::carriesPin(command)) {
            text += " <redacted>";
        } else if (command.ins == commands::kInsSelect) {
            text += ' ';
            text += toHex(command.data, " ");
        } else {
            text += " <data>";
        }
    }
    if (command.le) {
        char length[32];
        std::snprintf(length, sizeof length, " Le=%u", *command.le);
        text += length;
    }
    return text;
}

std::string describeResponse(const ResponseApdu& response) {
    char text[48];
    std::snprintf(text, sizeof text, "%02X %02X, %zu bytes", response.sw1(), response.sw2(),
                  response.data.size());
    return text;
}

} // namespace jpki::card
