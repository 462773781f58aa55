#include "domain/convenience_store.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace jpki::domain;
using enum ConvenienceStoreObstacle;

namespace {

struct Row {
    const char* rule;
    const char* description;
    ConvenienceStoreSituation situation;
    std::vector<ConvenienceStoreObstacle> obstacles;
};

constexpr auto valid = CertificateStatus::Valid;

const std::vector<Row> rows = {
    {"R-CONV",
     "signature password forgotten, the PIN known, both certificates valid",
     {PinKind::Signature, OtherPinStatus::Known, valid, valid},
     {}},
    {"R-CONV",
     "user-authentication PIN blocked, the password known",
     {PinKind::UserAuthentication, OtherPinStatus::Known, valid, valid},
     {}},
    {"R-CONV",
     "both certificate PINs forgotten",
     {PinKind::Signature, OtherPinStatus::Forgotten, valid, valid},
     {OtherPinForgotten}},
    {"R-CONV",
     "the other PIN blocked as well",
     {PinKind::UserAuthentication, OtherPinStatus::Blocked, valid, valid},
     {OtherPinBlocked}},
    {"R-CONV R-VAL-CHANGE",
     "after a move the signature certificate is revoked",
     {PinKind::UserAuthentication, OtherPinStatus::Known, CertificateStatus::Revoked, valid},
     {SignatureCertificateRevoked}},
    {"R-CONV",
     "signature certificate expired",
     {PinKind::Signature, OtherPinStatus::Known, CertificateStatus::Expired, valid},
     {SignatureCertificateExpired}},
    {"R-CONV R-ELIG-SIGN",
     "no signature certificate (under 15)",
     {PinKind::UserAuthentication, OtherPinStatus::Known, CertificateStatus::NotIssued, valid},
     {SignatureCertificateNotIssued}},
    {"R-CONV",
     "user-authentication certificate expired",
     {PinKind::Signature, OtherPinStatus::Known, valid, CertificateStatus::Expired},
     {UserAuthCertificateExpired}},
    {"R-CONV",
     "user-authentication certificate revoked",
     {PinKind::Signature, OtherPinStatus::Known, valid, CertificateStatus::Revoked},
     {UserAuthCertificateRevoked}},
    {"R-CONV",
     "no user-authentication certificate",
     {PinKind::Signature, OtherPinStatus::Known, valid, CertificateStatus::NotIssued},
     {UserAuthCertificateNotIssued}},
    {"R-CONV",
     "every reason at once, in order",
     {PinKind::Signature, OtherPinStatus::Forgotten, CertificateStatus::Revoked,
      CertificateStatus::Expired},
     {OtherPinForgotten, SignatureCertificateRevoked, UserAuthCertificateExpired}},
    {"R-CONV R-PIN-INFO",
     "card-info PIN: the counter only",
     {PinKind::CardInfo, OtherPinStatus::Known, valid, valid},
     {NotACertificatePin}},
    {"R-CONV R-PIN-RESI",
     "resident-registry PIN: the counter only, nothing else asked",
     {PinKind::ResidentRegistry, OtherPinStatus::Forgotten, CertificateStatus::Expired,
      CertificateStatus::Expired},
     {NotACertificatePin}},
};

} // namespace

TEST(ConvenienceStoreAdvice, SaysWhenAKioskResetIsPossibleAndWhyNot) {
    for (const Row& row : rows) {
        SCOPED_TRACE(std::string{row.rule} + ": " + row.description);
        const ConvenienceStoreAdvice advice = adviseConvenienceStoreReset(row.situation);
        EXPECT_EQ(advice.possible, row.obstacles.empty());
        EXPECT_EQ(advice.obstacles, row.obstacles);
    }
}
