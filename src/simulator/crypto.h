#pragma once

// Thin RAII wrappers over the OpenSSL 3 calls the virtual card and its test authority need:
// RSA keys, DER and PEM forms, PKCS#1 v1.5 signatures, random bytes.

#include <cstdint>
#include <functional>
#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::sim {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Thrown when OpenSSL refuses an operation; the message carries OpenSSL's own reason.
class CryptoError : public std::runtime_error {
public:
    explicit CryptoError(const std::string& what);
};

struct EvpPkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free {
    void operator()(X509* certificate) const { X509_free(certificate); }
};
using Key = std::unique_ptr<EVP_PKEY, EvpPkeyFree>; // a key pair or a public key alone
using Certificate = std::unique_ptr<X509, X509Free>;

Key generateRsaKey(int bits = 2048);
// Where new RSA-2048 key pairs come from; empty means generateRsaKey. Tests hand out keys made
// in advance, since generating them is the slow part of making a card.
using KeyMaker = std::function<Key()>;
Key makeKey(const KeyMaker& maker);

Bytes privateKeyToDer(EVP_PKEY* key); // PKCS#8 PrivateKeyInfo
Key privateKeyFromDer(ByteView der);
Bytes publicKeyToDer(EVP_PKEY* key); // SubjectPublicKeyInfo
Key publicKeyFromDer(ByteView der);
std::string privateKeyToPem(EVP_PKEY* key);
Key privateKeyFromPem(std::string_view pem);
std::string publicKeyToPem(EVP_PKEY* key);
Key publicKeyFromPem(std::string_view pem);

Bytes certificateToDer(X509* certificate);
Certificate certificateFromDer(ByteView der);
std::string certificateToPem(X509* certificate);
Certificate certificateFromPem(std::string_view pem);

// PKCS#1 v1.5 signature block over a caller-made DigestInfo, as the card's SIGN computes it.
Bytes signDigestInfo(EVP_PKEY* key, ByteView digestInfo);
// RSA PKCS#1 v1.5 with SHA-256 over `message` (EXTERNAL AUTHENTICATE's response).
Bytes signSha256(EVP_PKEY* key, ByteView message);
bool verifySha256(EVP_PKEY* publicKey, ByteView message, ByteView signature);

Bytes randomBytes(std::size_t count);
Bytes sha256(ByteView data);

std::string toHex(ByteView bytes);
// Nothing on odd length or on a character that is not a hex digit.
std::optional<Bytes> fromHex(std::string_view text);

} // namespace jpki::sim
