// BER-TLV: parsing is total, nested templates are walked, and every element re-encodes to
// bytes that parse back to it.

#include "card/ber_tlv.h"

#include <cstdlib>

using namespace jpki::card;

namespace {

void walk(const std::vector<TlvElement>& elements, int depth) {
    for (const TlvElement& element : elements) {
        const Bytes encoded = encodeTlv(element.tag, element.value);
        const auto reparsed = parseTlvElement(encoded);
        if (!reparsed || reparsed->tag != element.tag || reparsed->value != element.value) {
            std::abort();
        }
        if (element.constructed && depth < 8) {
            if (const auto children = element.children()) {
                walk(*children, depth + 1);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> input(data, size);
    if (const auto header = parseTlvHeader(input)) {
        if (header->headerLength > size) {
            std::abort();
        }
    }
    if (const auto elements = parseTlvSequence(input)) {
        walk(*elements, 0);
    }
    return 0;
}
