// The stable ids stored in events round-trip for every code, and every code of the engine has
// its clerk's text.

#include "messages/date_text.h"
#include "messages/workflow_text.h"
#include "workflow/case_inputs.h"
#include "workflow/domain_ids.h"
#include "workflow/refusal.h"
#include "workflow/step.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace jpki::workflow {
namespace {

template <typename Codes, typename Id, typename Parse>
void expectRoundTrip(const Codes& codes, Id id, Parse parse) {
    std::set<std::string> seen;
    for (auto code : codes) {
        const std::string_view text = id(code);
        EXPECT_FALSE(text.empty());
        EXPECT_TRUE(seen.insert(std::string(text)).second) << text;
        EXPECT_EQ(parse(text), code) << text;
    }
    EXPECT_FALSE(parse("no-such-id").has_value());
}

TEST(Ids, DomainCodesRoundTrip) {
    expectRoundTrip(domain::allRequirements, requirementId, parseRequirement);
    expectRoundTrip(domain::allShortfalls, shortfallId, parseShortfall);
    expectRoundTrip(domain::allIdDocumentTypes, idDocumentId, parseIdDocument);
    expectRoundTrip(domain::allPinProblems, pinProblemId, parsePinProblem);
    expectRoundTrip(domain::allResetCases, resetCaseId, parseResetCase);
    using domain::SealState;
    expectRoundTrip(std::array{SealState::NotPresented, SealState::Sealed, SealState::Opened},
                    sealStateId, parseSealState);
    using domain::CertificateKind;
    expectRoundTrip(std::array{CertificateKind::Signature, CertificateKind::UserAuthentication},
                    certificateKindId, parseCertificateKind);
    using domain::RenewalStatus;
    expectRoundTrip(std::array{RenewalStatus::TooEarly, RenewalStatus::Open, RenewalStatus::Expired,
                               RenewalStatus::CardReapplicationRequired},
                    renewalStatusId, parseRenewalStatus);
    using domain::ExpiryBasis;
    expectRoundTrip(std::array{ExpiryBasis::TenthBirthday, ExpiryBasis::FifthBirthday,
                               ExpiryBasis::SixthBirthday, ExpiryBasis::CardExpiry,
                               ExpiryBasis::UserAuthenticationCertificate,
                               ExpiryBasis::PeriodOfStay},
                    expiryBasisId, parseExpiryBasis);
}

TEST(Ids, EngineCodesRoundTrip) {
    expectRoundTrip(allSteps, stepId, parseStep);
    expectRoundTrip(allRefusalReasons, refusalReasonId, parseRefusalReason);
    EXPECT_EQ(stepId(Step::AwaitingReply), "awaiting-reply");
    EXPECT_EQ(stepId(Step::ApplicantLeft), "applicant-left");
}

TEST(Steps, FinalStepsAreTheFourEndings) {
    std::set<Step> finals;
    for (Step step : allSteps) {
        if (isFinal(step)) {
            finals.insert(step);
        }
    }
    EXPECT_EQ(finals,
              (std::set{Step::Completed, Step::Refused, Step::Cancelled, Step::ApplicantLeft}));
}

TEST(Text, EveryCodeHasJapaneseText) {
    std::set<QString> texts;
    for (Step step : allSteps) {
        EXPECT_TRUE(texts.insert(messages::stepName(step)).second) << stepId(step);
    }
    for (RefusalReason reason : allRefusalReasons) {
        const QString text = messages::refusalReasonText(reason);
        EXPECT_TRUE(texts.insert(text).second) << refusalReasonId(reason);
    }
    for (auto problem :
         {InputProblem::WrongPath, InputProblem::ApplicantIncomplete, InputProblem::WrongVisit,
          InputProblem::ProxyNotRecorded, InputProblem::PinNotChosen, InputProblem::PinMissing,
          InputProblem::DifferentCard, InputProblem::ReasonMissing, InputProblem::ReplyNotPresented,
          InputProblem::LetterNotIssued, InputProblem::CaseNotFound}) {
        EXPECT_TRUE(texts.insert(messages::inputProblemText(problem)).second)
            << inputProblemId(problem);
    }
    EXPECT_FALSE(texts.contains(QString()));
}

TEST(Text, RefusalNamesItsDetailsButNoPin) {
    Refusal refusal;
    refusal.reason = RefusalReason::TooEarly;
    refusal.certificate = domain::CertificateKind::UserAuthentication;
    refusal.windowOpens =
        domain::Date{std::chrono::year{2026}, std::chrono::May, std::chrono::day{18}};
    const QString text = messages::refusalText(refusal);
    // The date as an office writes it, in the chosen language.
    EXPECT_TRUE(text.contains(messages::dateText(*refusal.windowOpens))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(messages::refusalReasonText(RefusalReason::TooEarly)));

    Refusal proxyPin;
    proxyPin.reason = RefusalReason::ProxyPinNotVerified;
    proxyPin.pin = domain::PinKind::UserAuthentication;
    proxyPin.triesLeft = 2;
    EXPECT_TRUE(messages::refusalText(proxyPin).contains(QStringLiteral("2")));
}

} // namespace
} // namespace jpki::workflow
