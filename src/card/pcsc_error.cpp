#include "card/pcsc_error.h"

namespace jpki::card {

namespace {

CardErrorCode codeFromPcsc(LONG code) {
    switch (code) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_E_INVALID_HANDLE:
        return CardErrorCode::ServiceUnavailable;
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return CardErrorCode::NoReader;
    case SCARD_E_NO_SMARTCARD:
        return CardErrorCode::NoCard;
    case SCARD_W_REMOVED_CARD:
        return CardErrorCode::CardRemoved;
    case SCARD_W_RESET_CARD:
        return CardErrorCode::CardReset;
    case SCARD_E_SHARING_VIOLATION:
        return CardErrorCode::ReaderBusy;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_W_UNSUPPORTED_CARD:
    case SCARD_E_CARD_UNSUPPORTED:
    case SCARD_E_PROTO_MISMATCH:
        return CardErrorCode::CardUnresponsive;
    case SCARD_E_TIMEOUT:
        return CardErrorCode::Timeout;
    case SCARD_E_CANCELLED:
    case SCARD_E_SYSTEM_CANCELLED:
        return CardErrorCode::Cancelled;
    default:
        return CardErrorCode::TransportFailure;
    }
}

} // namespace

CardError errorFromPcsc(LONG code, std::string context) {
    CardError error(codeFromPcsc(code), std::move(context));
    error.pcscCode = static_cast<std::int64_t>(static_cast<std::uint32_t>(code));
    return error;
}

bool meansServiceGone(LONG code) {
    return code == SCARD_E_NO_SERVICE || code == SCARD_E_SERVICE_STOPPED ||
           code == SCARD_E_INVALID_HANDLE;
}

} // namespace jpki::card
