#include "messages/validity_text.h"

#include <QSet>
#include <QString>
#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

using namespace jpki::domain;
using namespace jpki::messages;

namespace {

// Without a translator installed the Japanese source text comes back: every text must be there,
// be distinct from the others of its kind, and be Japanese (not an ASCII placeholder).
template <typename Code, typename TextFunction>
void expectDistinctJapaneseTextForEach(const std::vector<Code>& codes, TextFunction text,
                                       const char* rule) {
    QSet<QString> seen;
    for (const Code code : codes) {
        const QString value = text(code);
        const auto context = ::testing::Message() << rule << " code " << static_cast<int>(code)
                                                  << ": " << value.toStdString();
        EXPECT_FALSE(value.isEmpty()) << context;
        EXPECT_TRUE(std::any_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.unicode() > 0x7f;
        })) << context;
        EXPECT_FALSE(seen.contains(value)) << context;
        seen.insert(value);
    }
}

} // namespace

TEST(ValidityText, EveryCertificateKindHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(
        std::vector{CertificateKind::Signature, CertificateKind::UserAuthentication},
        certificateKindText, "R-VAL-CERT");
}

TEST(ValidityText, EveryExpiryBasisHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(
        std::vector{ExpiryBasis::TenthBirthday, ExpiryBasis::FifthBirthday,
                    ExpiryBasis::SixthBirthday, ExpiryBasis::CardExpiry,
                    ExpiryBasis::UserAuthenticationCertificate, ExpiryBasis::PeriodOfStay},
        expiryBasisText, "R-VAL-CARD/R-VAL-CERT/R-VAL-CERT6/R-VAL-FOREIGN");
}

TEST(ValidityText, EveryRenewalStatusHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(std::vector{RenewalStatus::TooEarly, RenewalStatus::Open,
                                                  RenewalStatus::Expired,
                                                  RenewalStatus::CardReapplicationRequired},
                                      renewalStatusText, "R-REN-WINDOW/R-REN-LATE/R-REN-CARD");
}

TEST(ValidityText, EveryIssuanceKindHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(std::vector{IssuanceKind::Renewal, IssuanceKind::NewIssuance,
                                                  IssuanceKind::RevocationAndNewIssuance},
                                      issuanceKindText, "R-REN-WINDOW/R-REN-LATE");
}

TEST(ValidityText, EveryIneligibilityReasonHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(std::vector{IneligibilityReason::UnderFifteen,
                                                  IneligibilityReason::AdultWard,
                                                  IneligibilityReason::FaceAuthenticationCard},
                                      ineligibilityReasonText, "R-ELIG-SIGN/R-CARD-FACE");
}

TEST(ValidityText, EveryStayChangeAndExtensionStatusHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(
        std::vector{StayChangeStatus::Changed, StayChangeStatus::CardLapsed}, stayChangeStatusText,
        "R-VAL-FOREIGN");
    expectDistinctJapaneseTextForEach(
        std::vector{StayExtensionStatus::Extended, StayExtensionStatus::AlreadyExtended,
                    StayExtensionStatus::BirthdayLimitReached, StayExtensionStatus::CardLapsed},
        stayExtensionStatusText, "R-VAL-FOREIGN");
}

TEST(ValidityText, EveryLifeEventHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(
        std::vector{LifeEvent::AddressChange, LifeEvent::DomesticMoveOut, LifeEvent::NameChange,
                    LifeEvent::BirthDateChange, LifeEvent::SexChange,
                    LifeEvent::EmigrationWithContinuedUse, LifeEvent::EmigrationWithoutContinuedUse,
                    LifeEvent::MoveStepMissed, LifeEvent::CardReturned, LifeEvent::CardInvalidated,
                    LifeEvent::CardExpired, LifeEvent::Death},
        lifeEventText, "R-VAL-CHANGE");
}

TEST(ValidityText, RenewalRefusalNamesTheCardReapplication) {
    EXPECT_TRUE(renewalStatusText(RenewalStatus::CardReapplicationRequired)
                    .contains(QStringLiteral("カードの再申請")))
        << "R-REN-CARD";
    EXPECT_TRUE(renewalStatusText(RenewalStatus::Expired).contains(QStringLiteral("新規発行")))
        << "R-REN-LATE";
}
