// The commands only the issuing authority may use, modelled with ISO 7816 commands as
// docs/card-protocol.md decides: GET CHALLENGE and EXTERNAL AUTHENTICATE prove the authority's
// key; then RESET RETRY COUNTER, GENERATE ASYMMETRIC KEY PAIR and UPDATE BINARY are allowed in
// the selected applet until another applet is selected or the card is reset.

#include "simulator/access_rules.h"
#include "simulator/virtual_card.h"

#include <spdlog/spdlog.h>

namespace jpki::sim {

namespace {

using card::CommandApdu;
using card::ResponseApdu;

constexpr std::size_t challengeLength = 8;

ResponseApdu answer(std::uint16_t sw) {
    return ResponseApdu{{}, sw};
}

} // namespace

ResponseApdu VirtualCard::getChallenge(const CommandApdu& command) {
    if (command.p1 != 0x00 || command.p2 != 0x00) {
        return answer(status::wrongParameters);
    }
    if (!command.le) {
        return answer(status::wrongLength);
    }
    if (*command.le != challengeLength) {
        return answer(status::wrongLe(challengeLength));
    }
    m_transient.challenge = randomBytes(challengeLength);
    return ResponseApdu{*m_transient.challenge, status::ok};
}

ResponseApdu VirtualCard::externalAuthenticate(const CommandApdu& command) {
    if (command.p1 != 0x00 || command.p2 != 0x00) {
        return answer(status::wrongParameters);
    }
    if (!selectedApplet() || !m_transient.challenge) {
        return answer(status::conditionsOfUseNotSatisfied);
    }
    if (command.data.empty()) {
        return answer(status::wrongLength);
    }
    // A challenge answers one attempt only, right or wrong.
    const Bytes challenge = std::move(*m_transient.challenge);
    m_transient.challenge.reset();
    const Key authorityKey = publicKeyFromDer(m_state.issuerPublicKey);
    m_transient.issuerAuthenticated = verifySha256(authorityKey.get(), challenge, command.data);
    if (!m_transient.issuerAuthenticated) {
        spdlog::warn("issuer authentication refused: the signature does not verify");
        return answer(status::verificationFailed);
    }
    spdlog::info("issuer authenticated in the selected applet");
    return answer(status::ok);
}

ResponseApdu VirtualCard::resetRetryCounter(const CommandApdu& command) {
    if (command.p1 != 0x02 || command.p2 != 0x80) {
        return answer(status::wrongParameters);
    }
    PinRecord* pin = selectedPin();
    if (!pin) {
        return answer(status::commandNotAllowed);
    }
    if (!m_transient.issuerAuthenticated) {
        return answer(status::securityStatusNotSatisfied);
    }
    if (!pin->lengthAllowed(command.data.size())) {
        return answer(status::wrongLength);
    }
    pin->set(command.data);
    m_transient.verifiedPins.erase(*m_transient.file);
    persist();
    spdlog::info("PIN file {:04X}: new value set by the issuer, {} tries", *m_transient.file,
                 pin->limit);
    return answer(status::ok);
}

ResponseApdu VirtualCard::generateKeyPair(const CommandApdu& command) {
    if (command.p1 != 0x00 || command.p2 != 0x00) {
        return answer(status::wrongParameters);
    }
    AppletState* applet = selectedApplet();
    const std::optional<layout::Fid> certificate =
        m_transient.file ? access::certificateForKey(*m_transient.file) : std::nullopt;
    if (!applet || !inJpkiApplet() || !certificate) {
        return answer(status::commandNotAllowed);
    }
    if (!m_transient.issuerAuthenticated) {
        return answer(status::securityStatusNotSatisfied);
    }
    const layout::Fid keyFid = *m_transient.file;
    Key key = generateRsaKey();
    applet->keys[keyFid] = privateKeyToDer(key.get());
    // The old certificate no longer matches the key: empty it (and create it on a card that
    // had none, together with the password, which the issuer sets next).
    applet->binaries[*certificate].clear();
    const layout::Fid pinFid = *access::pinForKey(keyFid);
    if (!applet->pins.contains(pinFid)) {
        PinRecord password;
        password.limit = layout::signaturePasswordTries;
        password.triesLeft = password.limit;
        password.minLength = 6;
        password.maxLength = 16;
        password.salt = randomBytes(16);
        applet->pins[pinFid] = std::move(password);
    }
    persist();
    spdlog::info("new key pair in EF {:04X}; EF {:04X} emptied", keyFid, *certificate);
    return ResponseApdu{publicKeyToDer(key.get()), status::ok};
}

ResponseApdu VirtualCard::updateBinary(const CommandApdu& command) {
    if (command.p1 & 0x80) {
        return answer(status::wrongParameters);
    }
    AppletState* applet = selectedApplet();
    if (!applet || !inJpkiApplet() || !m_transient.file ||
        !access::isWritableCertificate(*m_transient.file)) {
        return answer(status::commandNotAllowed);
    }
    if (!m_transient.issuerAuthenticated) {
        return answer(status::securityStatusNotSatisfied);
    }
    if (command.data.empty()) {
        return answer(status::wrongLength);
    }
    Bytes& content = applet->binaries[*m_transient.file];
    const std::size_t offset = static_cast<std::size_t>(command.p1 << 8 | command.p2);
    if (offset == 0) {
        content.clear(); // writing at offset 0 starts a fresh file
    } else if (offset > content.size()) {
        return answer(status::wrongOffset);
    }
    if (content.size() < offset + command.data.size()) {
        content.resize(offset + command.data.size());
    }
    std::copy(command.data.begin(), command.data.end(),
              content.begin() + static_cast<long>(offset));
    persist();
    return answer(status::ok);
}

} // namespace jpki::sim
