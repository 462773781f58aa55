#pragma once

// BER-TLV as cards use it (ISO 7816-4 annex D, X.690): tags of one to three bytes, lengths in
// short form or long form with up to four length bytes, constructed templates. Parsing is total:
// a truncated or overlong input, an indefinite length or a tag longer than three bytes is a
// MalformedResponse, and nothing is read past the input.

#include "card/apdu.h"
#include "card/result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace jpki::card {

// Tag bytes read as a big-endian number: 0x30, 0xDF21, 0xFF20, 0x5F2D ...
using TlvTag = std::uint32_t;

struct TlvHeader {
    TlvTag tag = 0;
    bool constructed = false;
    std::size_t headerLength = 0; // tag and length bytes
    std::size_t valueLength = 0;

    std::size_t totalLength() const { return headerLength + valueLength; }
};

struct TlvElement {
    TlvTag tag = 0;
    bool constructed = false;
    Bytes value;

    // The elements inside a constructed element's value.
    Result<std::vector<TlvElement>> children() const;
};

// Reads the tag and length at the start of `bytes`; the value need not be there yet, so that
// a caller can learn how much more to read.
Result<TlvHeader> parseTlvHeader(std::span<const std::uint8_t> bytes);

// Reads one element at the start of `bytes`; `consumed` (when given) receives its length.
Result<TlvElement> parseTlvElement(std::span<const std::uint8_t> bytes,
                                   std::size_t* consumed = nullptr);

// Reads elements until the input ends; the input must end exactly after the last one.
Result<std::vector<TlvElement>> parseTlvSequence(std::span<const std::uint8_t> bytes);

// The first element with the tag, or nothing.
const TlvElement* findTlv(const std::vector<TlvElement>& elements, TlvTag tag);

// Encodes tag, minimal length and value. The tag's byte count follows its magnitude.
Bytes encodeTlv(TlvTag tag, std::span<const std::uint8_t> value);

} // namespace jpki::card
