#include "domain/documents.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace jpki::domain;
using namespace std::chrono;
using enum Requirement;

namespace {

struct PlanRow {
    const char* rule;
    Procedure procedure;
    RequestPath path;
    std::vector<std::vector<RequiredItem>> visits;
};

constexpr RequiredItem need(Requirement requirement) {
    return RequiredItem{requirement, Necessity::Required};
}

const std::vector<std::vector<RequiredItem>> renewalSelf = {{need(ApplicantCard),
                                                             {ExpiryNotice, Necessity::IfAvailable},
                                                             {PinMemo, Necessity::UnlessPinsKnown},
                                                             need(SignedApplicationForm)}};
const std::vector<std::vector<RequiredItem>> renewalLegal = {
    {need(ApplicantCard),
     {ExpiryNotice, Necessity::IfAvailable},
     {PinMemo, Necessity::UnlessPinsKnown},
     need(ProxyIdTwoItemsOneWithPhoto),
     need(LegalAuthorityProof),
     need(SignedApplicationForm)}};
const std::vector<std::vector<RequiredItem>> renewalVoluntary = {
    {need(SealedInquiryForm), need(ApplicantCard), need(ProxyIdTwoItemsOneWithPhoto),
     need(ExpiryNotice), need(SignedApplicationForm)}};
const std::vector<std::vector<RequiredItem>> resetSelf = {
    {need(ApplicantCard), need(SignedApplicationForm)}};
const std::vector<std::vector<RequiredItem>> resetLegal = {
    {need(ApplicantCard), need(ApplicantIdOtherThanCard), need(ProxyIdTwoItems),
     need(LegalAuthorityProof), need(SignedApplicationForm)}};
const std::vector<std::vector<RequiredItem>> resetVoluntary = {
    {need(ProxyIdOneItem), need(SignedApplicationForm)},
    {need(ApplicantCard), need(ApplicantIdOtherThanCard), need(ProxyIdTwoItemsOneWithPhoto),
     need(SealedInquiryForm)}};

const std::vector<PlanRow> planRows = {
    {"R-DOC-REN-SELF", Procedure::Renewal, RequestPath::Self, renewalSelf},
    {"R-DOC-REN-PROXY R-PIN-PROXY", Procedure::Renewal, RequestPath::LegalProxy, renewalLegal},
    {"R-DOC-REN-PROXY", Procedure::Renewal, RequestPath::VoluntaryProxy, renewalVoluntary},
    {"R-DOC-RST-SELF", Procedure::PinReset, RequestPath::Self, resetSelf},
    {"R-DOC-RST-SELF", Procedure::LockRelease, RequestPath::Self, resetSelf},
    {"R-DOC-RST-LEGAL", Procedure::PinReset, RequestPath::LegalProxy, resetLegal},
    {"R-DOC-RST-LEGAL", Procedure::LockRelease, RequestPath::LegalProxy, resetLegal},
    {"R-DOC-RST-VOL", Procedure::PinReset, RequestPath::VoluntaryProxy, resetVoluntary},
    {"R-DOC-RST-VOL", Procedure::LockRelease, RequestPath::VoluntaryProxy, resetVoluntary},
};

} // namespace

TEST(DocumentPlan, ListsTheVisitsAndItemsOfEachProcedureAndPath) {
    for (const PlanRow& row : planRows) {
        SCOPED_TRACE(std::string{row.rule} + " " + std::string{procedureId(row.procedure)} + " " +
                     std::string{requestPathId(row.path)});
        const DocumentPlan plan = documentPlan(row.procedure, row.path);
        EXPECT_EQ(plan.procedure, row.procedure);
        EXPECT_EQ(plan.path, row.path);
        EXPECT_FALSE(plan.rules.empty());
        ASSERT_EQ(plan.visits.size(), row.visits.size());
        for (std::size_t i = 0; i < plan.visits.size(); ++i) {
            EXPECT_EQ(plan.visits[i].number, static_cast<int>(i) + 1);
            EXPECT_EQ(plan.visits[i].items, row.visits[i]);
            // R-DOC-FORM: the application is signed on the visit that takes it.
        }
    }
}

