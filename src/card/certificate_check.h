#pragma once

// Checks against a certificate read from the card: that a CA certificate issued it and both are
// valid on a day, and that a signature the card made verifies with the certificate's key.

#include "card/certificate.h"
#include "card/result.h"
#include "domain/date.h"

#include <span>
#include <string_view>

namespace jpki::card {

enum class ChainVerdict {
    Valid,
    IssuerMismatch,    // the issuer name is not the CA's subject
    SignatureMismatch, // the CA's key does not verify the certificate's signature
    NotYetValid,
    Expired,
    CaNotValid, // the CA certificate itself is outside its validity on that day
};

std::string_view verdictName(ChainVerdict verdict);

// X509_verify of the certificate's signature with the CA's public key, names, and validity of
// both on `day` (a Japan date).
ChainVerdict checkIssuedBy(const Certificate& certificate, const Certificate& ca,
                           const domain::Date& day);

// RSA PKCS#1 v1.5 check of a signature over a DigestInfo (the card pads the DigestInfo it is
// given): SignatureMismatch when it does not verify.
Result<void> verifyDigestInfoSignature(EVP_PKEY* publicKey,
                                       std::span<const std::uint8_t> digestInfo,
                                       std::span<const std::uint8_t> signature);

} // namespace jpki::card
