// The four-items record of the card-info applet, as the card may send it.

#include "card/four_items.h"
#include "domain/utf8.h"

#include <cstdlib>

using namespace jpki::card;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> input(data, size);
    (void)fourItemsRecordLength(input.first(std::min(size, kFourItemsProbeLength)));
    if (const auto info = parseFourItems(input)) {
        if (!jpki::domain::isValidUtf8(info->name) || !jpki::domain::isValidUtf8(info->address) ||
            info->birthDateText.size() != 8) {
            std::abort();
        }
    }
    return 0;
}
