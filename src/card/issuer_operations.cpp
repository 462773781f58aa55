#include "card/issuer_operations.h"

#include "card/applet_io.h"
#include "card/certificate.h"
#include "card/commands.h"
#include "card/wipe.h"

#include <openssl/x509.h>

namespace jpki::card {

Result<void> IssuerOperations::authenticate(Applet applet) {
    Result<void> selected = selectApplet(m_channel, applet);
    if (!selected) {
        return selected;
    }
    Result<ResponseApdu> challenge =
        transmitExpectingOk(m_channel, commands::getChallenge(), "GET CHALLENGE");
    if (!challenge) {
        return challenge.error();
    }
    if (challenge->data.empty()) {
        return CardError(CardErrorCode::MalformedResponse, "GET CHALLENGE without data");
    }
    Result<Bytes> answer = m_authority.answerChallenge(applet, challenge->data);
    if (!answer) {
        return answer.error();
    }
    if (answer->empty() || answer->size() > commands::kExtendedLcMax) {
        return CardError(CardErrorCode::InvalidArgument, "issuer answer length");
    }
    Result<ResponseApdu> authenticated = transmitExpectingOk(
        m_channel, commands::externalAuthenticate(*answer), "EXTERNAL AUTHENTICATE");
    if (!authenticated) {
        return authenticated.error();
    }
    return {};
}

Result<void> IssuerOperations::resetPin(PinReference pin, std::span<const std::uint8_t> newValue) {
    if (Result<void> length = checkPinLength(newValue); !length) {
        return length;
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    Result<void> step = authenticate(appletOf(pin));
    if (step) {
        step = selectFile(m_channel, pinFileOf(pin));
    }
    if (!step) {
        return step;
    }
    CommandApdu command = commands::resetRetryCounter(newValue);
    const WipeOnExit wipeCommand(command.data);
    Result<ResponseApdu> response = transmitExpectingOk(m_channel, command, "RESET RETRY COUNTER");
    if (!response) {
        return response.error();
    }
    return {};
}

Result<PublicKey> IssuerOperations::generateKeyPair(JpkiKey key) {
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Result<void> step = authenticate(Applet::Jpki);
    if (step) {
        step = selectFile(m_channel, fileOf(key));
    }
    if (!step) {
        return step.error();
    }
    Result<ResponseApdu> response =
        transmitExpectingOk(m_channel, commands::generateKeyPair(), "GENERATE ASYMMETRIC KEY PAIR");
    if (!response) {
        return response.error();
    }
    const Bytes& der = response->data;
    const unsigned char* cursor = der.data();
    PublicKey publicKey(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!publicKey || cursor != der.data() + der.size()) {
        return CardError(CardErrorCode::MalformedResponse, "public key is not a DER SPKI");
    }
    return publicKey;
}

Result<void> IssuerOperations::writeCertificate(JpkiKey key, std::span<const std::uint8_t> der) {
    if (!Certificate::fromDer(der)) {
        return CardError(CardErrorCode::InvalidArgument, "not a DER X.509 certificate");
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    Result<void> step = authenticate(Applet::Jpki);
    if (step) {
        step = selectFile(m_channel, fileOf(certificateOf(key)));
    }
    if (!step) {
        return step;
    }
    return updateBinary(m_channel, der);
}

} // namespace jpki::card
