// The documents' content built from real case files: a voluntary proxy's PIN reset at
// letter-issued, and cases driven to completed on the in-process virtual card (R-DOC-RST-VOL).

#include "letters/case_for_printing.h"
#include "letters/letter_content.h"
#include "letters_test_support.h"

namespace jpki::letters::testing {
namespace {

using domain::PinKind;
using workflow::testing::testDay;

TEST(InquiryLetterContent, TakesReferencesApplicantAndDatesFromTheCase) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    ASSERT_TRUE(issued.letter.has_value());

    auto printable = loadCaseForPrinting(counter.store(), issued.letter->reference);
    ASSERT_TRUE(printable.ok());
    const auto letter = inquiryLetterOf(*printable, domain::minoCityProfile());
    ASSERT_TRUE(letter.ok());
    EXPECT_EQ(letter->letterReference, issued.letter->reference);
    EXPECT_TRUE(letter->letterReference.startsWith(issued.reference + QLatin1Char('-')));
    EXPECT_EQ(letter->caseReference, issued.reference);
    EXPECT_EQ(letter->procedure, domain::Procedure::PinReset);
    EXPECT_EQ(letter->applicantName, QString::fromStdString(counter.profile().holder.name));
    EXPECT_EQ(letter->applicantAddress, QString::fromStdString(counter.profile().holder.address));
    EXPECT_EQ(letter->appliedOn, testDay());
    EXPECT_EQ(letter->issuedOn, testDay());
    EXPECT_EQ(letter->sender.municipality, QStringLiteral("美濃市"));
    EXPECT_FALSE(letter->sender.counterName.isEmpty());
}

TEST(InquiryLetterContent, UsesTheDatesGiven) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const domain::Date issuedOn = domain::addDays(testDay(), 1);
    const auto letter = buildInquiryLetter(issued, domain::minoCityProfile(), testDay(), issuedOn);
    ASSERT_TRUE(letter.ok());
    EXPECT_EQ(letter->appliedOn, testDay());
    EXPECT_EQ(letter->issuedOn, issuedOn);
}

TEST(InquiryLetterContent, RefusesACaseWithoutALetter) {
    Counter counter;
    const workflow::CaseFile atDocuments =
        counter.throughReception(domain::Procedure::PinReset, domain::RequestPath::VoluntaryProxy);
    const auto letter =
        buildInquiryLetter(atDocuments, domain::minoCityProfile(), testDay(), testDay());
    ASSERT_FALSE(letter.ok());
    EXPECT_EQ(letter.error(), ContentError::NoLetter);
}

TEST(InquiryLetterContent, RefusesALetterWithNobodyToAddress) {
    Counter counter;
    workflow::CaseFile issued = letterIssuedCase(counter);
    issued.applicant.reset();
    const auto letter = buildInquiryLetter(issued, domain::minoCityProfile(), testDay(), testDay());
    ASSERT_FALSE(letter.ok());
    EXPECT_EQ(letter.error(), ContentError::MissingApplicant);
}

TEST(InquiryLetterContent, TakesTheSenderFromTheProfile) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    domain::MunicipalityProfile profile = domain::minoCityProfile();
    profile.name = "関市";
    profile.counterName = "市民課 3番窓口";
    profile.counterPlace = "本庁舎2階";
    profile.receptionOpens = std::chrono::minutes(8 * 60 + 30);
    const auto letter = buildInquiryLetter(issued, profile, testDay(), testDay());
    ASSERT_TRUE(letter.ok());
    EXPECT_EQ(letter->sender.municipality, QStringLiteral("関市"));
    EXPECT_EQ(letter->sender.counterName, QStringLiteral("市民課 3番窓口"));
    EXPECT_EQ(letter->sender.counterPlace, QStringLiteral("本庁舎2階"));
    EXPECT_EQ(letter->sender.receptionOpens, std::chrono::minutes(510));
}

