#pragma once

// Helpers for the issuing authority's unit tests: an authority in a fresh directory, keys drawn
// from a pool made at build time, a fixed clock, and a holder's four items.

#include "card/basic_info.h"
#include "issuer/local_authority.h"

#include <chrono>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>

namespace jpki::issuer::testing {

// A key from the build's pool (each one once per process), generated when the pool runs dry.
crypto::Key pooledKey();
card::Bytes subjectPublicKeyInfo(EVP_PKEY* key);

// 2025-11-25 01:02:03 UTC, 10:02:03 in Japan.
std::chrono::sys_seconds fixedNow();
domain::Date today();
LocalAuthorityOptions testOptions();

card::BasicInfo holderItems();

// ls -l's permission bits of a path.
unsigned modeOf(const std::filesystem::path& path);
std::string readText(const std::filesystem::path& path);
void appendText(const std::filesystem::path& path, std::string_view text);

// A fresh directory per test (removed afterwards), and the authority made in it.
class AuthorityTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The authority's directory (not yet created): a subdirectory of the test's own.
    const std::filesystem::path& directory() const { return m_authorityDirectory; }
    LocalAuthority& authority();
    // Closes and opens the directory again.
    LocalAuthority& reopen();
    std::filesystem::path ledgerPath() const;

    // A user-authentication or signature certificate for a pooled key; fails the test on error.
    card::Certificate issueFor(domain::CertificateKind kind);

private:
    std::filesystem::path m_root;
    std::filesystem::path m_authorityDirectory;
    std::optional<LocalAuthority> m_authority;
};

} // namespace jpki::issuer::testing
