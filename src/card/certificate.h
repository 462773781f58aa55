#pragma once

// An X.509 certificate read from the card. Its structure, serial number and validity are read
// from the DER at once, without OpenSSL: that is all a status read shows, and OpenSSL's first
// certificate parse in a process (providers, decoders, its configuration) costs more than the
// whole card exchange of `jpki-counter-cli card status`. OpenSSL parses it once, on the first
// call that needs it (names, key, signature, holder's items). Immutable and cheap to copy (the
// parsed object is shared, across threads too). Dates are Japan dates (UTC+9), as the counter
// shows them.

#include "card/apdu.h"
#include "card/basic_info.h"
#include "card/openssl_types.h"
#include "card/result.h"
#include "domain/date.h"

#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>

namespace jpki::card {

class Certificate {
public:
    // The DER must be exactly one certificate: trailing bytes are an error.
    static Result<Certificate> fromDer(std::span<const std::uint8_t> der);

    const Bytes& der() const { return m_parsed->der; }
    // Distinguished names in RFC 2253 order and escaping, UTF-8 kept as is; empty when OpenSSL
    // cannot read the certificate.
    const std::string& subject() const { return parsed().subject; }
    const std::string& issuer() const { return parsed().issuer; }
    // Upper-case hex of the serial number's magnitude, "-" first when negative.
    const std::string& serialHex() const { return m_serialHex; }
    domain::Date notBefore() const { return m_notBefore; }
    domain::Date notAfter() const { return m_notAfter; }
    // A new reference to the certificate's public key; empty when OpenSSL cannot read it.
    PublicKey publicKey() const;
    // For OpenSSL calls; owned by this object. Null when OpenSSL refuses a certificate whose
    // structure looked right (every caller treats that as a certificate that does not check).
    const X509* x509() const { return parsed().x509.get(); }

    // The holder's four items from the subject alternative name's J-LIS other-name entries:
    // nothing when the certificate carries none (user-authentication certificates); an error
    // when the extension is malformed or carries only some of the four.
    Result<std::optional<BasicInfo>> holderInfo() const;

    // Whole days from `today` to the last day of validity (negative once expired).
    int daysLeft(const domain::Date& today) const;
    bool validOn(const domain::Date& day) const;

private:
    // What OpenSSL makes of the DER, made once for every copy of the certificate.
    struct Parsed {
        Bytes der;
        std::once_flag once;
        std::shared_ptr<X509> x509;
        std::string subject;
        std::string issuer;
    };

    Certificate() = default;
    const Parsed& parsed() const;

    std::shared_ptr<Parsed> m_parsed;
    std::string m_serialHex;
    domain::Date m_notBefore;
    domain::Date m_notAfter;
};

} // namespace jpki::card