TEST(DocumentPlan, CompletesAVoluntaryProxysResetOnlyOnTheSecondVisit) {
    for (Procedure procedure : {Procedure::PinReset, Procedure::LockRelease}) {
        const DocumentPlan plan = documentPlan(procedure, RequestPath::VoluntaryProxy);
        ASSERT_EQ(plan.visits.size(), 2u) << "R-DOC-RST-VOL";
        EXPECT_FALSE(plan.visits[0].completesProcedure) << "R-DOC-RST-VOL";
        EXPECT_TRUE(plan.visits[1].completesProcedure) << "R-DOC-RST-VOL";
    }
    for (RequestPath path : allRequestPaths) {
        const DocumentPlan plan = documentPlan(Procedure::Renewal, path);
        ASSERT_EQ(plan.visits.size(), 1u) << "R-DOC-REN-PROXY: the notice is not forwarded";
        EXPECT_TRUE(plan.visits[0].completesProcedure);
    }
}

TEST(DocumentPlan, CitesTheLegalProxysRenewalChoice) {
    const DocumentPlan plan = documentPlan(Procedure::Renewal, RequestPath::LegalProxy);
    const auto cites = [&plan](std::string_view rule) {
        return std::find(plan.rules.begin(), plan.rules.end(), rule) != plan.rules.end();
    };
    EXPECT_TRUE(cites("R-DOC-REN-PROXY"));
    EXPECT_TRUE(cites("R-PIN-PROXY"));
    EXPECT_TRUE(cites("R-DOC-AUTH"));
}

