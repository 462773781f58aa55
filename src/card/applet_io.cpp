#include "card/applet_io.h"

#include "card/card_log.h"
#include "card/commands.h"
#include "card/wipe.h"

#include <algorithm>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace jpki::card {

namespace {

std::string fileContext(const char* what, std::uint16_t fileId) {
    char text[48];
    std::snprintf(text, sizeof text, "%s %04X", what, fileId);
    return text;
}

bool isSuccessOrEndOfFile(std::uint16_t sw) {
    return sw == 0x9000 || sw == 0x6282;
}

// A READ BINARY answered neither data nor end of file: a refusal keeps its meaning, anything
// else (a PIN's 63 Cx, another warning) means nothing for a read.
CardError readBinaryFailure(std::uint16_t sw) {
    return isRefusal(sw) ? errorFromStatusWord(sw, "READ BINARY")
                         : unexpectedAnswer(sw, "READ BINARY");
}

// The card or the reader turned down an extended command (rather than the command itself).
bool refusesExtended(const Result<ResponseApdu>& response) {
    if (!response) {
        return response.error().code == CardErrorCode::TransportFailure;
    }
    return response->sw == 0x6700;
}

Result<Bytes> readChunks(CardChannel& channel, std::size_t offset, std::size_t length, Bytes out) {
    while (out.size() < length) {
        const std::size_t at = offset + out.size();
        if (at > commands::kMaxBinaryOffset) {
            return CardError(CardErrorCode::InvalidArgument, "READ BINARY beyond offset 7FFF");
        }
        const auto chunk = static_cast<std::uint32_t>(
            std::min<std::size_t>(commands::kShortLeMax, length - out.size()));
        Result<ResponseApdu> response =
            channel.transmit(commands::readBinary(static_cast<std::uint16_t>(at), chunk));
        if (!response) {
            return response.error();
        }
        if (!isSuccessOrEndOfFile(response->sw)) {
            return readBinaryFailure(response->sw);
        }
        if (response->data.size() > chunk) {
            return CardError(CardErrorCode::MalformedResponse, "READ BINARY answered too much");
        }
        if (response->data.empty() ||
            (response->sw == 0x6282 && out.size() + response->data.size() < length)) {
            CardError error(CardErrorCode::EndOfFile, "READ BINARY");
            error.statusWord = response->sw;
            return error;
        }
        out.insert(out.end(), response->data.begin(), response->data.end());
    }
    return out;
}

} // namespace

Result<ResponseApdu> transmitExpectingOk(CardChannel& channel, const CommandApdu& command,
                                         std::string context) {
    Result<ResponseApdu> response = channel.transmit(command);
    if (!response) {
        CardError error = response.error();
        if (error.context.empty()) {
            error.context = std::move(context);
        }
        return error;
    }
    if (!response->ok()) {
        return errorFromStatusWord(response->sw, std::move(context));
    }
    return response;
}

Result<void> selectApplet(CardChannel& channel, Applet applet) {
    Result<ResponseApdu> response =
        transmitExpectingOk(channel, commands::selectApplet(aidOf(applet)),
                            std::string("SELECT ") + std::string(appletName(applet)));
    if (!response) {
        return response.error();
    }
    return {};
}

Result<void> selectFile(CardChannel& channel, std::uint16_t fileId) {
    Result<ResponseApdu> response = transmitExpectingOk(channel, commands::selectFile(fileId),
                                                        fileContext("SELECT EF", fileId));
    if (!response) {
        return response.error();
    }
    return {};
}

