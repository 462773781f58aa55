#include "card/card_error.h"

#include <cstdio>

namespace jpki::card {

CardError errorFromStatusWord(std::uint16_t statusWord, std::string context) {
    const auto sw1 = static_cast<std::uint8_t>(statusWord >> 8);
    const auto sw2 = static_cast<std::uint8_t>(statusWord & 0xFF);
    CardError error(CardErrorCode::UnknownStatusWord, std::move(context));
    error.statusWord = statusWord;
    if (sw1 == 0x63 && (sw2 & 0xF0) == 0xC0) {
        const int tries = sw2 & 0x0F;
        error.code = tries == 0 ? CardErrorCode::PinBlocked : CardErrorCode::WrongPin;
        error.triesLeft = tries;
        return error;
    }
    if (sw1 == 0x6C) {
        error.code = CardErrorCode::WrongLe;
        return error;
    }
    switch (statusWord) {
    case 0x6983:
        error.code = CardErrorCode::PinBlocked;
        error.triesLeft = 0;
        break;
    case 0x6982:
        error.code = CardErrorCode::SecurityStatusNotSatisfied;
        break;
    case 0x6A82:
        error.code = CardErrorCode::NotFound;
        break;
    case 0x6A86:
    case 0x6B00:
        error.code = CardErrorCode::WrongP1P2;
        break;
    case 0x6700:
        error.code = CardErrorCode::WrongLength;
        break;
    case 0x6E00:
        error.code = CardErrorCode::ClassNotSupported;
        break;
    case 0x6D00:
        error.code = CardErrorCode::InstructionNotSupported;
        break;
    case 0x6985:
        error.code = CardErrorCode::ConditionsOfUseNotSatisfied;
        break;
    case 0x6282:
        error.code = CardErrorCode::EndOfFile;
        break;
    case 0x6300:
        error.code = CardErrorCode::AuthenticationFailed;
        break;
    default:
        break;
    }
    return error;
}

CardError unexpectedAnswer(std::uint16_t statusWord, std::string context) {
    CardError error(CardErrorCode::UnexpectedAnswer, std::move(context));
    error.statusWord = statusWord;
    return error;
}

bool isRefusal(std::uint16_t statusWord) {
    return statusWord >= 0x6400 && statusWord <= 0x6FFF;
}

std::string_view codeName(CardErrorCode code) {
    switch (code) {
    case CardErrorCode::WrongPin:
        return "WrongPin";
    case CardErrorCode::PinBlocked:
        return "PinBlocked";
    case CardErrorCode::SecurityStatusNotSatisfied:
        return "SecurityStatusNotSatisfied";
    case CardErrorCode::NotFound:
        return "NotFound";
    case CardErrorCode::WrongP1P2:
        return "WrongP1P2";
    case CardErrorCode::WrongLength:
        return "WrongLength";
    case CardErrorCode::WrongLe:
        return "WrongLe";
    case CardErrorCode::ClassNotSupported:
        return "ClassNotSupported";
    case CardErrorCode::InstructionNotSupported:
        return "InstructionNotSupported";
    case CardErrorCode::ConditionsOfUseNotSatisfied:
        return "ConditionsOfUseNotSatisfied";
    case CardErrorCode::EndOfFile:
        return "EndOfFile";
    case CardErrorCode::AuthenticationFailed:
        return "AuthenticationFailed";
    case CardErrorCode::UnknownStatusWord:
        return "UnknownStatusWord";
    case CardErrorCode::NoReader:
        return "NoReader";
    case CardErrorCode::NoCard:
        return "NoCard";
    case CardErrorCode::CardRemoved:
        return "CardRemoved";
    case CardErrorCode::CardReset:
        return "CardReset";
    case CardErrorCode::ServiceUnavailable:
        return "ServiceUnavailable";
    case CardErrorCode::ReaderBusy:
        return "ReaderBusy";
    case CardErrorCode::CardUnresponsive:
        return "CardUnresponsive";
    case CardErrorCode::Timeout:
        return "Timeout";
    case CardErrorCode::Cancelled:
        return "Cancelled";
    case CardErrorCode::TransportFailure:
        return "TransportFailure";
    case CardErrorCode::MalformedResponse:
        return "MalformedResponse";
    case CardErrorCode::UnexpectedAnswer:
        return "UnexpectedAnswer";
    case CardErrorCode::InvalidArgument:
        return "InvalidArgument";
    case CardErrorCode::CryptoFailure:
        return "CryptoFailure";
    case CardErrorCode::SignatureMismatch:
        return "SignatureMismatch";
    }
    return "Unknown";
}

std::string describe(const CardError& error) {
    std::string text(codeName(error.code));
    char buffer[48];
    if (error.triesLeft) {
        std::snprintf(buffer, sizeof buffer, " (%d tries left)", *error.triesLeft);
        text += buffer;
    }
    if (error.statusWord != 0) {
        std::snprintf(buffer, sizeof buffer, " [SW %04X]", error.statusWord);
        text += buffer;
    }
    if (error.pcscCode != 0) {
        std::snprintf(buffer, sizeof buffer, " [PC/SC 0x%08llX]",
                      static_cast<unsigned long long>(error.pcscCode) & 0xFFFFFFFFULL);
        text += buffer;
    }
    if (!error.context.empty()) {
        text += " while ";
        text += error.context;
    }
    return text;
}

bool isTransportError(CardErrorCode code) {
    switch (code) {
    case CardErrorCode::NoReader:
    case CardErrorCode::NoCard:
    case CardErrorCode::CardRemoved:
    case CardErrorCode::CardReset:
    case CardErrorCode::ServiceUnavailable:
    case CardErrorCode::ReaderBusy:
    case CardErrorCode::CardUnresponsive:
    case CardErrorCode::Timeout:
    case CardErrorCode::Cancelled:
    case CardErrorCode::TransportFailure:
        return true;
    default:
        return false;
    }
}

} // namespace jpki::card
