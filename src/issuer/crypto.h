#pragma once

// Thin RAII wrappers over the OpenSSL 3 calls that both sides of the card need, the issuing
// authority and the virtual card: RSA keys, DER and PEM forms, PKCS#1 v1.5 signatures, random
// bytes. They throw CryptoError; the issuing authority's public functions turn that into a typed
// error at their boundary.

#include "card/hex.h"
#include "card/openssl_types.h"

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

namespace jpki::issuer::crypto {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Thrown when OpenSSL refuses an operation; the message carries OpenSSL's own reason.
class CryptoError : public std::runtime_error {
public:
    explicit CryptoError(const std::string& what);
};

// A key pair or a public key alone: the same type as card::PublicKey, so that a key the card
// layer hands out passes here unchanged.
using Key = std::unique_ptr<EVP_PKEY, card::EvpPkeyDeleter>;
using Certificate = card::X509Ptr;

Key generateRsaKey(int bits = 2048);

// Frees what OpenSSL keeps for the calling thread (its random generators among it). A worker
// thread that made keys calls it as it ends: OpenSSL's own clean-up at thread exit races with
// the process's exit, which may run OpenSSL's global clean-up first and leave it behind.
void releaseThreadState();
// Where new RSA-2048 key pairs come from; empty means generateRsaKey. Tests hand out keys made
// in advance, since generating them is the slow part of making a card.
using KeyMaker = std::function<Key()>;
Key makeKey(const KeyMaker& maker);
// Hands out the private keys of a PEM bundle, each once, then fresh ones: for tests, with keys
// made once per build.
KeyMaker keysFromPool(std::string_view pem);

Bytes privateKeyToDer(EVP_PKEY* key); // PKCS#8 PrivateKeyInfo
Key privateKeyFromDer(ByteView der);
Bytes publicKeyToDer(EVP_PKEY* key); // SubjectPublicKeyInfo
Key publicKeyFromDer(ByteView der);
std::string privateKeyToPem(EVP_PKEY* key);
Key privateKeyFromPem(std::string_view pem);
// Every private key of a PEM bundle, in order (keys made in advance for tests).
std::vector<Key> privateKeysFromPem(std::string_view pem);
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

// Upper-case hex and its parser, as the card layer writes serial numbers and logs.
using card::fromHex;
using card::toHex;

} // namespace jpki::issuer::crypto
