#pragma once

// The embedded issuing authority: OpenSSL certificate authorities whose keys, CA certificates and
// ledger live in one directory (the application-data folder's authority/ in the application), in
// the layout the virtual card's test authority uses, so that both can share a directory. It
// stands in for the national system, which only J-LIS runs; docs/issuer.md.

#include "issuer/authority.h"
#include "issuer/authority_keys.h"
#include "issuer/ledger.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace jpki::issuer {

struct LocalAuthorityOptions {
    // The time of issues, revocations and CRLs; empty: the system clock.
    std::function<std::chrono::sys_seconds()> clock;
    // Where a new authority's RSA keys come from; empty: generated.
    crypto::KeyMaker keys;
    // Where serial numbers come from; empty: randomSerial(). Each is checked against the ledger.
    std::function<crypto::Bytes()> serials;
    // The organisational unit of a new authority's CA certificates that says what it is.
    std::string marking = "jpki-counter local authority, not J-LIS";
};

class LocalAuthority final : public Authority {
public:
    // Generates the keys and self-signed CA certificates (valid from ten years before `today` to
    // twenty years after) and writes them with an empty ledger. AuthorityExists when the
    // directory already holds one.
    static Result<LocalAuthority> create(const std::filesystem::path& directory,
                                         const domain::Date& today,
                                         LocalAuthorityOptions options = {});
    // Loads an authority and reads its ledger (created when the directory has none yet).
    static Result<LocalAuthority> open(const std::filesystem::path& directory,
                                       LocalAuthorityOptions options = {});
    // open(), or create() where the directory holds no authority at all.
    static Result<LocalAuthority> openOrCreate(const std::filesystem::path& directory,
                                               const domain::Date& today,
                                               LocalAuthorityOptions options = {});

    // The issuer key's RSA PKCS#1 v1.5 signature with SHA-256 over the challenge; one key
    // serves every applet.
    card::Result<card::Bytes> answerChallenge(card::Applet applet,
                                              std::span<const std::uint8_t> challenge) override;
    Result<card::Certificate> issue(const IssueRequest& request) override;
    Result<RevokeOutcome> revoke(domain::CertificateKind kind, std::string_view serialHex,
                                 RevocationReason reason) override;
    // Also writes the CRL to auth-ca.crl or sign-ca.crl in the directory.
    Result<card::Bytes> publishCrl(domain::CertificateKind kind) override;

    // Enters in the ledger a certificate made with this authority's CA keys by another program
    // that shares the directory (the virtual card's provisioning). NotIssuedHere when the CA of
    // that kind did not sign it, SerialInUse when the ledger already holds its serial.
    Result<void> recordIssued(domain::CertificateKind kind, const card::Certificate& certificate);

    // What the ledger says of each serial, re-read first.
    Result<std::map<std::string, IssuedSerial, std::less<>>> serials();
    // Torn last lines of the ledger found and cut off since it was opened.
    const std::vector<TornLine>& tornLedgerLines() const { return m_ledger.tornLines(); }
    const AuthorityKeys& keys() const { return m_keys; }
    const std::filesystem::path& directory() const { return m_directory; }

private:
    LocalAuthority(std::filesystem::path directory, AuthorityKeys keys, Ledger ledger,
                   LocalAuthorityOptions options);

    // Opens (or starts) the directory's ledger beside the loaded or new keys.
    static Result<LocalAuthority> withLedger(const std::filesystem::path& directory,
                                             AuthorityKeys keys, LocalAuthorityOptions options);
    std::chrono::sys_seconds now() const;

    std::filesystem::path m_directory;
    AuthorityKeys m_keys;
    Ledger m_ledger;
    LocalAuthorityOptions m_options;
};

} // namespace jpki::issuer
