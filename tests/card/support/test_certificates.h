#pragma once

// Test keys and certificates made with OpenSSL at run time: a J-LIS-like CA, user-authentication
// and signature certificates, and deliberately malformed subject alternative names.

#include "card/apdu.h"
#include "card/openssl_types.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jpki::card::testing {

// RSA-2048 keys, made once per process (key generation is slow): index 0, 1, 2 ... are distinct.
EVP_PKEY* testKey(int index);

struct OtherNameEntry {
    std::string oid;
    std::string value;
    int asn1Type = 12; // V_ASN1_UTF8STRING; another type makes a malformed entry
};

struct CertificateSpec {
    std::string commonName = "Test Subject";
    long serial = 1;
    // ASN.1 GeneralizedTime text, UTC: "20240401000000Z".
    std::string notBefore = "20240401000000Z";
    std::string notAfter = "20290331145959Z";
    bool isCa = false;
    std::vector<OtherNameEntry> otherNames;
    // When set, the subject alternative name is these raw bytes (malformed on purpose).
    std::optional<Bytes> rawSubjectAltName;
};

// DER of a certificate for `subjectKey`, signed by `issuerKey` under the issuer's name (the
// subject's own name when `issuer` is null: self-signed).
Bytes makeCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey, EVP_PKEY* issuerKey,
                      const Bytes* issuerCertificate = nullptr);

// The four J-LIS entries of a signature certificate.
std::vector<OtherNameEntry> jlisOtherNames(const std::string& name, const std::string& address,
                                           const std::string& birth, const std::string& sex);

// A SHA-256 DigestInfo over `message`.
Bytes sha256DigestInfo(const std::string& message);

// RSA PKCS#1 v1.5 signature of a DigestInfo, as the card makes it.
Bytes signDigestInfo(EVP_PKEY* key, const Bytes& digestInfo);

// DER SubjectPublicKeyInfo of a key.
Bytes publicKeyDer(EVP_PKEY* key);

} // namespace jpki::card::testing
