#pragma once

// The keys and CA certificates of an issuing authority and the directory that holds them: the
// key with which it authenticates itself to the card for issuer commands, and two certificate
// authorities (user authentication and signature, as J-LIS has). The virtual card's test
// authority and the counter's local authority use this one layout, so that one directory can
// serve both (docs/issuer.md).

#include "domain/date.h"
#include "domain/validity.h"
#include "issuer/crypto.h"
#include "issuer/result.h"

#include <filesystem>
#include <string_view>

namespace jpki::issuer {

namespace authority_files {
inline constexpr const char* issuerKey = "issuer-key.pem";
inline constexpr const char* issuerPublicKey = "issuer-public-key.pem";
inline constexpr const char* authenticationCaKey = "auth-ca-key.pem";
inline constexpr const char* authenticationCaCertificate = "auth-ca-cert.pem";
inline constexpr const char* signatureCaKey = "sign-ca-key.pem";
inline constexpr const char* signatureCaCertificate = "sign-ca-cert.pem";
inline constexpr const char* ledger = "ledger";
inline constexpr const char* authenticationCrl = "auth-ca.crl";
inline constexpr const char* signatureCrl = "sign-ca.crl";
} // namespace authority_files

struct AuthorityKeys {
    crypto::Key issuerKey; // EXTERNAL AUTHENTICATE: the card holds its public half
    crypto::Key authenticationCaKey;
    crypto::Certificate authenticationCaCertificate;
    crypto::Key signatureCaKey;
    crypto::Certificate signatureCaCertificate;

    // New keys; CA certificates valid from ten years before `today` to twenty years after, with
    // `marking` as an organisational unit that tells a reader this is not J-LIS.
    static Result<AuthorityKeys> create(const domain::Date& today, std::string_view marking,
                                        const crypto::KeyMaker& keys = {});

    // Writes every file into `directory` (made 0700): keys 0600, certificates and the public key
    // 0644. The issuer key comes last, so that its presence says the set is complete.
    // AuthorityExists when the directory already holds an authority's file.
    Result<void> save(const std::filesystem::path& directory) const;
    // AuthorityMissing when the directory holds none of the files, MissingFile when some are
    // missing, CorruptKeyFile when one does not parse or a key does not match its certificate.
    static Result<AuthorityKeys> load(const std::filesystem::path& directory);

    X509* caCertificate(domain::CertificateKind kind) const;
    EVP_PKEY* caKey(domain::CertificateKind kind) const;
};

} // namespace jpki::issuer