Result<PinStatus> queryPinStatus(CardChannel& channel, PinReference pin) {
    const int limit = pinRetryLimit(pin);
    Result<ResponseApdu> selected = channel.transmit(commands::selectFile(pinFileOf(pin)));
    if (!selected) {
        return selected.error();
    }
    if (selected->sw == 0x6A82) {
        return PinStatus::absent(limit);
    }
    if (!selected->ok()) {
        cardLogger()->warn("{}: SELECT answered {:04X}; status unknown", pinName(pin),
                           selected->sw);
        return PinStatus::unknown(limit);
    }
    Result<ResponseApdu> answer = channel.transmit(commands::verifyQuery());
    if (!answer) {
        return answer.error();
    }
    const std::string context = std::string("VERIFY without data, ") + std::string(pinName(pin));
    if (answer->ok()) {
        if (!answer->data.empty()) {
            return unexpectedAnswer(answer->sw, context + ": data in the answer");
        }
        // Already verified in this selection: a successful VERIFY restored the counter.
        return PinStatus::present(limit, limit);
    }
    const CardError refusal = verifyRefusal(answer->sw, pin, context);
    if (refusal.code == CardErrorCode::WrongPin || refusal.code == CardErrorCode::PinBlocked) {
        return PinStatus::present(*refusal.triesLeft, limit);
    }
    if (refusal.code == CardErrorCode::UnexpectedAnswer) {
        return refusal;
    }
    cardLogger()->warn("{}: VERIFY without data answered {:04X}; status unknown", pinName(pin),
                       answer->sw);
    return PinStatus::unknown(limit);
}

Result<void> checkPinLength(std::span<const std::uint8_t> value) {
    if (value.empty() || value.size() > commands::kShortLcMax) {
        return CardError(CardErrorCode::InvalidArgument, "PIN empty or too long");
    }
    return {};
}

Result<void> verifyPin(CardChannel& channel, PinReference pin,
                       std::span<const std::uint8_t> value) {
    if (Result<void> length = checkPinLength(value); !length) {
        return length;
    }
    Result<void> selected = selectFile(channel, pinFileOf(pin));
    if (!selected) {
        return selected;
    }
    CommandApdu command = commands::verify(value);
    const WipeOnExit wipeCommand(command.data);
    const std::string context = std::string("VERIFY ") + std::string(pinName(pin));
    Result<ResponseApdu> response = channel.transmit(command);
    if (!response) {
        CardError error = response.error();
        if (error.context.empty()) {
            error.context = context;
        }
        return error;
    }
    if (!response->ok()) {
        return verifyRefusal(response->sw, pin, context);
    }
    return {};
}

CardError verifyRefusal(std::uint16_t statusWord, PinReference pin, std::string context) {
    CardError error = errorFromStatusWord(statusWord, context);
    if (error.code == CardErrorCode::WrongPin || error.code == CardErrorCode::PinBlocked) {
        if (*error.triesLeft > pinRetryLimit(pin)) {
            return unexpectedAnswer(statusWord, context + ": tries above the PIN's limit");
        }
        return error;
    }
    if (!isRefusal(statusWord)) {
        return unexpectedAnswer(statusWord, std::move(context));
    }
    return error;
}

Result<Bytes> readBinary(CardChannel& channel, std::uint16_t offset, std::size_t length) {
    if (length == 0) {
        return Bytes{};
    }
    if (length > commands::kShortLeMax && length <= commands::kExtendedLeMax &&
        channel.extendedLength() != ExtendedLength::Refused) {
        Result<ResponseApdu> response =
            channel.transmit(commands::readBinary(offset, static_cast<std::uint32_t>(length)));
        if (refusesExtended(response)) {
            cardLogger()->info("extended READ BINARY refused; reading in 256-byte chunks");
            channel.rememberExtendedLength(ExtendedLength::Refused);
            return readChunks(channel, offset, length, {});
        }
        if (!response) {
            return response.error();
        }
        if (!isSuccessOrEndOfFile(response->sw)) {
            return readBinaryFailure(response->sw);
        }
        if (response->data.size() > length) {
            return CardError(CardErrorCode::MalformedResponse, "READ BINARY answered too much");
        }
        channel.rememberExtendedLength(ExtendedLength::Supported);
        if (response->data.size() == length) {
            return std::move(response->data);
        }
        if (response->data.empty() || response->sw == 0x6282) {
            CardError error(CardErrorCode::EndOfFile, "READ BINARY");
            error.statusWord = response->sw;
            return error;
        }
        // A card may answer less than asked without saying why: read on in chunks.
        return readChunks(channel, offset, length, std::move(response->data));
    }
    return readChunks(channel, offset, length, {});
}