namespace {

const MunicipalityProfile mino = minoCityProfile();
constexpr Date aDayIn2025{year{2025}, June, day{16}};
constexpr Date lastHealthInsuranceDay{year{2025}, December, day{1}};
constexpr Date firstDayWithoutHealthInsurance{year{2025}, December, day{2}};

// Everything a visit could ask for, present and in order.
PresentedItems everything() {
    PresentedItems presented;
    presented.applicantCard = true;
    presented.expiryNotice = true;
    presented.pinMemo = true;
    presented.inquiryForm = SealState::Sealed;
    presented.proxyIds = {IdDocumentType::DrivingLicence, IdDocumentType::PensionBook};
    presented.applicantIds = {IdDocumentType::Passport};
    presented.authority.basis = LegalAuthorityBasis::MinorUnder15;
    presented.authority.familyRegisterCopy = true;
    presented.applicationFormSigned = true;
    return presented;
}

struct EvaluationRow {
    const char* rule;
    const char* description;
    Procedure procedure;
    RequestPath path;
    int visit;
    std::function<void(PresentedItems&)> change;
    std::vector<Shortfall> expected;
    Date today = aDayIn2025;
};

using enum Shortfall;
using Ids = std::vector<IdDocumentType>;
using enum IdDocumentType;

const auto nothing = [](PresentedItems&) {
};

const std::vector<EvaluationRow> evaluationRows = {
    // Renewal by the applicant.
    {"R-DOC-REN-SELF", "everything brought", Procedure::Renewal, RequestPath::Self, 1, nothing, {}},
    {"R-REN-NOTICE R-REN-PIN",
     "no notice, no memo, PINs known",
     Procedure::Renewal,
     RequestPath::Self,
     1,
     [](PresentedItems& p) {
         p.expiryNotice = false;
         p.pinMemo = false;
         p.pinsKnown = true;
     },
     {}},
    {"R-REN-PIN",
     "no memo and the PINs not known",
     Procedure::Renewal,
     RequestPath::Self,
     1,
     [](PresentedItems& p) { p.pinMemo = false; },
     {PinMemoMissing}},
    {"R-DOC-REN-SELF",
     "no card",
     Procedure::Renewal,
     RequestPath::Self,
     1,
     [](PresentedItems& p) { p.applicantCard = false; },
     {ApplicantCardMissing}},
    {"R-DOC-FORM",
     "form not yet signed",
     Procedure::Renewal,
     RequestPath::Self,
     1,
     [](PresentedItems& p) { p.applicationFormSigned = false; },
     {ApplicationFormNotSigned}},
    // Renewal by a voluntary proxy.
    {"R-DOC-REN-PROXY",
     "everything brought",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     nothing,
     {}},
    {"R-DOC-SEAL",
     "the envelope arrives opened",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.inquiryForm = SealState::Opened; },
     {InquiryFormOpened}},
    {"R-DOC-REN-PROXY",
     "no inquiry form",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.inquiryForm = SealState::NotPresented; },
     {InquiryFormMissing}},
    {"R-DOC-REN-PROXY",
     "no expiry notice",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.expiryNotice = false; },
     {ExpiryNoticeMissing}},
    {"R-DOC-TWO",
     "photo and photo",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{DrivingLicence, Passport};
     },
     {}},
    {"R-DOC-TWO",
     "the proxy's own My Number card and a pension certificate",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{MyNumberCard, PensionCertificate};
     },
     {}},
    {"R-DOC-TWO",
     "two without a photo",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{PensionBook, QualificationCertificate};
     },
     {ProxyIdPhotoMissing}},
    {"R-DOC-TWO",
     "the same licence twice counts once",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{DrivingLicence, DrivingLicence};
     },
     {ProxyIdSecondItemMissing}},
    {"R-DOC-TWO",
     "one photo ID alone",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.proxyIds = Ids{ResidenceCard}; },
     {ProxyIdSecondItemMissing}},
    {"R-DOC-TWO",
     "one non-photo ID alone",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.proxyIds = Ids{PensionBook}; },
     {ProxyIdPhotoMissing}},
    {"R-DOC-TWO",
     "no proxy ID",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.proxyIds.clear(); },
     {ProxyIdMissing}},
    {"R-DOC-TWO",
     "health insurance on its last day",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{DrivingLicence, HealthInsuranceCertificate};
     },
     {},
     lastHealthInsuranceDay},
    {"R-DOC-TWO",
     "health insurance the day after",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{DrivingLicence, HealthInsuranceCertificate};
     },
     {ProxyIdSecondItemMissing, IdNoLongerAccepted},
     firstDayWithoutHealthInsurance},
    {"R-DOC-TWO",
     "the qualification certificate takes its place",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{DrivingLicence, QualificationCertificate};
     },
     {},
     firstDayWithoutHealthInsurance},
    {"R-DOC-REN-PROXY",
     "nothing brought",
     Procedure::Renewal,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p = PresentedItems{}; },
     {InquiryFormMissing, ApplicantCardMissing, ProxyIdMissing, ExpiryNoticeMissing,
      ApplicationFormNotSigned}},
    // Renewal by a legal representative: the self path, the proxy's ID and the authority.
    {"R-DOC-REN-PROXY R-PIN-PROXY",
     "no sealed form needed",
     Procedure::Renewal,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.inquiryForm = SealState::NotPresented;
         p.pinMemo = false;
         p.pinsKnown = true;
     },
     {}},
    {"R-DOC-REN-PROXY R-DOC-TWO",
     "two IDs without a photo",
     Procedure::Renewal,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{PensionBook, PensionCertificate};
     },
     {ProxyIdPhotoMissing}},
    {"R-DOC-AUTH",
     "no ground of authority stated",
     Procedure::Renewal,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) { p.authority = LegalAuthorityEvidence{}; },
     {LegalAuthorityNotStated}},
    // PIN reset and lock release by the applicant.
    {"R-DOC-RST-SELF",
     "the card alone",
     Procedure::PinReset,
     RequestPath::Self,
     1,
     [](PresentedItems& p) {
         p = PresentedItems{};
         p.applicantCard = true;
         p.applicationFormSigned = true;
     },
     {}},
    {"R-DOC-RST-SELF",
     "no card",
     Procedure::LockRelease,
     RequestPath::Self,
     1,
     [](PresentedItems& p) { p.applicantCard = false; },
     {ApplicantCardMissing}},
    // By a legal representative.
    {"R-DOC-RST-LEGAL",
     "everything brought",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     nothing,
     {}},
    {"R-DOC-RST-LEGAL",
     "two IDs without a photo are two items",
     Procedure::LockRelease,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.proxyIds = Ids{PensionBook, LongTermCareInsuranceCertificate};
     },
     {}},
    {"R-DOC-RST-LEGAL",
     "one ID",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) { p.proxyIds = Ids{Passport}; },
     {ProxyIdSecondItemMissing}},
    {"R-DOC-RST-LEGAL",
     "the applicant's card is not also their ID",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) { p.applicantIds = Ids{MyNumberCard}; },
     {ApplicantIdMissing}},
    {"R-DOC-RST-LEGAL",
     "the applicant's health insurance after its cut-off",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) { p.applicantIds = Ids{HealthInsuranceCertificate}; },
     {ApplicantIdMissing, IdNoLongerAccepted},
     firstDayWithoutHealthInsurance},
    {"R-DOC-AUTH",
     "under 15 without the family register",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) { p.authority.familyRegisterCopy = false; },
     {FamilyRegisterCopyMissing}},
    {"R-DOC-AUTH",
     "under 15, registered domicile here",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.authority.familyRegisterCopy = false;
         p.authority.registeredDomicileHere = true;
     },
     {}},
    {"R-DOC-AUTH",
     "under 15, the resident register shows the representative",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.authority.familyRegisterCopy = false;
         p.authority.residentRegisterShowsRepresentative = true;
     },
     {}},
    {"R-DOC-AUTH",
     "adult ward, certificate issued last month",
     Procedure::LockRelease,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.authority = LegalAuthorityEvidence{};
         p.authority.basis = LegalAuthorityBasis::AdultWard;
         p.authority.guardianshipCertificateIssued = Date{year{2025}, May, day{20}};
     },
     {}},
    {"R-DOC-AUTH",
     "adult ward, the family register does not stand in",
     Procedure::LockRelease,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) { p.authority.basis = LegalAuthorityBasis::AdultWard; },
     {GuardianshipCertificateMissing}},
    {"R-DOC-AUTH",
     "adult ward, certificate too old",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.authority.basis = LegalAuthorityBasis::AdultWard;
         p.authority.guardianshipCertificateIssued = Date{year{2025}, March, day{15}};
     },
     {GuardianshipCertificateTooOld}},
    {"R-DOC-AUTH",
     "adult ward, certificate dated tomorrow",
     Procedure::PinReset,
     RequestPath::LegalProxy,
     1,
     [](PresentedItems& p) {
         p.authority.basis = LegalAuthorityBasis::AdultWard;
         p.authority.guardianshipCertificateIssued = Date{year{2025}, June, day{17}};
     },
     {GuardianshipCertificateDatedInFuture}},
    // By a voluntary proxy, over two visits.
    {"R-DOC-RST-VOL",
     "first visit, one ID without a photo",
     Procedure::PinReset,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) {
         p = PresentedItems{};
         p.proxyIds = Ids{PensionBook};
         p.applicationFormSigned = true;
     },
     {}},
    {"R-DOC-RST-VOL",
     "first visit, no ID",
     Procedure::PinReset,
     RequestPath::VoluntaryProxy,
     1,
     [](PresentedItems& p) { p.proxyIds.clear(); },
     {ProxyIdMissing}},
    {"R-DOC-RST-VOL",
     "second visit, everything brought",
     Procedure::LockRelease,
     RequestPath::VoluntaryProxy,
     2,
     nothing,
     {}},
    {"R-DOC-RST-VOL R-DOC-SEAL",
     "second visit, the envelope opened",
     Procedure::LockRelease,
     RequestPath::VoluntaryProxy,
     2,
     [](PresentedItems& p) { p.inquiryForm = SealState::Opened; },
     {InquiryFormOpened}},
    {"R-DOC-RST-VOL R-DOC-TWO",
     "second visit, the first visit's one ID is not enough",
     Procedure::PinReset,
     RequestPath::VoluntaryProxy,
     2,
     [](PresentedItems& p) { p.proxyIds = Ids{PensionBook}; },
     {ProxyIdPhotoMissing}},
    {"R-DOC-RST-VOL",
     "second visit, nothing brought",
     Procedure::PinReset,
     RequestPath::VoluntaryProxy,
     2,
     [](PresentedItems& p) { p = PresentedItems{}; },
     {ApplicantCardMissing, ApplicantIdMissing, ProxyIdMissing, InquiryFormMissing}},
};

} // namespace

