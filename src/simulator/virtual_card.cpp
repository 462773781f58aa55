#include "simulator/virtual_card.h"

#include "simulator/access_rules.h"

#include <exception>
#include <spdlog/spdlog.h>

namespace jpki::sim {

namespace {

using card::CommandApdu;
using card::ResponseApdu;

ResponseApdu answer(std::uint16_t sw) {
    return ResponseApdu{{}, sw};
}

// The "apdu" logger when the program registered one, else the default logger.
spdlog::logger& apduLog() {
    static const std::shared_ptr<spdlog::logger> logger = [] {
        std::shared_ptr<spdlog::logger> registered = spdlog::get("apdu");
        return registered ? registered : spdlog::default_logger();
    }();
    return *logger;
}

// VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER carry PINs.
bool carriesSecret(const CommandApdu& command) {
    return !command.data.empty() &&
           (command.ins == 0x20 || command.ins == 0x24 || command.ins == 0x2C);
}

// SW2 of 61 xx counts up to 255 bytes waiting; 61 00 means 256 or more.
constexpr std::size_t shortResponseLimit = 256;

} // namespace

bool isExtendedApdu(ByteView raw, const CommandApdu& parsed) {
    const std::size_t shortSize =
        4 + (parsed.data.empty() ? 0 : 1 + parsed.data.size()) + (parsed.le ? 1 : 0);
    return raw.size() != shortSize;
}

VirtualCard::VirtualCard(CardState state, PersistHook persist)
    : m_state(std::move(state))
    , m_persist(std::move(persist)) {}

Bytes VirtualCard::answerToReset() {
    return Bytes(layout::atr.begin(), layout::atr.end());
}

void VirtualCard::powerOn() {
    m_transient = TransientState{};
}

void VirtualCard::powerOff() {
    m_transient = TransientState{};
}

void VirtualCard::reset() {
    m_transient = TransientState{};
}

Bytes VirtualCard::transmit(ByteView raw) {
    const std::optional<CommandApdu> command = CommandApdu::parse(raw);
    if (!command) {
        apduLog().debug("malformed command of {} bytes -> 6700", raw.size());
        return ResponseApdu{{}, status::wrongLength}.encode();
    }
    return process(*command, isExtendedApdu(raw, *command)).encode();
}

ResponseApdu VirtualCard::process(const CommandApdu& command, bool extended) {
    ++m_commandCount;
    const bool isGetResponse = command.cla == 0x00 && command.ins == 0xC0;
    if (!isGetResponse) {
        m_transient.pendingResponse.clear();
    }
    ResponseApdu response;
    try {
        response = extended && m_shortApdusOnly ? answer(status::wrongLength)
                                                : dispatch(command, extended);
    } catch (const std::exception& error) {
        spdlog::error("command {:02X} {:02X} failed inside the card: {}", command.cla, command.ins,
                      error.what());
        response = answer(status::noPreciseDiagnosis);
    }
    // A response longer than the command's Le waits for GET RESPONSE (61 xx), as on T=0.
    const std::size_t expected = command.le.value_or(0);
    if (!isGetResponse && response.sw == status::ok && response.data.size() > expected) {
        m_transient.pendingResponse.assign(response.data.begin() + static_cast<long>(expected),
                                           response.data.end());
        response.data.resize(expected);
        const std::size_t waiting = m_transient.pendingResponse.size();
        response.sw =
            static_cast<std::uint16_t>(0x6100 | (waiting >= shortResponseLimit ? 0 : waiting));
    }
    apduLog().debug("{:02X} {:02X} {:02X} {:02X} Lc={}{} Le={}{} -> {} bytes {:04X}", command.cla,
                    command.ins, command.p1, command.p2, command.data.size(),
                    carriesSecret(command) ? " (data withheld)" : "",
                    command.le ? std::to_string(*command.le) : std::string("none"),
                    extended ? " extended" : "", response.data.size(), response.sw);
    return response;
}

ResponseApdu VirtualCard::dispatch(const CommandApdu& command, bool extended) {
    if (command.cla == 0x80) {
        return command.ins == 0x2A ? sign(command) : answer(status::instructionNotSupported);
    }
    if (command.cla != 0x00) {
        return answer(status::classNotSupported);
    }
    switch (command.ins) {
    case 0xA4:
        return select(command);
    case 0xB0:
        return readBinary(command, extended);
    case 0x20:
        return verify(command);
    case 0x24:
        return changeReferenceData(command);
    case 0xC0:
        return getResponse(command);
    case 0x84:
        return getChallenge(command);
    case 0x82:
        return externalAuthenticate(command);
    case 0x2C:
        return resetRetryCounter(command);
    case 0x46:
        return generateKeyPair(command);
    case 0xD6:
        return updateBinary(command);
    default:
        return answer(status::instructionNotSupported);
    }
}

AppletState* VirtualCard::selectedApplet() {
    return m_transient.applet ? &m_state.applets[*m_transient.applet] : nullptr;
}

bool VirtualCard::inJpkiApplet() {
    const AppletState* applet = selectedApplet();
    return applet && access::isAid(applet->aid, layout::jpkiAid);
}

PinRecord* VirtualCard::selectedPin() {
    AppletState* applet = selectedApplet();
    if (!applet || !m_transient.file) {
        return nullptr;
    }
    auto found = applet->pins.find(*m_transient.file);
    return found == applet->pins.end() ? nullptr : &found->second;
}

void VirtualCard::persist() {
    if (m_persist) {
        m_persist(m_state);
    }
}

ResponseApdu VirtualCard::select(const CommandApdu& command) {
    if (command.p1 == 0x04) {
        for (std::size_t index = 0; index < m_state.applets.size(); ++index) {
            if (!access::isAid(command.data, m_state.applets[index].aid)) {
                continue;
            }
            if (command.p2 != 0x0C) {
                return answer(status::wrongParameters);
            }
            // Selecting an applet drops the security states of the one selected before.
            m_transient = TransientState{};
            m_transient.applet = index;
            return answer(status::ok);
        }
        return answer(status::fileNotFound);
    }
    if (command.p1 != 0x02 || command.p2 != 0x0C) {
        return answer(status::wrongParameters);
    }
    if (command.data.size() != 2) {
        return answer(status::wrongLength);
    }
    const AppletState* applet = selectedApplet();
    if (!applet) {
        return answer(status::fileNotFound);
    }
    const auto fid = static_cast<layout::Fid>(command.data[0] << 8 | command.data[1]);
    const bool provisioning =
        inJpkiApplet() && m_transient.issuerAuthenticated && access::isSignatureFile(fid);
    if (!applet->hasFile(fid) && !provisioning) {
        return answer(status::fileNotFound);
    }
    m_transient.file = fid;
    return answer(status::ok);
}

ResponseApdu VirtualCard::readBinary(const CommandApdu& command, bool extended) {
    if (command.p1 & 0x80) {
        return answer(status::wrongParameters); // short EF identifiers are not supported
    }
    AppletState* applet = selectedApplet();
    if (!applet || !m_transient.file || !applet->binaries.contains(*m_transient.file)) {
        return answer(status::commandNotAllowed);
    }
    if (const auto guard = access::pinToRead(applet->aid, *m_transient.file);
        guard && !m_transient.verifiedPins.contains(*guard)) {
        return answer(status::securityStatusNotSatisfied);
    }
    if (!command.le) {
        return answer(status::wrongLength);
    }
    const Bytes& content = applet->binaries.at(*m_transient.file);
    const std::size_t offset = static_cast<std::size_t>(command.p1 << 8 | command.p2);
    if (offset >= content.size()) {
        return answer(status::wrongOffset);
    }
    const std::size_t wanted = *command.le;
    const std::size_t count = std::min(wanted, content.size() - offset);
    ResponseApdu response;
    response.data.assign(content.begin() + static_cast<long>(offset),
                         content.begin() + static_cast<long>(offset + count));
    // An extended Le of 0000 asks for everything there is: the rest of the file is no warning.
    const bool askedForAll = extended && wanted == 65536;
    response.sw = count < wanted && !askedForAll ? status::endOfFileReached : status::ok;
    return response;
}

ResponseApdu VirtualCard::verify(const CommandApdu& command) {
    if (command.p1 != 0x00 || command.p2 != 0x80) {
        return answer(status::wrongParameters);
    }
    PinRecord* pin = selectedPin();
    if (!pin) {
        return answer(status::commandNotAllowed);
    }
    if (command.data.empty()) {
        return answer(status::triesLeft(pin->triesLeft));
    }
    if (pin->blocked()) {
        return answer(status::authenticationMethodBlocked);
    }
    if (pin->matches(command.data)) {
        const bool counterChanged = pin->triesLeft != pin->limit;
        pin->triesLeft = pin->limit;
        m_transient.verifiedPins.insert(*m_transient.file);
        if (counterChanged) {
            persist();
        }
        return answer(status::ok);
    }
    --pin->triesLeft;
    m_transient.verifiedPins.erase(*m_transient.file);
    persist();
    return answer(status::triesLeft(pin->triesLeft));
}

ResponseApdu VirtualCard::changeReferenceData(const CommandApdu& command) {
    if (command.p1 != 0x01 || command.p2 != 0x80) {
        return answer(status::wrongParameters);
    }
    PinRecord* pin = selectedPin();
    if (!pin) {
        return answer(status::commandNotAllowed);
    }
    if (pin->blocked()) {
        return answer(status::authenticationMethodBlocked);
    }
    if (!m_transient.verifiedPins.contains(*m_transient.file)) {
        return answer(status::securityStatusNotSatisfied);
    }
    if (!pin->lengthAllowed(command.data.size())) {
        return answer(status::wrongLength);
    }
    pin->set(command.data);
    persist();
    return answer(status::ok);
}

ResponseApdu VirtualCard::sign(const CommandApdu& command) {
    if (command.p1 != 0x00 || command.p2 != 0x80) {
        return answer(status::wrongParameters);
    }
    AppletState* applet = selectedApplet();
    if (!applet || !m_transient.file || !applet->keys.contains(*m_transient.file)) {
        return answer(status::commandNotAllowed);
    }
    const std::optional<layout::Fid> pin = access::pinForKey(*m_transient.file);
    if (!pin || !m_transient.verifiedPins.contains(*pin)) {
        return answer(status::securityStatusNotSatisfied);
    }
    // PKCS#1 v1.5 needs 11 bytes of padding in the 256-byte block.
    if (command.data.empty() || command.data.size() > 245) {
        return answer(status::wrongLength);
    }
    const Key key = privateKeyFromDer(applet->keys.at(*m_transient.file));
    return ResponseApdu{signDigestInfo(key.get(), command.data), status::ok};
}

ResponseApdu VirtualCard::getResponse(const CommandApdu& command) {
    if (command.p1 != 0x00 || command.p2 != 0x00) {
        return answer(status::wrongParameters);
    }
    if (m_transient.pendingResponse.empty()) {
        return answer(status::conditionsOfUseNotSatisfied);
    }
    if (!command.le) {
        return answer(status::wrongLength);
    }
    Bytes& pending = m_transient.pendingResponse;
    const std::size_t count = std::min<std::size_t>(*command.le, pending.size());
    ResponseApdu response{Bytes(pending.begin(), pending.begin() + static_cast<long>(count)),
                          status::ok};
    pending.erase(pending.begin(), pending.begin() + static_cast<long>(count));
    if (!pending.empty()) {
        response.sw = static_cast<std::uint16_t>(
            0x6100 | (pending.size() >= shortResponseLimit ? 0 : pending.size()));
    }
    return response;
}

} // namespace jpki::sim
