#include "domain/convenience_store.h"

namespace jpki::domain {

namespace {

void checkCertificate(CertificateStatus status, ConvenienceStoreObstacle revoked,
                      ConvenienceStoreObstacle expired, ConvenienceStoreObstacle notIssued,
                      std::vector<ConvenienceStoreObstacle>& obstacles) {
    switch (status) {
    case CertificateStatus::Valid:
        return;
    case CertificateStatus::Revoked:
        obstacles.push_back(revoked);
        return;
    case CertificateStatus::Expired:
        obstacles.push_back(expired);
        return;
    case CertificateStatus::NotIssued:
        obstacles.push_back(notIssued);
        return;
    }
}

} // namespace

ConvenienceStoreAdvice adviseConvenienceStoreReset(const ConvenienceStoreSituation& situation) {
    ConvenienceStoreAdvice advice;
    if (!isCertificatePin(situation.pin)) {
        // Nothing else matters: the kiosk offers the two certificate PINs only.
        advice.obstacles.push_back(ConvenienceStoreObstacle::NotACertificatePin);
        return advice;
    }
    switch (situation.otherCertificatePin) {
    case OtherPinStatus::Known:
        break;
    case OtherPinStatus::Forgotten:
        advice.obstacles.push_back(ConvenienceStoreObstacle::OtherPinForgotten);
        break;
    case OtherPinStatus::Blocked:
        advice.obstacles.push_back(ConvenienceStoreObstacle::OtherPinBlocked);
        break;
    }
    using enum ConvenienceStoreObstacle;
    checkCertificate(situation.signatureCertificate, SignatureCertificateRevoked,
                     SignatureCertificateExpired, SignatureCertificateNotIssued, advice.obstacles);
    checkCertificate(situation.userAuthCertificate, UserAuthCertificateRevoked,
                     UserAuthCertificateExpired, UserAuthCertificateNotIssued, advice.obstacles);
    advice.possible = advice.obstacles.empty();
    return advice;
}

} // namespace jpki::domain
