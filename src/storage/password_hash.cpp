#include "storage/password_hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace jpki::storage {

namespace {

constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kSaltBytes = 16;

bool withinBounds(const ScryptParameters& parameters) {
    return parameters.log2N >= 10 && parameters.log2N <= 22 && parameters.r >= 1 &&
           parameters.r <= 32 && parameters.p >= 1 && parameters.p <= 16;
}

Result<std::vector<std::uint8_t>> derive(std::string_view password,
                                         const std::vector<std::uint8_t>& salt,
                                         const ScryptParameters& parameters) {
    const std::uint64_t n = std::uint64_t(1) << parameters.log2N;
    const auto r = static_cast<std::uint64_t>(parameters.r);
    const auto p = static_cast<std::uint64_t>(parameters.p);
    // What OpenSSL needs (128·r·p for B, 128·r·(N+2) for V) plus room for its bookkeeping.
    const std::uint64_t memory = 128 * r * p + 128 * r * (n + 2) + (1 << 20);
    std::vector<std::uint8_t> key(kHashBytes);
    if (EVP_PBE_scrypt(password.data(), password.size(), salt.data(), salt.size(), n, r, p, memory,
                       key.data(), key.size()) != 1) {
        OPENSSL_cleanse(key.data(), key.size());
        return StorageError(StorageErrorCode::Internal, "scrypt failed");
    }
    return key;
}

} // namespace

Result<PasswordHash> hashPassword(std::string_view password, const ScryptParameters& parameters) {
    if (password.empty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "an empty password");
    }
    if (!withinBounds(parameters)) {
        return StorageError(StorageErrorCode::InvalidArgument, "scrypt parameters out of bounds");
    }
    PasswordHash result;
    result.parameters = parameters;
    result.salt.resize(kSaltBytes);
    if (RAND_bytes(result.salt.data(), static_cast<int>(result.salt.size())) != 1) {
        return StorageError(StorageErrorCode::Internal, "no random bytes for a salt");
    }
    auto key = derive(password, result.salt, parameters);
    if (!key) {
        return key.error();
    }
    result.hash = std::move(key).value();
    return result;
}

Result<bool> verifyPassword(std::string_view password, const PasswordHash& stored) {
    if (stored.kdf != QLatin1String("scrypt") || !withinBounds(stored.parameters) ||
        stored.hash.size() != kHashBytes || stored.salt.empty()) {
        return StorageError(StorageErrorCode::InvalidData, "a stored password hash");
    }
    if (password.empty()) {
        return false;
    }
    auto key = derive(password, stored.salt, stored.parameters);
    if (!key) {
        return key.error();
    }
    const bool same = CRYPTO_memcmp(key->data(), stored.hash.data(), kHashBytes) == 0;
    OPENSSL_cleanse(key->data(), key->size());
    return same;
}

} // namespace jpki::storage