TEST(DocumentEvaluation, ListsWhatIsMissingOrUnmetForAVisit) {
    for (const EvaluationRow& row : evaluationRows) {
        SCOPED_TRACE(std::string{row.rule} + ": " + row.description);
        const DocumentPlan plan = documentPlan(row.procedure, row.path);
        ASSERT_LE(static_cast<std::size_t>(row.visit), plan.visits.size());
        PresentedItems presented = everything();
        row.change(presented);
        std::vector<Shortfall> shortfalls;
        for (const UnmetRequirement& unmet :
             evaluateVisit(plan.visits[row.visit - 1], presented, mino, row.today)) {
            shortfalls.push_back(unmet.shortfall);
        }
        EXPECT_EQ(shortfalls, row.expected);
    }
}

TEST(DocumentEvaluation, NamesTheRequirementEachShortfallBelongsTo) {
    const DocumentPlan plan = documentPlan(Procedure::PinReset, RequestPath::LegalProxy);
    PresentedItems presented;
    presented.proxyIds = {PensionBook};
    const std::vector<UnmetRequirement> expected = {
        {ApplicantCard, ApplicantCardMissing},
        {ApplicantIdOtherThanCard, ApplicantIdMissing},
        {ProxyIdTwoItems, ProxyIdSecondItemMissing},
        {LegalAuthorityProof, LegalAuthorityNotStated},
        {SignedApplicationForm, ApplicationFormNotSigned},
    };
    EXPECT_EQ(evaluateVisit(plan.visits[0], presented, mino, aDayIn2025), expected)
        << "R-DOC-RST-LEGAL";
}

