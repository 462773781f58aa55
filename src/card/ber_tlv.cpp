#include "card/ber_tlv.h"

namespace jpki::card {

namespace {

constexpr std::size_t kMaxTagBytes = 3;
constexpr std::size_t kMaxLengthBytes = 4;

CardError malformed(const char* what) {
    return CardError(CardErrorCode::MalformedResponse, what);
}

} // namespace

Result<TlvHeader> parseTlvHeader(std::span<const std::uint8_t> bytes) {
    if (bytes.empty()) {
        return malformed("TLV: no tag");
    }
    TlvHeader header;
    std::size_t at = 0;
    const std::uint8_t first = bytes[at++];
    header.constructed = (first & 0x20) != 0;
    header.tag = first;
    if ((first & 0x1F) == 0x1F) {
        // Subsequent tag bytes: bit 8 set on all but the last.
        for (;;) {
            if (at >= bytes.size()) {
                return malformed("TLV: truncated tag");
            }
            if (at >= kMaxTagBytes) {
                return malformed("TLV: tag longer than three bytes");
            }
            const std::uint8_t next = bytes[at];
            if (at == 1 && next == 0x80) {
                return malformed("TLV: tag with a leading zero group");
            }
            header.tag = (header.tag << 8) | next;
            ++at;
            if ((next & 0x80) == 0) {
                break;
            }
        }
    }
    if (at >= bytes.size()) {
        return malformed("TLV: no length");
    }
    const std::uint8_t lengthByte = bytes[at++];
    if (lengthByte < 0x80) {
        header.valueLength = lengthByte;
    } else {
        const std::size_t lengthBytes = lengthByte & 0x7F;
        if (lengthBytes == 0) {
            return malformed("TLV: indefinite length");
        }
        if (lengthBytes > kMaxLengthBytes) {
            return malformed("TLV: length field longer than four bytes");
        }
        if (bytes.size() - at < lengthBytes) {
            return malformed("TLV: truncated length");
        }
        std::size_t length = 0;
        for (std::size_t i = 0; i < lengthBytes; ++i) {
            length = (length << 8) | bytes[at++];
        }
        header.valueLength = length;
    }
    header.headerLength = at;
    return header;
}

Result<TlvElement> parseTlvElement(std::span<const std::uint8_t> bytes, std::size_t* consumed) {
    Result<TlvHeader> header = parseTlvHeader(bytes);
    if (!header) {
        return header.error();
    }
    if (bytes.size() - header->headerLength < header->valueLength) {
        return malformed("TLV: value runs past the end");
    }
    TlvElement element;
    element.tag = header->tag;
    element.constructed = header->constructed;
    const auto value = bytes.subspan(header->headerLength, header->valueLength);
    element.value.assign(value.begin(), value.end());
    if (consumed != nullptr) {
        *consumed = header->totalLength();
    }
    return element;
}

Result<std::vector<TlvElement>> parseTlvSequence(std::span<const std::uint8_t> bytes) {
    std::vector<TlvElement> elements;
    while (!bytes.empty()) {
        std::size_t consumed = 0;
        Result<TlvElement> element = parseTlvElement(bytes, &consumed);
        if (!element) {
            return element.error();
        }
        elements.push_back(std::move(element).value());
        bytes = bytes.subspan(consumed);
    }
    return elements;
}

Result<std::vector<TlvElement>> TlvElement::children() const {
    if (!constructed) {
        return malformed("TLV: primitive element has no children");
    }
    return parseTlvSequence(value);
}

const TlvElement* findTlv(const std::vector<TlvElement>& elements, TlvTag tag) {
    for (const TlvElement& element : elements) {
        if (element.tag == tag) {
            return &element;
        }
    }
    return nullptr;
}

Bytes encodeTlv(TlvTag tag, std::span<const std::uint8_t> value) {
    Bytes out;
    out.reserve(3 + 1 + sizeof(std::size_t) + value.size()); // one allocation, not one per part
    if (tag > 0xFFFF) {
        out.push_back(static_cast<std::uint8_t>(tag >> 16));
    }
    if (tag > 0xFF) {
        out.push_back(static_cast<std::uint8_t>(tag >> 8));
    }
    out.push_back(static_cast<std::uint8_t>(tag));
    const std::size_t length = value.size();
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
    } else {
        std::size_t lengthBytes = 1;
        while (lengthBytes < sizeof(std::size_t) && (length >> (8 * lengthBytes)) != 0) {
            ++lengthBytes;
        }
        out.push_back(static_cast<std::uint8_t>(0x80 | lengthBytes));
        for (std::size_t i = lengthBytes; i > 0; --i) {
            out.push_back(static_cast<std::uint8_t>(length >> (8 * (i - 1))));
        }
    }
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

} // namespace jpki::card
