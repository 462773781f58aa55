#pragma once

// The closed set of failures the card layer reports: the card's status words, PC/SC transport
// conditions and local checks. Callers switch on the code; the text is for logs only and never
// holds a PIN, a password or personal data.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jpki::card {

enum class CardErrorCode {
    // Status words
    WrongPin,                    // 63 Cx, x > 0: triesLeft holds x
    PinBlocked,                  // 63 C0 or 69 83
    SecurityStatusNotSatisfied,  // 69 82: the PIN was not verified first
    NotFound,                    // 6A 82: file or applet
    WrongP1P2,                   // 6A 86, 6B 00 (offset beyond the end of a file)
    WrongLength,                 // 67 00
    WrongLe,                     // 6C xx still answered after the resend
    ClassNotSupported,           // 6E 00
    InstructionNotSupported,     // 6D 00
    ConditionsOfUseNotSatisfied, // 69 85
    EndOfFile,                   // 62 82 where data was required
    AuthenticationFailed,        // 63 00: EXTERNAL AUTHENTICATE refused
    UnknownStatusWord,
    // Transport
    NoReader,
    NoCard,
    CardRemoved,
    CardReset, // the card was reset by someone else; the connection was restored, state is lost
    ServiceUnavailable, // pcscd not running or restarted
    ReaderBusy,         // another program holds the card exclusively
    CardUnresponsive,   // mute, unpowered or unsupported card, protocol mismatch
    Timeout,
    Cancelled,
    TransportFailure, // any other PC/SC failure; pcscCode tells which
    // Local checks
    MalformedResponse, // the card's data does not parse (TLV, certificate, length)
    UnexpectedAnswer,  // a number or status word that cannot mean anything for the command:
                       // tries above the PIN's limit, a length beyond what a file holds, a PIN
                       // status word to a READ BINARY; statusWord tells what came
    InvalidArgument,   // the caller's input cannot be sent (empty PIN, oversize data)
    CryptoFailure,     // OpenSSL failed on a well-formed input
    SignatureMismatch, // a signature does not verify against the expected public key
};

struct CardError {
    CardErrorCode code = CardErrorCode::UnknownStatusWord;
    std::uint16_t statusWord = 0; // the card's answer; 0 when the card gave none
    std::optional<int> triesLeft; // for WrongPin and PinBlocked
    std::int64_t pcscCode = 0;    // the PC/SC return code of a transport error
    std::string context;          // what was being done ("SELECT EF 000A"); never a secret

    CardError() = default;
    CardError(CardErrorCode errorCode, std::string what = {})
        : code(errorCode)
        , context(std::move(what)) {}
};

// Maps a status word other than 90 00 to an error. 63 Cx carries x as triesLeft.
CardError errorFromStatusWord(std::uint16_t statusWord, std::string context = {});

// The card answered something that makes no sense for the command (UnexpectedAnswer).
CardError unexpectedAnswer(std::uint16_t statusWord, std::string context);

// True for a status word that turns the command down (ISO 7816-4 checking and execution errors,
// 64 00 to 6F FF), as opposed to one that answers it (90 00, 62 xx and 63 xx warnings).
bool isRefusal(std::uint16_t statusWord);

// Stable identifier of a code, for logs and tests ("WrongPin").
std::string_view codeName(CardErrorCode code);

// One line for a log: code, tries, status word or PC/SC code, context.
std::string describe(const CardError& error);

// True for the errors that mean the card or reader went away (or the service), after which
// every further command on the connection fails too.
bool isTransportError(CardErrorCode code);

} // namespace jpki::card
