#pragma once

// Strict UTF-8 check for text that comes from the card: names and addresses.

#include <string_view>

namespace jpki::card {

// True for well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

} // namespace jpki::card
