#include "domain/secret.h"

#include <algorithm>
#include <array>
#include <gtest/gtest.h>
#include <string>
#include <type_traits>
#include <utility>

using namespace jpki::domain;

// R-PIN-SECRET: a PIN buffer is never duplicated by accident.
static_assert(!std::is_copy_constructible_v<SecretBuffer>);
static_assert(!std::is_copy_assignable_v<SecretBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecretBuffer>);
static_assert(std::is_nothrow_move_assignable_v<SecretBuffer>);

namespace {

bool allZero(const char* data, std::size_t size) {
    return std::all_of(data, data + size, [](char c) { return c == 0; });
}

} // namespace

TEST(SecretBuffer, StartsEmptyAndHoldsWhatIsAppended) {
    SecretBuffer secret;
    EXPECT_TRUE(secret.empty());
    secret.append('4');
    secret.append("72");
    EXPECT_EQ(secret.size(), 3u);
    EXPECT_TRUE(secret.equals("472"));
    EXPECT_EQ(secret.bytes().size(), 3u);
    EXPECT_EQ(secret.bytes()[0], std::uint8_t{'4'});
}

TEST(SecretBuffer, ClearOverwritesEveryByteOfItsStorageWithZeros) {
    SecretBuffer secret{"K7Q2M9X4"};
    const char* storage = secret.data();
    const std::size_t capacity = secret.capacity();
    ASSERT_GE(capacity, secret.size());
    secret.clear();
    EXPECT_TRUE(secret.empty());
    // clear() keeps the storage, so reading it afterwards is defined.
    EXPECT_EQ(secret.data(), storage);
    EXPECT_TRUE(allZero(storage, capacity));
}

TEST(SecretBuffer, KeepsItsContentsWhenItGrowsBeyondOnePin) {
    SecretBuffer secret;
    std::string expected;
    for (int i = 0; i < 100; ++i) {
        const char c = static_cast<char>('A' + i % 26);
        secret.append(c);
        expected.push_back(c);
    }
    EXPECT_TRUE(secret.equals(expected));
}

TEST(SecretBuffer, MovingLeavesTheSourceEmptyWithoutCopyingTheBytes) {
    SecretBuffer source{"9153"};
    const char* storage = source.data();
    SecretBuffer moved{std::move(source)};
    EXPECT_EQ(moved.data(), storage);
    EXPECT_TRUE(moved.equals("9153"));
    EXPECT_TRUE(source.empty()); // NOLINT(bugprone-use-after-move): the state is specified
    EXPECT_EQ(source.data(), nullptr);

    SecretBuffer target{"0000"};
    target = std::move(moved);
    EXPECT_TRUE(target.equals("9153"));
    EXPECT_TRUE(moved.empty()); // NOLINT(bugprone-use-after-move)
}

TEST(SecretBuffer, ComparesByContentsAndLength) {
    const SecretBuffer secret{"ABC123"};
    EXPECT_TRUE(secret.equals(SecretBuffer{"ABC123"}));
    EXPECT_FALSE(secret.equals("ABC124"));
    EXPECT_FALSE(secret.equals("ABC12"));
    EXPECT_FALSE(secret.equals("ABC1234"));
    EXPECT_TRUE(SecretBuffer{}.equals(""));
}

TEST(SecureWipe, ZeroesExactlyTheBytesItIsGiven) {
    std::array<char, 8> bytes{'1', '2', '3', '4', '5', '6', '7', '8'};
    secureWipe(bytes.data() + 1, 6);
    EXPECT_EQ(bytes[0], '1');
    EXPECT_TRUE(allZero(bytes.data() + 1, 6));
    EXPECT_EQ(bytes[7], '8');
}
