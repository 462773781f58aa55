#pragma once

// X.509 v3 certificates shaped like J-LIS's, for the issuing authority and the virtual card's
// provisioning: RSA 2048, SHA-256, validity by whole days of Japan time, and for the signature
// certificate the holder's four basic items as subjectAltName otherName entries under the J-LIS
// arc (card/certificate_holder.h reads them back).

#include "domain/date.h"
#include "issuer/crypto.h"

#include <ctime>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jpki::issuer {

enum class CertificateRole { Authority, UserAuthentication, Signature };

// (short attribute name, value), e.g. {"C", "JP"}; values are UTF-8.
using DistinguishedName = std::vector<std::pair<std::string, std::string>>;

// The four items as the certificate writes them.
struct HolderAttributes {
    std::string name;
    std::string sex;       // "1" male, "2" female, "3" not known
    std::string birthDate; // era digit + YYYYMMDD, see jlisBirthDate
    std::string address;
};

struct CertificateSpec {
    CertificateRole role = CertificateRole::UserAuthentication;
    DistinguishedName subject;
    domain::Date firstDay;                  // valid from 00:00:00 Japan time
    domain::Date lastDay;                   // valid until 23:59:59 Japan time
    std::optional<HolderAttributes> holder; // only for CertificateRole::Signature
    crypto::Bytes serial;                   // big-endian, positive; empty: randomSerial()
};

// `issuer` and `issuerKey` sign; a null `issuer` makes a self-signed certificate with `issuerKey`
// (which must then be the subject's key). Throws crypto::CryptoError.
crypto::Certificate issueCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey,
                                     X509* issuer, EVP_PKEY* issuerKey);

// 128 random bits, positive and without a leading zero byte, as RFC 5280 asks of a serial.
crypto::Bytes randomSerial();

// The subject's common name of a holder's certificate: J-LIS puts an opaque serial there, not the
// holder's name. "TEST" and 20 random hex digits.
std::string opaqueCommonName();

// The birth date as J-LIS writes it in certificates: one era digit (1 Meiji, 2 Taisho, 3 Showa,
// 4 Heisei, 5 Reiwa) followed by the Gregorian YYYYMMDD.
std::string jlisBirthDate(const domain::Date& birth);

// Japan has no daylight saving time: 00:00 JST is 15:00 UTC of the day before.
std::time_t japanMidnight(const domain::Date& day);

} // namespace jpki::issuer
