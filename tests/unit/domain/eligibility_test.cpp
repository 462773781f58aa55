#include "domain/eligibility.h"

#include <gtest/gtest.h>
#include <vector>

using namespace jpki::domain;

namespace {

Date d(const char* iso) {
    return parseIsoDate(iso).value();
}

} // namespace

TEST(Eligibility, SignatureCertificateIsRefusedUnderFifteenToAdultWardsAndOnFaceCards) {
    using Reasons = std::vector<IneligibilityReason>;
    const auto under15 = IneligibilityReason::UnderFifteen;
    const auto ward = IneligibilityReason::AdultWard;
    const auto face = IneligibilityReason::FaceAuthenticationCard;
    struct Row {
        const char* rule;
        const char* birth;
        const char* today;
        bool adultWard;
        bool faceCard;
        Reasons signatureReasons;
        bool pinSet;
        bool legalRepresentativeSetsPin;
    };
    const std::vector<Row> rows = {
        {"R-ELIG-SIGN", "1990-08-17", "2025-06-10", false, false, {}, true, false},
        // Around the 15th birthday.
        {"R-ELIG-SIGN", "2010-06-10", "2025-06-10", false, false, {}, true, false},
        {"R-ELIG-SIGN", "2010-06-11", "2025-06-10", false, false, {under15}, true, true},
        {"R-ELIG-SIGN", "2010-06-09", "2025-06-10", false, false, {}, true, false},
        {"R-ELIG-SIGN", "2025-01-01", "2025-06-10", false, false, {under15}, true, true},
        // A leap-day birth turns 15 on 1 March of a common year.
        {"R-ELIG-SIGN", "2012-02-29", "2027-02-28", false, false, {under15}, true, true},
        {"R-ELIG-SIGN", "2012-02-29", "2027-03-01", false, false, {}, true, false},
        {"R-ELIG-SIGN", "1960-01-01", "2025-06-10", true, false, {ward}, true, false},
        // A face-authentication card keeps the user-authentication certificate without a PIN.
        {"R-CARD-FACE", "1960-01-01", "2025-06-10", false, true, {face}, false, false},
        {"R-CARD-FACE", "2015-01-01", "2025-06-10", false, true, {under15, face}, false, false},
        {"R-ELIG-SIGN",
         "2015-01-01",
         "2025-06-10",
         true,
         true,
         {under15, ward, face},
         false,
         false},
    };
    for (const Row& row : rows) {
        const Eligibility result =
            assessEligibility({d(row.birth), row.adultWard, row.faceCard}, d(row.today));
        const auto context = ::testing::Message()
                             << row.rule << " born " << row.birth << ", today " << row.today
                             << ", adult ward " << row.adultWard << ", face card " << row.faceCard;
        EXPECT_EQ(result.signature.eligible, row.signatureReasons.empty()) << context;
        EXPECT_EQ(result.signature.reasons, row.signatureReasons) << context;
        EXPECT_TRUE(result.userAuthentication.eligible) << context;
        EXPECT_TRUE(result.userAuthentication.reasons.empty()) << context;
        EXPECT_EQ(result.userAuthenticationPinSet, row.pinSet) << context;
        EXPECT_EQ(result.legalRepresentativeSetsUserAuthenticationPin,
                  row.legalRepresentativeSetsPin)
            << context;
    }
}

TEST(Eligibility, ApplicantUnderFifteenLearnsTheDaySignatureEligibilityBegins) {
    struct Row {
        const char* rule;
        const char* birth;
        const char* today;
        const char* eligibleFrom; // nullptr: already 15
    };
    const std::vector<Row> rows = {
        {"R-ELIG-SIGN", "2010-06-11", "2025-06-10", "2025-06-11"},
        {"R-ELIG-SIGN", "2012-02-29", "2025-06-10", "2027-03-01"},
        {"R-ELIG-SIGN", "2012-02-28", "2025-06-10", "2027-02-28"},
        {"R-ELIG-SIGN", "2010-06-10", "2025-06-10", nullptr},
    };
    for (const Row& row : rows) {
        const Eligibility result = assessEligibility({d(row.birth), false, false}, d(row.today));
        const auto context = ::testing::Message() << row.rule << " born " << row.birth;
        if (row.eligibleFrom) {
            ASSERT_TRUE(result.signatureEligibleFrom.has_value()) << context;
            EXPECT_EQ(formatIsoDate(*result.signatureEligibleFrom), row.eligibleFrom) << context;
        } else {
            EXPECT_FALSE(result.signatureEligibleFrom.has_value()) << context;
        }
    }
}
