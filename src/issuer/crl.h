#pragma once

// A certificate revocation list (RFC 5280, v2) signed by a CA: each revoked serial with its date
// and reason code, the CRL number and the CA's key identifier.

#include "issuer/authority.h"
#include "issuer/crypto.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace jpki::issuer {

struct CrlEntry {
    crypto::Bytes serial; // big-endian magnitude
    std::chrono::sys_seconds revokedAt{};
    RevocationReason reason = RevocationReason::Unspecified;
};

struct CrlSpec {
    std::vector<CrlEntry> entries;
    std::uint64_t number = 1;
    std::chrono::sys_seconds thisUpdate{};
    std::chrono::sys_seconds nextUpdate{};
};

// The DER CRL. Throws crypto::CryptoError.
crypto::Bytes buildCrl(const CrlSpec& spec, X509* caCertificate, EVP_PKEY* caKey);

} // namespace jpki::issuer