TEST(ReceiptContent, ListsTheRenewedCertificatesWithTheirNewExpiry) {
    Counter counter("expiring");
    const workflow::CaseFile done = completedRenewal(counter);
    ASSERT_EQ(done.renewals.size(), 2U);

    auto printable = loadCaseForPrinting(counter.store(), done.id);
    ASSERT_TRUE(printable.ok());
    const auto receipt = receiptOf(*printable, domain::minoCityProfile());
    ASSERT_TRUE(receipt.ok());
    EXPECT_EQ(receipt->caseReference, done.reference);
    EXPECT_EQ(receipt->procedure, domain::Procedure::Renewal);
    EXPECT_EQ(receipt->path, domain::RequestPath::Self);
    EXPECT_EQ(receipt->completedOn, testDay());
    ASSERT_EQ(receipt->renewedCertificates.size(), 2U);
    for (std::size_t i = 0; i < done.renewals.size(); ++i) {
        EXPECT_EQ(receipt->renewedCertificates[i].kind, done.renewals[i].kind);
        EXPECT_EQ(receipt->renewedCertificates[i].expires, done.renewals[i].newExpires);
    }
    EXPECT_TRUE(receipt->renewedCertificates.front().expires > testDay());
    EXPECT_TRUE(receipt->pinsSetAnew.empty());
}

TEST(ReceiptContent, ListsThePinsSetAnew) {
    Counter counter;
    const workflow::CaseFile done = completedPinReset(counter, PinKind::UserAuthentication, "8642");
    auto printable = loadCaseForPrinting(counter.store(), done.reference);
    ASSERT_TRUE(printable.ok());
    const auto receipt = receiptOf(*printable, domain::minoCityProfile());
    ASSERT_TRUE(receipt.ok());
    EXPECT_EQ(receipt->procedure, domain::Procedure::PinReset);
    EXPECT_EQ(receipt->path, domain::RequestPath::VoluntaryProxy);
    EXPECT_EQ(receipt->pinsSetAnew, std::vector<PinKind>{PinKind::UserAuthentication});
    EXPECT_TRUE(receipt->renewedCertificates.empty());
    EXPECT_EQ(receipt->applicantName, QString::fromStdString(counter.profile().holder.name));
}

// R-PIN-RESET: a "PIN reset" of a blocked PIN is receipted as the lock release it was.
TEST(ReceiptContent, NamesTheProcedureTheCardShowed) {
    Counter counter("auth-blocked");
    const workflow::CaseFile done = completedPinReset(counter, PinKind::UserAuthentication, "3071");
    const auto receipt = buildReceipt(done, domain::minoCityProfile(), testDay());
    ASSERT_TRUE(receipt.ok());
    EXPECT_EQ(done.procedure, domain::Procedure::PinReset);
    EXPECT_EQ(receipt->procedure, domain::Procedure::LockRelease);
}

TEST(ReceiptContent, RefusesACaseThatIsNotCompleted) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const auto receipt = buildReceipt(issued, domain::minoCityProfile(), testDay());
    ASSERT_FALSE(receipt.ok());
    EXPECT_EQ(receipt.error(), ContentError::NotCompleted);
}

TEST(ReceiptContent, RefusesACancelledCase) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    auto cancelled =
        counter.engine().cancel(issued.id, QStringLiteral("applicant withdrew"), counter.clerk());
    ASSERT_TRUE(workflow::testing::holds(cancelled));
    auto printable = loadCaseForPrinting(counter.store(), issued.id);
    ASSERT_TRUE(printable.ok());
    ASSERT_TRUE(printable->closedOn.has_value());
    const auto receipt = receiptOf(*printable, domain::minoCityProfile());
    ASSERT_FALSE(receipt.ok());
    EXPECT_EQ(receipt.error(), ContentError::NotCompleted);
}

TEST(CaseForPrinting, ReportsAnUnknownReference) {
    Counter counter;
    auto printable = loadCaseForPrinting(counter.store(), QStringLiteral("P2025-999999-1"));
    ASSERT_FALSE(printable.ok());
    EXPECT_EQ(printable.error().code, storage::StorageErrorCode::NotFound);
}

} // namespace
} // namespace jpki::letters::testing
