#include "card/apdu.h"

namespace jpki::card {

namespace {

constexpr std::size_t kHeaderLength = 4;
constexpr std::size_t kMaxShortData = 255;
constexpr std::uint32_t kMaxShortLe = 256;
constexpr std::size_t kMaxExtendedData = 65535;
constexpr std::uint32_t kMaxExtendedLe = 65536;

void appendUint16(Bytes& out, std::size_t value) {
    out.push_back(static_cast<std::uint8_t>((value >> 8) & 0xFF));
    out.push_back(static_cast<std::uint8_t>(value & 0xFF));
}

std::uint32_t readUint16(std::span<const std::uint8_t> bytes, std::size_t at) {
    return (static_cast<std::uint32_t>(bytes[at]) << 8) | bytes[at + 1];
}

} // namespace

bool CommandApdu::isExtended() const {
    const std::uint32_t expected = le.value_or(0);
    return data.size() > kMaxShortData || expected > kMaxShortLe;
}

Bytes CommandApdu::encode() const {
    const std::uint32_t expected = le.value_or(0);
    if (data.size() > kMaxExtendedData || expected > kMaxExtendedLe) {
        return {};
    }
    Bytes out{cla, ins, p1, p2};
    out.reserve(kHeaderLength + 3 + data.size() + 2);
    if (!isExtended()) {
        if (!data.empty()) {
            out.push_back(static_cast<std::uint8_t>(data.size()));
            out.insert(out.end(), data.begin(), data.end());
        }
        if (expected != 0) {
            // 256 wraps to 00, the short encoding of "up to 256 bytes".
            out.push_back(static_cast<std::uint8_t>(expected & 0xFF));
        }
        return out;
    }
    // Extended form: a 00 byte, then two-byte Lc and/or Le; Le has no leading 00 when Lc is
    // present.
    out.push_back(0x00);
    if (!data.empty()) {
        appendUint16(out, data.size());
        out.insert(out.end(), data.begin(), data.end());
    }
    if (expected != 0) {
        appendUint16(out, expected & 0xFFFF); // 65536 wraps to 00 00
    }
    return out;
}

std::optional<CommandApdu> CommandApdu::parse(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < kHeaderLength) {
        return std::nullopt;
    }
    CommandApdu command;
    command.cla = bytes[0];
    command.ins = bytes[1];
    command.p1 = bytes[2];
    command.p2 = bytes[3];
    const std::span<const std::uint8_t> body = bytes.subspan(kHeaderLength);
    if (body.empty()) { // case 1
        return command;
    }
    if (body.size() == 1) { // case 2 short
        command.le = body[0] == 0 ? kMaxShortLe : body[0];
        return command;
    }
    if (body[0] != 0) { // case 3 or 4 short
        const std::size_t lc = body[0];
        if (body.size() != 1 + lc && body.size() != 2 + lc) {
            return std::nullopt;
        }
        command.data.assign(body.begin() + 1, body.begin() + 1 + static_cast<std::ptrdiff_t>(lc));
        if (body.size() == 2 + lc) {
            command.le = body[1 + lc] == 0 ? kMaxShortLe : body[1 + lc];
        }
        return command;
    }
    // Extended: body starts with 00 and at least two more bytes.
    if (body.size() < 3) {
        return std::nullopt;
    }
    if (body.size() == 3) { // case 2 extended
        const std::uint32_t le = readUint16(body, 1);
        command.le = le == 0 ? kMaxExtendedLe : le;
        return command;
    }
    const std::size_t lc = readUint16(body, 1);
    if (lc == 0) {
        return std::nullopt;
    }
    if (body.size() != 3 + lc && body.size() != 5 + lc) {
        return std::nullopt;
    }
    command.data.assign(body.begin() + 3, body.begin() + 3 + static_cast<std::ptrdiff_t>(lc));
    if (body.size() == 5 + lc) {
        const std::uint32_t le = readUint16(body, 3 + lc);
        command.le = le == 0 ? kMaxExtendedLe : le;
    }
    return command;
}

Bytes ResponseApdu::encode() const {
    Bytes out;
    out.reserve(data.size() + 2);
    out.insert(out.end(), data.begin(), data.end());
    out.push_back(sw1());
    out.push_back(sw2());
    return out;
}

std::optional<ResponseApdu> ResponseApdu::parse(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 2) {
        return std::nullopt;
    }
    ResponseApdu response;
    response.data.assign(bytes.begin(), bytes.end() - 2);
    response.sw = static_cast<std::uint16_t>((bytes[bytes.size() - 2] << 8) | bytes.back());
    return response;
}

} // namespace jpki::card