Result<Bytes> readDerFile(CardChannel& channel) {
    // The first short READ BINARY asks for 256 bytes: the header is in them, and so is all of a
    // small file. No separate header read, and no extended command on a card not known to take
    // one: on a short-APDU card the refusal would cost a command to save none.
    Result<ResponseApdu> first = channel.transmit(commands::readBinary(0, commands::kShortLeMax));
    if (!first) {
        return first.error();
    }
    const bool empty = first->sw == 0x6B00 || (first->sw == 0x6282 && first->data.empty());
    if (empty) {
        CardError error(CardErrorCode::EndOfFile, "READ BINARY: the file is empty");
        error.statusWord = first->sw;
        return error;
    }
    if (!isSuccessOrEndOfFile(first->sw)) {
        return readBinaryFailure(first->sw);
    }
    Bytes& content = first->data;
    if (content.size() > commands::kShortLeMax) {
        return CardError(CardErrorCode::MalformedResponse, "READ BINARY answered too much");
    }
    if (content.size() < 2 || content[0] != 0x30) {
        return CardError(CardErrorCode::MalformedResponse, "DER file does not start with 30");
    }
    std::size_t total = 0;
    if (content[1] < 0x80) {
        total = 2 + std::size_t{content[1]};
    } else if (content[1] == 0x81 && content.size() >= 3) {
        total = 3 + std::size_t{content[2]};
    } else if (content[1] == 0x82 && content.size() >= 4) {
        total = 4 + ((std::size_t{content[2]} << 8) | content[3]);
    } else {
        return CardError(CardErrorCode::MalformedResponse, "DER file: unsupported length");
    }
    if (total > kMaxBinaryFileSize) {
        return unexpectedAnswer(first->sw, "DER file: length beyond what a file can hold");
    }
    if (content.size() >= total) {
        content.resize(total);
        return std::move(content);
    }
    if (first->sw == 0x6282) {
        return CardError(CardErrorCode::MalformedResponse, "DER file shorter than its length");
    }
    const auto offset = static_cast<std::uint16_t>(content.size());
    Result<Bytes> rest = channel.extendedLength() == ExtendedLength::Supported
                             ? readBinary(channel, offset, total - content.size())
                             : readChunks(channel, offset, total - content.size(), {});
    if (!rest && rest.error().code == CardErrorCode::EndOfFile) {
        return CardError(CardErrorCode::MalformedResponse, "DER file shorter than its length");
    }
    if (!rest) {
        return rest.error();
    }
    content.insert(content.end(), rest->begin(), rest->end());
    return std::move(content);
}

Result<void> updateBinary(CardChannel& channel, std::span<const std::uint8_t> data) {
    std::size_t written = 0;
    while (written < data.size()) {
        if (written > commands::kMaxBinaryOffset) {
            return CardError(CardErrorCode::InvalidArgument, "UPDATE BINARY beyond offset 7FFF");
        }
        const bool extended = channel.extendedLength() != ExtendedLength::Refused;
        const std::size_t chunkLimit = extended ? commands::kExtendedLcMax : commands::kShortLcMax;
        const std::size_t chunk = std::min(chunkLimit, data.size() - written);
        const CommandApdu command = commands::updateBinary(static_cast<std::uint16_t>(written),
                                                           data.subspan(written, chunk));
        Result<ResponseApdu> response = channel.transmit(command);
        if (command.isExtended() && refusesExtended(response)) {
            cardLogger()->info("extended UPDATE BINARY refused; writing in 255-byte chunks");
            channel.rememberExtendedLength(ExtendedLength::Refused);
            continue;
        }
        if (!response) {
            return response.error();
        }
        if (!response->ok()) {
            return errorFromStatusWord(response->sw, "UPDATE BINARY");
        }
        if (command.isExtended()) {
            channel.rememberExtendedLength(ExtendedLength::Supported);
        }
        written += chunk;
    }
    return {};
}

Result<PinStatus> queryAppletPinStatus(CardChannel& channel, Applet applet, PinReference pin) {
    Result<ResponseApdu> selected = channel.transmit(commands::selectApplet(aidOf(applet)));
    if (!selected) {
        return selected.error();
    }
    if (!selected->ok()) {
        cardLogger()->info("{} applet: SELECT answered {:04X}; {} unknown", appletName(applet),
                           selected->sw, pinName(pin));
        return PinStatus::unknown(pinRetryLimit(pin));
    }
    return queryPinStatus(channel, pin);
}

} // namespace jpki::card
