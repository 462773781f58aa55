#pragma once

// R-CONV: whether the holder could reset a certificate PIN at a convenience-store kiosk instead of
// at the counter (after applying in the JPKI暗証番号リセット app, at the kiosk within 24 hours).
// Advice for the clerk only; the counter never performs it.

#include "domain/pin_policy.h"

#include <array>
#include <vector>

namespace jpki::domain {

enum class CertificateStatus {
    Valid,
    Expired,
    Revoked,   // R-VAL-CHANGE: a move or a change of name revokes the signature certificate
    NotIssued, // under 15, adult ward, declined, or a face-authentication card
};

// The state of the other certificate PIN, the one the app reads the chip with.
enum class OtherPinStatus {
    Known,
    Forgotten,
    Blocked,
};

struct ConvenienceStoreSituation {
    PinKind pin = PinKind::Signature; // the PIN forgotten or blocked
    OtherPinStatus otherCertificatePin = OtherPinStatus::Known;
    CertificateStatus signatureCertificate = CertificateStatus::Valid;
    CertificateStatus userAuthCertificate = CertificateStatus::Valid;
};

enum class ConvenienceStoreObstacle {
    NotACertificatePin, // the card-info and resident-registry PINs: counter only
    OtherPinForgotten,  // both certificate PINs forgotten
    OtherPinBlocked,
    SignatureCertificateRevoked, // e.g. after a move
    SignatureCertificateExpired,
    SignatureCertificateNotIssued,
    UserAuthCertificateRevoked,
    UserAuthCertificateExpired,
    UserAuthCertificateNotIssued,
};

inline constexpr std::array allConvenienceStoreObstacles{
    ConvenienceStoreObstacle::NotACertificatePin,
    ConvenienceStoreObstacle::OtherPinForgotten,
    ConvenienceStoreObstacle::OtherPinBlocked,
    ConvenienceStoreObstacle::SignatureCertificateRevoked,
    ConvenienceStoreObstacle::SignatureCertificateExpired,
    ConvenienceStoreObstacle::SignatureCertificateNotIssued,
    ConvenienceStoreObstacle::UserAuthCertificateRevoked,
    ConvenienceStoreObstacle::UserAuthCertificateExpired,
    ConvenienceStoreObstacle::UserAuthCertificateNotIssued,
};

struct ConvenienceStoreAdvice {
    bool possible = false;
    // Every reason it is not possible; empty when it is.
    std::vector<ConvenienceStoreObstacle> obstacles;
};

// R-CONV: possible only for a certificate PIN, with the other certificate PIN known, the
// signature certificate valid and unrevoked, and the user-authentication certificate valid.
ConvenienceStoreAdvice adviseConvenienceStoreReset(const ConvenienceStoreSituation& situation);

} // namespace jpki::domain
