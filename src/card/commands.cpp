#include "card/commands.h"

namespace jpki::card::commands {

namespace {

CommandApdu make(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2,
                 std::span<const std::uint8_t> data = {},
                 std::optional<std::uint32_t> expectedLength = std::nullopt) {
    CommandApdu command;
    command.cla = cla;
    command.ins = ins;
    command.p1 = p1;
    command.p2 = p2;
    command.data.assign(data.begin(), data.end());
    command.le = expectedLength;
    return command;
}

std::uint8_t high(std::uint16_t value) {
    return static_cast<std::uint8_t>(value >> 8);
}
std::uint8_t low(std::uint16_t value) {
    return static_cast<std::uint8_t>(value & 0xFF);
}

} // namespace

CommandApdu selectApplet(const Aid& aid) {
    return make(0x00, kInsSelect, 0x04, 0x0C, aid);
}

CommandApdu selectFile(std::uint16_t fileId) {
    const std::uint8_t fid[] = {high(fileId), low(fileId)};
    return make(0x00, kInsSelect, 0x02, 0x0C, fid);
}

CommandApdu verifyQuery() {
    return make(0x00, kInsVerify, 0x00, 0x80);
}

CommandApdu verify(std::span<const std::uint8_t> pin) {
    return make(0x00, kInsVerify, 0x00, 0x80, pin);
}

CommandApdu changeReferenceData(std::span<const std::uint8_t> newPin) {
    return make(0x00, kInsChangeReferenceData, 0x01, 0x80, newPin);
}

CommandApdu resetRetryCounter(std::span<const std::uint8_t> newPin) {
    return make(0x00, kInsResetRetryCounter, 0x02, 0x80, newPin);
}

CommandApdu readBinary(std::uint16_t offset, std::uint32_t expectedLength) {
    return make(0x00, kInsReadBinary, high(offset), low(offset), {}, expectedLength);
}

CommandApdu updateBinary(std::uint16_t offset, std::span<const std::uint8_t> data) {
    return make(0x00, kInsUpdateBinary, high(offset), low(offset), data);
}

CommandApdu getResponse(std::uint8_t available) {
    return make(0x00, kInsGetResponse, 0x00, 0x00, {},
                available == 0 ? kShortLeMax : std::uint32_t{available});
}

CommandApdu getChallenge() {
    return make(0x00, kInsGetChallenge, 0x00, 0x00, {}, 8);
}

CommandApdu externalAuthenticate(std::span<const std::uint8_t> signature) {
    return make(0x00, kInsExternalAuthenticate, 0x00, 0x00, signature);
}

CommandApdu generateKeyPair() {
    return make(0x00, kInsGenerateKeyPair, 0x00, 0x00, {}, kExtendedLeMax);
}

CommandApdu computeSignature(std::span<const std::uint8_t> digestInfo) {
    return make(0x80, kInsComputeSignature, 0x00, 0x80, digestInfo, kShortLeMax);
}

bool carriesPin(const CommandApdu& command) {
    return command.ins == kInsVerify || command.ins == kInsChangeReferenceData ||
           command.ins == kInsResetRetryCounter;
}

} // namespace jpki::card::commands
