#pragma once

// Staff passwords are kept as scrypt hashes (OpenSSL EVP_PBE_scrypt) with a random salt and the
// cost parameters beside them, so that the cost can be raised later without breaking old hashes.
// The password itself is never stored or logged; callers hold it in a wiped buffer.

#include "storage/result.h"

#include <QString>
#include <cstdint>
#include <string_view>
#include <vector>

namespace jpki::storage {

struct ScryptParameters {
    // N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s per sign-in on a counter PC, the
    // interactive setting recommended for scrypt.
    int log2N = 15;
    int r = 8;
    int p = 1;

    friend bool operator==(const ScryptParameters&, const ScryptParameters&) = default;
};

struct PasswordHash {
    std::vector<std::uint8_t> hash; // 32 bytes
    std::vector<std::uint8_t> salt; // 16 random bytes
    QString kdf = QStringLiteral("scrypt");
    ScryptParameters parameters;
};

// An empty password gives InvalidArgument; a failing OpenSSL call Internal.
Result<PasswordHash> hashPassword(std::string_view password,
                                  const ScryptParameters& parameters = {});

// True when `password` gives `stored`'s hash; compared in constant time. Parameters outside
// sane bounds (a tampered row asking for gigabytes) give InvalidData rather than a long wait.
Result<bool> verifyPassword(std::string_view password, const PasswordHash& stored);

} // namespace jpki::storage
