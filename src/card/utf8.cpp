#include "card/utf8.h"

#include <cstdint>

namespace jpki::card {

bool isValidUtf8(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        const auto firstByte = static_cast<std::uint8_t>(text[at]);
        std::size_t continuation = 0;
        std::uint32_t codePoint = 0;
        std::uint32_t minimum = 0;
        if (firstByte < 0x80) {
            ++at;
            continue;
        } else if ((firstByte & 0xE0) == 0xC0) {
            continuation = 1;
            codePoint = firstByte & 0x1F;
            minimum = 0x80;
        } else if ((firstByte & 0xF0) == 0xE0) {
            continuation = 2;
            codePoint = firstByte & 0x0F;
            minimum = 0x800;
        } else if ((firstByte & 0xF8) == 0xF0) {
            continuation = 3;
            codePoint = firstByte & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (text.size() - at - 1 < continuation) {
            return false;
        }
        for (std::size_t i = 1; i <= continuation; ++i) {
            const auto next = static_cast<std::uint8_t>(text[at + i]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return false;
        }
        at += continuation + 1;
    }
    return true;
}

} // namespace jpki::card
