#pragma once

// What a support request needs to know about the PC/SC side, collected without a PIN and
// without reading any file of the card: whether the service answers, every reader with its
// state, the card's ATR and protocol, the reader's own features (PC/SC part 10: a PIN pad, the
// largest APDU) and the status word each applet answers to SELECT. Nothing read here is holder
// data. Blocking: call it from a worker thread.

#include "card/apdu.h"
#include "card/card_error.h"
#include "card/card_files.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::card {

struct AppletAnswer {
    Applet applet = Applet::Jpki;
    std::optional<std::uint16_t> statusWord; // the answer to SELECT by AID
    std::optional<CardError> failure;        // no answer at all (transport)
};

struct ReaderFacts {
    std::string name;
    // pcscd's view (SCardGetStatusChange): "present", "empty", "in-use", "exclusive", "mute",
    // "unpowered", "unavailable".
    std::vector<std::string> states;
    Bytes atr;                               // empty without a card
    std::optional<int> protocol;             // 0 or 1 (T=0, T=1) once connected
    std::optional<CardError> connectFailure; // a card is there, but no connection to it
    // The reader's answer to CM_IOCTL_GET_FEATURE_REQUEST; nothing when it gave none (then
    // whether it has a PIN pad is unknown).
    std::optional<std::vector<std::uint8_t>> features;
    std::optional<CardError> featureFailure;
    // dwMaxAPDUDataSize of FEATURE_GET_TLV_PROPERTIES, else SCARD_ATTR_MAXINPUT; nothing when
    // the reader says neither.
    std::optional<std::uint32_t> largestApdu;
    std::vector<AppletAnswer> applets; // empty without a connection

    // Nothing when unknown (no feature list).
    std::optional<bool> hasPinPad() const;
};

struct PcscFacts {
    std::optional<CardError> serviceFailure; // no context: pcscd not running, or why not
    std::optional<CardError> listFailure;    // a context, but the readers could not be listed
    std::vector<ReaderFacts> readers;
};

// Establishes its own context, so that it can run beside the window's card service.
PcscFacts collectPcscFacts();

// "VERIFY_PIN_DIRECT" for FEATURE_VERIFY_PIN_DIRECT …; "0x42" for a tag PC/SC part 10 does not
// name.
std::string featureName(std::uint8_t tag);

} // namespace jpki::card
