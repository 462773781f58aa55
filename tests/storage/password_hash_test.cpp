// Staff passwords: scrypt through OpenSSL, salted, compared in constant time.

#include "storage/password_hash.h"

#include <gtest/gtest.h>

namespace jpki::storage {
namespace {

constexpr ScryptParameters kCheap{10, 8, 1};

TEST(PasswordHash, VerifiesTheRightPasswordAndRefusesOthers) {
    const PasswordHash stored = hashPassword("Mino-City 2026", kCheap).value();
    EXPECT_EQ(stored.hash.size(), 32U);
    EXPECT_EQ(stored.salt.size(), 16U);
    EXPECT_TRUE(verifyPassword("Mino-City 2026", stored).value());
    EXPECT_FALSE(verifyPassword("mino-city 2026", stored).value());
    EXPECT_FALSE(verifyPassword("Mino-City 202", stored).value());
    EXPECT_FALSE(verifyPassword("", stored).value());
}

TEST(PasswordHash, SaltsMakeEveryHashDifferent) {
    const PasswordHash first = hashPassword("same", kCheap).value();
    const PasswordHash second = hashPassword("same", kCheap).value();
    EXPECT_NE(first.salt, second.salt);
    EXPECT_NE(first.hash, second.hash);
}

TEST(PasswordHash, DefaultCostWorks) {
    const PasswordHash stored = hashPassword("counter").value();
    EXPECT_EQ(stored.parameters, ScryptParameters{});
    EXPECT_TRUE(verifyPassword("counter", stored).value());
}

TEST(PasswordHash, RefusesEmptyPasswordsAndInsaneParameters) {
    EXPECT_EQ(hashPassword("", kCheap).error().code, StorageErrorCode::InvalidArgument);
    EXPECT_EQ(hashPassword("x", {30, 8, 1}).error().code, StorageErrorCode::InvalidArgument);
    PasswordHash tampered = hashPassword("x", kCheap).value();
    tampered.parameters.log2N = 40; // a row asking for terabytes
    EXPECT_EQ(verifyPassword("x", tampered).error().code, StorageErrorCode::InvalidData);
    tampered = hashPassword("x", kCheap).value();
    tampered.kdf = QStringLiteral("md5");
    EXPECT_EQ(verifyPassword("x", tampered).error().code, StorageErrorCode::InvalidData);
}

} // namespace
} // namespace jpki::storage