TEST(DocumentEvaluation, CountsOnlyTheDocumentsTheTownAccepts) {
    // Section 5: the lists are municipality data; a town without pension books on its list
    // does not count one.
    MunicipalityProfile town = minoCityProfile();
    std::erase_if(town.identityDocuments,
                  [](const AcceptedIdDocument& document) { return document.type == PensionBook; });
    const DocumentPlan plan = documentPlan(Procedure::PinReset, RequestPath::VoluntaryProxy);
    PresentedItems presented;
    presented.proxyIds = {PensionBook};
    presented.applicationFormSigned = true;
    EXPECT_TRUE(evaluateVisit(plan.visits[0], presented, mino, aDayIn2025).empty());
    EXPECT_EQ(evaluateVisit(plan.visits[0], presented, town, aDayIn2025),
              (std::vector<UnmetRequirement>{{ProxyIdOneItem, ProxyIdMissing}}));
}

TEST(GuardianshipCertificate, IsAcceptedForThreeMonthsCountedFromItsIssueDate) {
    struct Row {
        const char* rule;
        const char* description;
        Date issued;
        Date today;
        bool accepted;
    };
    const auto d = [](int y, unsigned m, unsigned dd) {
        return Date{year{y}, month{m}, day{dd}};
    };
    const Row rows[] = {
        {"R-DOC-AUTH", "issued today", d(2025, 6, 16), d(2025, 6, 16), true},
        {"R-DOC-AUTH", "dated tomorrow", d(2025, 6, 17), d(2025, 6, 16), false},
        {"R-DOC-AUTH", "on the same day three months later", d(2025, 2, 10), d(2025, 5, 10), true},
        {"R-DOC-AUTH", "the day after that", d(2025, 2, 10), d(2025, 5, 11), false},
        // Civil Code art. 143(2): counted from 1 March, three months end on 31 May.
        {"R-DOC-AUTH", "issued on the last day of February", d(2025, 2, 28), d(2025, 5, 31), true},
        {"R-DOC-AUTH", "the day before the month's end", d(2025, 2, 27), d(2025, 5, 28), false},
        {"R-DOC-AUTH", "the period ends on the shorter month's last day", d(2024, 11, 30),
         d(2025, 2, 28), true},
        {"R-DOC-AUTH", "and not a day later", d(2024, 11, 30), d(2025, 3, 1), false},
        {"R-DOC-AUTH", "the 29th runs to the 28th of a common February", d(2024, 11, 29),
         d(2025, 2, 28), true},
        {"R-DOC-AUTH", "a leap February's last day", d(2023, 11, 30), d(2024, 2, 29), true},
        {"R-DOC-AUTH", "after a leap February", d(2023, 11, 30), d(2024, 3, 1), false},
        {"R-DOC-AUTH", "issued on 31 January", d(2025, 1, 31), d(2025, 4, 30), true},
        {"R-DOC-AUTH", "issued on 31 January, a day late", d(2025, 1, 31), d(2025, 5, 1), false},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::string{row.rule} + ": " + row.description + " issued " +
                     formatIsoDate(row.issued) + " today " + formatIsoDate(row.today));
        EXPECT_EQ(isGuardianshipCertificateRecent(row.issued, row.today), row.accepted);
    }
}

