#pragma once

// The JPKI applet (公的個人認証 AP): certificates, the two certificate PINs and the two signing
// keys. Every operation selects the applet itself and runs in one transaction.

#include "card/card_channel.h"
#include "card/card_files.h"
#include "card/certificate.h"
#include "card/pin.h"
#include "card/result.h"

#include <span>

namespace jpki::card {

class JpkiApplet {
public:
    explicit JpkiApplet(CardChannel& channel)
        : m_channel(channel) {}

    // The certificates readable without a PIN: user authentication and both CAs. Asking for the
    // signature certificate here answers SecurityStatusNotSatisfied; use the overload below.
    Result<Certificate> readCertificate(JpkiCertificate which);
    // Verifies the signature password, then reads the signature certificate.
    Result<Certificate> readSignatureCertificate(std::span<const std::uint8_t> password);

    // Tries left of UserAuthentication or Signature without spending one.
    Result<PinStatus> pinStatus(PinReference pin);
    Result<void> verifyPin(PinReference pin, std::span<const std::uint8_t> value);
    // Verifies the current PIN, then sets the new one (CHANGE REFERENCE DATA).
    Result<void> changePin(PinReference pin, std::span<const std::uint8_t> currentValue,
                           std::span<const std::uint8_t> newValue);

    // Verifies the key's PIN, has the card sign the DigestInfo, and checks the signature with
    // the public key of the key's certificate: SignatureMismatch when it does not verify.
    Result<Bytes> sign(JpkiKey key, std::span<const std::uint8_t> pinValue,
                       std::span<const std::uint8_t> digestInfo);

private:
    CardChannel& m_channel;
};

// The JPKI applet holds only these two PINs.
bool isJpkiPin(PinReference pin);

} // namespace jpki::card
