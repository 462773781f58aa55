#pragma once

// The test issuing authority that stands behind a virtual card: two certificate authorities (one
// for user-authentication certificates, one for signature certificates, as J-LIS has) and the
// key pair with which the authority authenticates itself to the card for issuer commands.
// Its files live in a directory beside the state file; docs/simulator.md describes them.

#include "domain/date.h"
#include "simulator/crypto.h"

#include <filesystem>

namespace jpki::sim {

struct TestAuthority {
    Key issuerKey; // EXTERNAL AUTHENTICATE: the card holds its public half
    Key authenticationCaKey;
    Certificate authenticationCaCertificate;
    Key signatureCaKey;
    Certificate signatureCaCertificate;

    // New keys; CA certificates valid from ten years before `today` to twenty years after.
    static TestAuthority create(const domain::Date& today, const KeyMaker& keys = {});

    // Writes every file (keys with mode 0600) into `directory`, created with mode 0700.
    void save(const std::filesystem::path& directory) const;
    // Throws std::runtime_error naming the file that is missing or unreadable.
    static TestAuthority load(const std::filesystem::path& directory);
};

// "<state file>.authority"
std::filesystem::path authorityDirectoryFor(const std::filesystem::path& stateFile);

namespace authority_files {
inline constexpr const char* issuerKey = "issuer-key.pem";
inline constexpr const char* issuerPublicKey = "issuer-public-key.pem";
inline constexpr const char* authenticationCaKey = "auth-ca-key.pem";
inline constexpr const char* authenticationCaCertificate = "auth-ca-cert.pem";
inline constexpr const char* signatureCaKey = "sign-ca-key.pem";
inline constexpr const char* signatureCaCertificate = "sign-ca-cert.pem";
} // namespace authority_files

} // namespace jpki::sim
