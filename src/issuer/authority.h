#pragma once

// The issuing authority as the counter drives it at a renewal, a reset or a first issue: what the
// national system (J-LIS) does. It authenticates the issuer to the card (card::IssuingAuthority),
// issues a certificate for a public key the card generated, revokes a certificate and publishes
// the certificate revocation list. LocalAuthority is the embedded stand-in; a deployment puts the
// national system's connection behind the same interface.

#include "card/apdu.h"
#include "card/basic_info.h"
#include "card/certificate.h"
#include "card/issuer_operations.h"
#include "domain/date.h"
#include "domain/validity.h"
#include "issuer/result.h"

#include <optional>
#include <string_view>

namespace jpki::issuer {

struct IssueRequest {
    domain::CertificateKind kind = domain::CertificateKind::UserAuthentication;
    card::Bytes publicKey; // DER SubjectPublicKeyInfo, as GENERATE ASYMMETRIC KEY PAIR gave it
    // Japan dates computed by the caller from the domain rules (R-VAL-CERT, R-VAL-CERT6,
    // R-VAL-FOREIGN): valid from 00:00:00 of the first to 23:59:59 of the last.
    domain::Date notBefore{};
    domain::Date notAfter{};
    // The four items a signature certificate carries (R-VAL-CHANGE); a user-authentication
    // certificate carries none, so giving them for one is an InvalidRequest.
    std::optional<card::BasicInfo> holder;
};

// RFC 5280 CRLReason codes the counter's procedures lead to.
enum class RevocationReason {
    Unspecified,
    KeyCompromise,        // the card was lost or stolen
    AffiliationChanged,   // name, address, birth date or sex changed (R-VAL-CHANGE)
    Superseded,           // a renewal replaced it (R-VAL-CERT6)
    CessationOfOperation, // the card was returned, or the certificate never reached it
};

// RFC 5280's names ("keyCompromise"); nothing for an unknown name.
std::string_view reasonName(RevocationReason reason);
std::optional<RevocationReason> reasonFromName(std::string_view name);

enum class RevokeOutcome {
    Revoked,
    AlreadyRevoked, // revoked before; the first reason and date stand
};

class Authority : public card::IssuingAuthority {
public:
    // A certificate signed by the CA of the request's kind, with a serial never used before.
    virtual Result<card::Certificate> issue(const IssueRequest& request) = 0;
    // Revokes a certificate this authority issued. Asking twice is not an error, so that a
    // procedure resumed after a crash can ask again.
    virtual Result<RevokeOutcome> revoke(domain::CertificateKind kind, std::string_view serialHex,
                                         RevocationReason reason) = 0;
    // The DER CRL of the CA of that kind, signed by it, listing every certificate it revoked.
    virtual Result<card::Bytes> publishCrl(domain::CertificateKind kind) = 0;
};

} // namespace jpki::issuer
