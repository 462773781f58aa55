#pragma once

// An X.509 certificate read from the card, parsed once with OpenSSL. Immutable and cheap to
// copy (the parsed object is shared). Dates are Japan dates (UTC+9), as the counter shows them.

#include "card/apdu.h"
#include "card/basic_info.h"
#include "card/openssl_types.h"
#include "card/result.h"
#include "domain/date.h"

#include <memory>
#include <optional>
#include <span>
#include <string>

namespace jpki::card {

class Certificate {
public:
    // The DER must be exactly one certificate: trailing bytes are an error.
    static Result<Certificate> fromDer(std::span<const std::uint8_t> der);

    const Bytes& der() const { return m_der; }
    // Distinguished names in RFC 2253 order and escaping, UTF-8 kept as is.
    const std::string& subject() const { return m_subject; }
    const std::string& issuer() const { return m_issuer; }
    // Upper-case hex of the serial number's magnitude, "-" first when negative.
    const std::string& serialHex() const { return m_serialHex; }
    domain::Date notBefore() const { return m_notBefore; }
    domain::Date notAfter() const { return m_notAfter; }
    // A new reference to the certificate's public key.
    PublicKey publicKey() const;
    // For OpenSSL calls; owned by this object.
    const X509* x509() const { return m_x509.get(); }

    // The holder's four items from the subject alternative name's J-LIS other-name entries:
    // nothing when the certificate carries none (user-authentication certificates); an error
    // when the extension is malformed or carries only some of the four.
    Result<std::optional<BasicInfo>> holderInfo() const;

    // Whole days from `today` to the last day of validity (negative once expired).
    int daysLeft(const domain::Date& today) const;
    bool validOn(const domain::Date& day) const;

private:
    Certificate() = default;

    std::shared_ptr<X509> m_x509;
    Bytes m_der;
    std::string m_subject;
    std::string m_issuer;
    std::string m_serialHex;
    domain::Date m_notBefore;
    domain::Date m_notAfter;
};

// The Japan date (UTC+9) of an ASN.1 time; nothing when the time does not parse.
std::optional<domain::Date> japanDateOf(const ASN1_TIME* time);

} // namespace jpki::card
