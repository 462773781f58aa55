#pragma once

// The virtual My Number card: answers command APDUs as docs/card-protocol.md says, with no I/O of
// its own. Persistent changes (PIN counters, PINs, keys, certificates) are reported through a
// hook so that the caller can save them at once.

#include "card/apdu.h"
#include "simulator/card_state.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>

namespace jpki::sim {

class VirtualCard {
public:
    using PersistHook = std::function<void(const CardState&)>;

    explicit VirtualCard(CardState state, PersistHook persist = {});

    static Bytes answerToReset();

    // Power on, power off and warm reset all forget the transient state: selection, verified PINs,
    // issuer authentication, the challenge and any response waiting for GET RESPONSE.
    void powerOn();
    void powerOff();
    void reset();

    // Raw command in, raw response (data + SW1 SW2) out. Never throws: a malformed command
    // answers 67 00 and an internal failure 6F 00.
    Bytes transmit(ByteView command);
    card::ResponseApdu process(const card::CommandApdu& command, bool extended);

    // A card that takes short APDUs only, as many real cards and readers do: every
    // extended-length command answers 67 00 (wrong length) before the card looks at it.
    void setShortApdusOnly(bool shortOnly) { m_shortApdusOnly = shortOnly; }

    const CardState& state() const { return m_state; }
    std::uint64_t commandCount() const { return m_commandCount; }

private:
    struct TransientState {
        std::optional<std::size_t> applet; // index into the state's applets
        std::optional<std::uint16_t> file;
        std::set<std::uint16_t> verifiedPins; // of the selected applet
        bool issuerAuthenticated = false;     // for the selected applet
        std::optional<Bytes> challenge;
        Bytes pendingResponse;
    };

    card::ResponseApdu dispatch(const card::CommandApdu& command, bool extended);
    card::ResponseApdu select(const card::CommandApdu& command);
    card::ResponseApdu readBinary(const card::CommandApdu& command, bool extended);
    card::ResponseApdu verify(const card::CommandApdu& command);
    card::ResponseApdu changeReferenceData(const card::CommandApdu& command);
    card::ResponseApdu sign(const card::CommandApdu& command);
    card::ResponseApdu getResponse(const card::CommandApdu& command);
    // Issuer commands (issuer_commands.cpp)
    card::ResponseApdu getChallenge(const card::CommandApdu& command);
    card::ResponseApdu externalAuthenticate(const card::CommandApdu& command);
    card::ResponseApdu resetRetryCounter(const card::CommandApdu& command);
    card::ResponseApdu generateKeyPair(const card::CommandApdu& command);
    card::ResponseApdu updateBinary(const card::CommandApdu& command);

    AppletState* selectedApplet();
    bool inJpkiApplet();
    PinRecord* selectedPin();
    void persist();

    CardState m_state;
    PersistHook m_persist;
    TransientState m_transient;
    std::uint64_t m_commandCount = 0;
    bool m_shortApdusOnly = false;
};

// Status words the card answers.
namespace status {
inline constexpr std::uint16_t ok = 0x9000;
inline constexpr std::uint16_t endOfFileReached = 0x6282;
inline constexpr std::uint16_t wrongLength = 0x6700;
inline constexpr std::uint16_t verificationFailed = 0x6300; // | tries left, with 0xC0
inline constexpr std::uint16_t securityStatusNotSatisfied = 0x6982;
inline constexpr std::uint16_t authenticationMethodBlocked = 0x6983;
inline constexpr std::uint16_t conditionsOfUseNotSatisfied = 0x6985;
inline constexpr std::uint16_t commandNotAllowed = 0x6986; // no current EF of the right kind
inline constexpr std::uint16_t fileNotFound = 0x6A82;
inline constexpr std::uint16_t wrongParameters = 0x6A86;
inline constexpr std::uint16_t wrongOffset = 0x6B00;
inline constexpr std::uint16_t instructionNotSupported = 0x6D00;
inline constexpr std::uint16_t classNotSupported = 0x6E00;
inline constexpr std::uint16_t noPreciseDiagnosis = 0x6F00;

inline std::uint16_t triesLeft(int tries) {
    return static_cast<std::uint16_t>(0x63C0 | (tries & 0x0F));
}
inline std::uint16_t wrongLe(std::size_t right) {
    return static_cast<std::uint16_t>(0x6C00 | (right & 0xFF));
}
} // namespace status

// True when `raw` uses the extended length encoding (three-byte Lc or Le).
bool isExtendedApdu(ByteView raw, const card::CommandApdu& parsed);

} // namespace jpki::sim
