#pragma once

// What only the issuing side may do, driven from the counter (docs/card-protocol.md): the card
// gives a challenge, the issuing authority signs it, EXTERNAL AUTHENTICATE opens the applet for
// RESET RETRY COUNTER, GENERATE ASYMMETRIC KEY PAIR and UPDATE BINARY. Each operation
// authenticates afresh, because selecting another applet ends the authentication.

#include "card/card_channel.h"
#include "card/card_files.h"
#include "card/openssl_types.h"
#include "card/pin.h"
#include "card/result.h"

#include <span>

namespace jpki::card {

// The issuing authority as the counter sees it: the national system, or a local stand-in.
class IssuingAuthority {
public:
    virtual ~IssuingAuthority() = default;
    // The RSA PKCS#1 v1.5 signature with SHA-256 over the card's challenge, made with the
    // authority's key for that applet.
    virtual Result<Bytes> answerChallenge(Applet applet,
                                          std::span<const std::uint8_t> challenge) = 0;
};

class IssuerOperations {
public:
    IssuerOperations(CardChannel& channel, IssuingAuthority& authority)
        : m_channel(channel)
        , m_authority(authority) {}

    // Sets a new PIN and restores its tries (forgotten or blocked PIN, R-PIN-RESET).
    Result<void> resetPin(PinReference pin, std::span<const std::uint8_t> newValue);
    // Makes a new key pair on the card and returns its public key. The card empties the
    // matching certificate file at that moment.
    Result<PublicKey> generateKeyPair(JpkiKey key);
    // Writes the certificate of the key (a DER X.509 certificate, checked to parse first).
    Result<void> writeCertificate(JpkiKey key, std::span<const std::uint8_t> der);

private:
    Result<void> authenticate(Applet applet);

    CardChannel& m_channel;
    IssuingAuthority& m_authority;
};

} // namespace jpki::card
