#pragma once

// UTF-8 decoding for the rules that look at text one character at a time (PINs, stored free text)
// and for the card's texts: one strict decoder.

#include <cstddef>
#include <optional>
#include <string_view>

namespace jpki::domain {

// The code point at `position`, moving past it; nothing, with `position` unchanged, for a
// malformed sequence (a stray or truncated byte, an overlong form, a surrogate, anything above
// U+10FFFF).
std::optional<char32_t> decodeUtf8(std::string_view text, std::size_t& position);

// C0, DEL and C1: the control characters no stored text or password holds (a line feed only
// where a text kind allows it).
bool isControlCharacter(char32_t codePoint);

// True for well-formed UTF-8.
bool isValidUtf8(std::string_view text);

} // namespace jpki::domain
