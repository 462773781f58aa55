#pragma once

// X.509 v3 certificates for the virtual card and its test authority, shaped like J-LIS's:
// RSA 2048, SHA-256, validity by whole days of Japan time, and for the signature certificate the
// holder's four basic items as subjectAltName otherName entries under the J-LIS arc.

#include "domain/date.h"
#include "simulator/crypto.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jpki::sim {

// otherName types of the J-LIS personal-data arc 1.2.392.200149.8.5.5.
namespace jlis_oid {
inline constexpr std::string_view name = "1.2.392.200149.8.5.5.1";
inline constexpr std::string_view sex = "1.2.392.200149.8.5.5.3";
inline constexpr std::string_view birthDate = "1.2.392.200149.8.5.5.4";
inline constexpr std::string_view address = "1.2.392.200149.8.5.5.5";
} // namespace jlis_oid

enum class CertificateRole { Authority, UserAuthentication, Signature };

// (short attribute name, value), e.g. {"C", "JP"}; values are UTF-8.
using DistinguishedName = std::vector<std::pair<std::string, std::string>>;

struct HolderAttributes {
    std::string name;
    std::string sex;       // "1" male, "2" female, "9" not applicable
    std::string birthDate; // era digit + YYYYMMDD, see jlisBirthDate
    std::string address;
};

struct CertificateSpec {
    CertificateRole role = CertificateRole::UserAuthentication;
    DistinguishedName subject;
    domain::Date firstDay;                  // valid from 00:00:00 Japan time
    domain::Date lastDay;                   // valid until 23:59:59 Japan time
    std::optional<HolderAttributes> holder; // only for CertificateRole::Signature
};

// `issuer` and `issuerKey` sign; a null `issuer` makes a self-signed certificate with `issuerKey`
// (which must then be the subject's key).
Certificate issueCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey, X509* issuer,
                             EVP_PKEY* issuerKey);

// The birth date as J-LIS writes it in certificates: one era digit (1 Meiji, 2 Taisho, 3 Showa,
// 4 Heisei, 5 Reiwa) followed by the Gregorian YYYYMMDD.
std::string jlisBirthDate(const domain::Date& birth);

} // namespace jpki::sim
