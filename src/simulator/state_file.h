#pragma once

// The state file: a line-based text file ending with a SHA-256 of everything before it.
// A file is read whole and checked before any of it is used, so a corrupt or foreign file is
// refused as a whole, never half-read. Writes go to a temporary file renamed over the old one.

#include "simulator/card_state.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jpki::sim {

class StateFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::string_view stateFileMagic = "jpki-card-sim state v1";

std::string serializeState(const CardState& state);
// `origin` names the source in error messages (usually the path).
CardState parseState(std::string_view text, const std::string& origin);

void saveState(const CardState& state, const std::filesystem::path& path);
CardState loadState(const std::filesystem::path& path);

} // namespace jpki::sim
