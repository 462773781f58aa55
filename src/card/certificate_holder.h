#pragma once

// The J-LIS other-name entries of a signature certificate's subject alternative name
// (object identifiers under 1.2.392.200149.8.5.5, as OpenSC's pkcs15-jpki.c and myna read them):
// .1 name, .3 sex (1 male, 2 female, 3 not known), .4 birth date (an era digit and YYYYMMDD),
// .5 address. .2 and .6 (positions of substitute characters) are ignored.

#include "card/basic_info.h"
#include "card/result.h"

#include <openssl/x509.h>
#include <optional>

namespace jpki::card {

inline constexpr const char* kJlisNameOid = "1.2.392.200149.8.5.5.1";
inline constexpr const char* kJlisSexOid = "1.2.392.200149.8.5.5.3";
inline constexpr const char* kJlisBirthDateOid = "1.2.392.200149.8.5.5.4";
inline constexpr const char* kJlisAddressOid = "1.2.392.200149.8.5.5.5";

// Nothing when the certificate has no subject alternative name or no J-LIS entry in it.
// A malformed extension, a value that is not a string, bad UTF-8, a duplicated entry, or only
// some of the four entries is a MalformedResponse.
Result<std::optional<BasicInfo>> parseHolderInfo(const X509* certificate);

} // namespace jpki::card