TEST(MunicipalityProfile, MinoCityListsEveryIdTypeWithItsPhotoCategory) {
    for (IdDocumentType type : allIdDocumentTypes) {
        SCOPED_TRACE(static_cast<int>(type));
        const AcceptedIdDocument* document = findAcceptedIdDocument(mino, type);
        ASSERT_NE(document, nullptr);
        const bool photo = type != HealthInsuranceCertificate && type != QualificationCertificate &&
                           type != LongTermCareInsuranceCertificate && type != PensionBook &&
                           type != PensionCertificate;
        EXPECT_EQ(document->category == IdCategory::Photo, photo);
        EXPECT_EQ(document->acceptedUntil.has_value(), type == HealthInsuranceCertificate);
    }
}

TEST(MunicipalityProfile, CountsTheHealthInsuranceCertificateUpToAndIncludingItsLastDay) {
    // Section 5: the certificates are valid to 2025-12-01 (「令和7年12月1日まで」).
    const AcceptedIdDocument* insurance = findAcceptedIdDocument(mino, HealthInsuranceCertificate);
    ASSERT_NE(insurance, nullptr);
    EXPECT_EQ(insurance->acceptedUntil, lastHealthInsuranceCertificateDay);
    EXPECT_TRUE(isAcceptedOn(*insurance, Date{year{2025}, November, day{30}}));
    EXPECT_TRUE(isAcceptedOn(*insurance, lastHealthInsuranceDay));
    EXPECT_FALSE(isAcceptedOn(*insurance, firstDayWithoutHealthInsurance));
    EXPECT_TRUE(isAcceptedOn(*findAcceptedIdDocument(mino, QualificationCertificate),
                             Date{year{2030}, January, day{6}}));
}

TEST(MunicipalityProfile, KeepsTheCounterFields) {
    EXPECT_EQ(mino.name, "美濃市");
    EXPECT_EQ(mino.receptionOpens, std::chrono::minutes{9 * 60});
    EXPECT_EQ(mino.receptionCloses, std::chrono::minutes{17 * 60});
    EXPECT_EQ(mino.yearEndClosureFrom, (MonthDay{12, 29}));
    EXPECT_EQ(mino.yearEndClosureTo, (MonthDay{1, 3}));
}
