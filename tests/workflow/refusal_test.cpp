// Every refusal the rules make stops the case with its reason and changes nothing on the card.

#include "card/jpki_applet.h"
#include "support/store_fixture.h"
#include "workflow_test_support.h"

namespace jpki::workflow::testing {
namespace {

using domain::CertificateKind;
using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;

// The refusal a command returned, and the case as stored after it.
struct Refused {
    Refusal refusal;
    CaseFile after;
};

Refused expectRefusal(Counter& counter, storage::CaseId caseId, const Outcome<CaseFile>& outcome,
                      RefusalReason reason) {
    EXPECT_FALSE(outcome.ok());
    if (outcome.ok()) {
        return {};
    }
    EXPECT_EQ(outcome.error().kind(), ErrorKind::Refused) << describe(outcome.error());
    if (outcome.error().kind() != ErrorKind::Refused) {
        return {};
    }
    const Refusal& refusal = outcome.error().refusal();
    EXPECT_EQ(refusal.reason, reason) << refusalReasonId(refusal.reason);
    counter.reopen();
    auto stored = counter.engine().load(caseId);
    EXPECT_TRUE(holds(stored));
    EXPECT_EQ(stored->step, refusal.stepAfter);
    if (refusalClosesCase(reason)) {
        EXPECT_EQ(stored->step, Step::Refused);
        EXPECT_EQ(stored->outcome, QString::fromLatin1(refusalReasonId(reason).data()));
        EXPECT_TRUE(stored->isClosed());
        EXPECT_TRUE(stored->refusal.has_value());
    } else {
        EXPECT_FALSE(stored->isClosed());
    }
    return {refusal, *stored};
}

Outcome<CaseFile> checkCard(Counter& counter, const CaseFile& file,
                            CertificateSelection selection = CertificateSelection::Due) {
    CardCheckChoice choice;
    choice.certificates = selection;
    return counter.engine().checkCard(file.id,
                                      counter.cardStatus(std::string(sim::default_pins::signature)),
                                      choice, counter.clerk());
}

TEST(Refusal, TooEarlyForRenewal) {
    Counter counter("healthy");
    const CaseFile file = counter.toCardCheck(Procedure::Renewal, RequestPath::Self);
    const std::string before = counter.cardContent();
    const Refused refused =
        expectRefusal(counter, file.id, checkCard(counter, file), RefusalReason::TooEarly);
    ASSERT_TRUE(refused.refusal.windowOpens.has_value());
    EXPECT_EQ(*refused.refusal.windowOpens,
              domain::renewalWindowOpens(counter.profile().authentication.expires));
    EXPECT_TRUE(refused.after.card.has_value()); // the facts seen are kept with the refusal
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Refusal, TooEarlyWhenTheCertificateIsNamed) {
    Counter counter("healthy");
    const CaseFile file = counter.toCardCheck(Procedure::Renewal, RequestPath::Self);
    const Refused refused = expectRefusal(
        counter, file.id, checkCard(counter, file, CertificateSelection::UserAuthenticationOnly),
        RefusalReason::TooEarly);
    EXPECT_EQ(refused.refusal.certificate, CertificateKind::UserAuthentication);
}

TEST(Refusal, CardReapplicationRequired) {
    Counter counter("card-expiring");
    const CaseFile file = counter.toCardCheck(Procedure::Renewal, RequestPath::Self);
    const std::string before = counter.cardContent();
    expectRefusal(counter, file.id, checkCard(counter, file),
                  RefusalReason::CardReapplicationRequired);
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Refusal, NoSignatureCertificateUnderFifteen) {
    Counter counter("minor");
    const CaseFile file = counter.toCardCheck(Procedure::Renewal, RequestPath::LegalProxy);
    const std::string before = counter.cardContent();
    const Refused refused =
        expectRefusal(counter, file.id, checkCard(counter, file, CertificateSelection::Both),
                      RefusalReason::SignatureUnderFifteen);
    EXPECT_EQ(refused.refusal.certificate, CertificateKind::Signature);
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Refusal, NoSignatureCertificateForAnAdultWard) {
    Counter counter("adult-ward");
    const CaseFile file = counter.toCardCheck(Procedure::Renewal, RequestPath::LegalProxy);
    const std::string before = counter.cardContent();
    expectRefusal(counter, file.id, checkCard(counter, file, CertificateSelection::SignatureOnly),
                  RefusalReason::SignatureAdultWard);
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Refusal, MissingDocumentsKeepTheCaseAtItsDocuments) {
    Counter counter("expiring");
    const CaseFile file = counter.throughReception(Procedure::Renewal, RequestPath::VoluntaryProxy);
    domain::PresentedItems presented;
    presented.applicantCard = true;
    presented.inquiryForm = domain::SealState::Sealed;
    presented.proxyIds = {domain::IdDocumentType::PensionBook};
    const Refused refused = expectRefusal(
        counter, file.id, counter.engine().checkDocuments(file.id, 1, presented, counter.clerk()),
        RefusalReason::MissingDocuments);
    EXPECT_EQ(refused.after.step, Step::Documents);
    const std::vector<domain::UnmetRequirement> expected{
        {domain::Requirement::ProxyIdTwoItemsOneWithPhoto, domain::Shortfall::ProxyIdPhotoMissing},
        {domain::Requirement::ExpiryNotice, domain::Shortfall::ExpiryNoticeMissing},
        {domain::Requirement::SignedApplicationForm, domain::Shortfall::ApplicationFormNotSigned}};
    EXPECT_EQ(refused.refusal.unmet, expected);
    ASSERT_EQ(refused.after.documents.size(), 1U);
    EXPECT_EQ(refused.after.documents.front().unmet, expected);
    // What was seen is on the record, and the applicant may bring the rest.
    auto seen = counter.store().documentsOfCase(file.id);
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen->size(), 3U);
    auto complete = counter.engine().checkDocuments(file.id, 1, everythingPresented(testDay()),
                                                    counter.clerk());
    ASSERT_TRUE(holds(complete));
    EXPECT_EQ(complete->step, Step::CardCheck);
    EXPECT_FALSE(complete->refusal.has_value());
}

TEST(Refusal, ExpiredGuardianshipCertificate) {
    Counter counter("healthy");
    const CaseFile file = counter.throughReception(Procedure::PinReset, RequestPath::LegalProxy);
    domain::PresentedItems presented = everythingPresented(testDay());
    presented.authority.guardianshipCertificateIssued = domain::addMonthsClamped(testDay(), -4);
    const Refused refused = expectRefusal(
        counter, file.id, counter.engine().checkDocuments(file.id, 1, presented, counter.clerk()),
        RefusalReason::MissingDocuments);
    const std::vector<domain::UnmetRequirement> expected{
        {domain::Requirement::LegalAuthorityProof,
         domain::Shortfall::GuardianshipCertificateTooOld}};
    EXPECT_EQ(refused.refusal.unmet, expected);
}

TEST(Refusal, OpenedSealedFormAtARenewal) {
    Counter counter("expiring");
    const CaseFile file = counter.throughReception(Procedure::Renewal, RequestPath::VoluntaryProxy);
    domain::PresentedItems presented = everythingPresented(testDay());
    presented.inquiryForm = domain::SealState::Opened;
    const std::string before = counter.cardContent();
    expectRefusal(counter, file.id,
                  counter.engine().checkDocuments(file.id, 1, presented, counter.clerk()),
                  RefusalReason::InquiryFormOpened);
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Refusal, OpenedReplyOnTheSecondVisit) {
    Counter counter("healthy");
    const CaseFile file =
        counter.throughReception(Procedure::PinReset, RequestPath::VoluntaryProxy);
    auto visit1 = counter.engine().checkDocuments(file.id, 1, everythingPresented(testDay()),
                                                  counter.clerk());
    ASSERT_TRUE(holds(visit1));
    ASSERT_TRUE(holds(counter.engine().issueLetter(file.id, counter.clerk())));
    ASSERT_TRUE(holds(counter.engine().recordLetterMailed(file.id, counter.clerk())));
    const Refused refused = expectRefusal(
        counter, file.id,
        counter.engine().recordReply(file.id, domain::SealState::Opened, counter.secondClerk()),
        RefusalReason::InquiryFormOpened);
    ASSERT_TRUE(refused.after.letter.has_value());
    EXPECT_TRUE(refused.after.letter->replyReceived);
    EXPECT_EQ(refused.after.letter->replySeal, domain::SealState::Opened);
}

// A closing refusal is stored with the facts it rests on, in one write: when the refusal cannot
// be stored (a trigger refuses it, as a kill between two writes would leave it), the opened
// reply is not recorded either, so that it can be given again and the case then closes. Stored
// apart, the reply would stand and giving it again would be refused as already recorded.
TEST(Refusal, OpenedReplyIsStoredWithItsRefusal) {
    Counter counter("healthy");
    const CaseFile file =
        counter.throughReception(Procedure::PinReset, RequestPath::VoluntaryProxy);
    ASSERT_TRUE(holds(counter.engine().checkDocuments(file.id, 1, everythingPresented(testDay()),
                                                      counter.clerk())));
    ASSERT_TRUE(holds(counter.engine().issueLetter(file.id, counter.clerk())));
    ASSERT_TRUE(holds(counter.engine().recordLetterMailed(file.id, counter.clerk())));
    storage::testing::rawExecute(
        counter.databasePath(),
        "CREATE TRIGGER refuse_refusal BEFORE INSERT ON case_events "
        "WHEN NEW.event_type = 'case-refused' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    auto failed =
        counter.engine().recordReply(file.id, domain::SealState::Opened, counter.secondClerk());
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().kind(), ErrorKind::Storage) << describe(failed.error());
    counter.reopen();
    auto stored = counter.engine().load(file.id);
    ASSERT_TRUE(holds(stored));
    EXPECT_EQ(stored->step, Step::AwaitingReply);
    ASSERT_TRUE(stored->letter.has_value());
    EXPECT_FALSE(stored->letter->replyReceived);

    storage::testing::rawExecute(counter.databasePath(), "DROP TRIGGER refuse_refusal");
    const Refused refused = expectRefusal(
        counter, file.id,
        counter.engine().recordReply(file.id, domain::SealState::Opened, counter.secondClerk()),
        RefusalReason::InquiryFormOpened);
    EXPECT_TRUE(refused.after.isClosed());
    ASSERT_TRUE(refused.after.letter.has_value());
    EXPECT_TRUE(refused.after.letter->replyReceived);
}

TEST(Refusal, NewPinAgainstThePolicy) {
    Counter counter("healthy");
    CardCheckChoice choice;
    choice.pinsToReset = {PinKind::Signature};
    const CaseFile file = counter.toPinEntry(Procedure::PinReset, RequestPath::Self, choice);
    const std::string before = counter.cardContent();
    const domain::SecretBuffer typed("ABCDEFG"); // R-PIN-SIGN: no digit
    const Refused refused =
        expectRefusal(counter, file.id,
                      counter.engine().resetPin(file.id, counter.channel(), PinKind::Signature,
                                                typed, typed, counter.clerk()),
                      RefusalReason::PinPolicy);
    EXPECT_EQ(refused.refusal.pinProblems, std::vector{domain::PinProblem::MissingDigit});
    EXPECT_EQ(refused.after.step, Step::PinEntry);
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Refusal, NewPinEntriesThatDoNotMatch) {
    Counter counter("healthy");
    CardCheckChoice choice;
    choice.pinsToReset = {PinKind::UserAuthentication};
    const CaseFile file = counter.toPinEntry(Procedure::PinReset, RequestPath::Self, choice);
    const std::string before = counter.cardContent();
    const domain::SecretBuffer typed("2580");
    const domain::SecretBuffer again("2508");
    expectRefusal(counter, file.id,
                  counter.engine().resetPin(file.id, counter.channel(), PinKind::UserAuthentication,
                                            typed, again, counter.clerk()),
                  RefusalReason::PinsDoNotMatch);
    EXPECT_EQ(counter.cardContent(), before);
    // Typed again correctly, the reset goes on.
    auto done = counter.engine().resetPin(file.id, counter.channel(), PinKind::UserAuthentication,
                                          typed, typed, counter.clerk());
    EXPECT_TRUE(holds(done));
}

// R-PIN-PROXY: a PIN from the sealed form that does not verify stops the renewal through the
// proxy. The card spent the try it counts; no key or certificate changed.
TEST(Refusal, ProxyPinThatDoesNotVerify) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::VoluntaryProxy, {});
    const card::CardStatus before = counter.cardStatus(std::string(sim::default_pins::signature));
    RenewalPins pins = counter.defaultPins();
    pins.userAuthentication = domain::SecretBuffer("9999");
    const Refused refused = expectRefusal(
        counter, file.id, counter.engine().renew(file.id, counter.channel(), pins, counter.clerk()),
        RefusalReason::ProxyPinNotVerified);
    EXPECT_EQ(refused.refusal.pin, PinKind::UserAuthentication);
    EXPECT_EQ(refused.refusal.triesLeft, 2);
    const card::CardStatus after = counter.cardStatus(std::string(sim::default_pins::signature));
    for (auto which :
         {card::JpkiCertificate::UserAuthentication, card::JpkiCertificate::Signature}) {
        EXPECT_EQ(after.certificate(which).certificate->der(),
                  before.certificate(which).certificate->der());
    }
    EXPECT_EQ(after.pin(PinKind::UserAuthentication).triesLeft, 2);
}

// Applicants in person (or their legal representative) may type a wrong PIN again.
TEST(Refusal, WrongPinInPersonLeavesTheCaseAtPinEntry) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    RenewalPins pins = counter.defaultPins();
    pins.userAuthentication = domain::SecretBuffer("9999");
    auto wrong = counter.engine().renew(file.id, counter.channel(), pins, counter.clerk());
    ASSERT_FALSE(wrong.ok());
    ASSERT_EQ(wrong.error().kind(), ErrorKind::Card);
    EXPECT_EQ(wrong.error().cardError().code, card::CardErrorCode::WrongPin);
    auto stored = counter.engine().load(file.id);
    ASSERT_TRUE(holds(stored));
    EXPECT_EQ(stored->step, Step::PinEntry);
    EXPECT_EQ(stored->pinVerificationFailures, 1);
    auto done =
        counter.engine().renew(file.id, counter.channel(), counter.defaultPins(), counter.clerk());
    EXPECT_TRUE(holds(done));
}

// R-PIN-FORMAT: a current PIN outside its format is refused before the card sees it: no try
// spent, even through a voluntary proxy (whose wrong PIN would otherwise end the renewal).
TEST(Refusal, APinOutsideItsFormatNeverReachesTheCard) {
    for (const RequestPath path : {RequestPath::Self, RequestPath::VoluntaryProxy}) {
        Counter counter("expiring");
        const CaseFile file = counter.toPinEntry(Procedure::Renewal, path, {});
        const std::string badEntries[] = {std::string("12\0" "4", 4),
                                          "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94",
                                          " 123", "123", "12345"};
        for (const std::string& bad : badEntries) {
            RenewalPins pins = counter.defaultPins();
            pins.userAuthentication = domain::SecretBuffer(bad);
            const Refused refused = expectRefusal(
                counter, file.id,
                counter.engine().renew(file.id, counter.channel(), pins, counter.clerk()),
                RefusalReason::PinPolicy);
            EXPECT_EQ(refused.refusal.pin, PinKind::UserAuthentication);
            EXPECT_FALSE(refused.refusal.pinProblems.empty());
            const card::CardStatus after =
                counter.cardStatus(std::string(sim::default_pins::signature));
            EXPECT_EQ(after.pin(PinKind::UserAuthentication).triesLeft, 3);
            EXPECT_EQ(counter.engine().load(file.id)->step, Step::PinEntry);
        }
        RenewalPins shortPassword = counter.defaultPins();
        shortPassword.signature = domain::SecretBuffer("ab1");
        auto refused =
            counter.engine().renew(file.id, counter.channel(), shortPassword, counter.clerk());
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().refusal().reason, RefusalReason::PinPolicy);
        auto done = counter.engine().renew(file.id, counter.channel(), counter.defaultPins(),
                                           counter.clerk());
        EXPECT_TRUE(holds(done));
    }
}

TEST(Refusal, BlockedPinStopsARenewal) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self,
                                             {CertificateSelection::UserAuthenticationOnly, {}});
    RenewalPins pins = counter.defaultPins();
    pins.userAuthentication = domain::SecretBuffer("9999");
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto wrong = counter.engine().renew(file.id, counter.channel(), pins, counter.clerk());
        ASSERT_FALSE(wrong.ok());
        ASSERT_EQ(wrong.error().kind(), ErrorKind::Card);
    }
    expectRefusal(counter, file.id,
                  counter.engine().renew(file.id, counter.channel(), pins, counter.clerk()),
                  RefusalReason::PinBlocked);
}

TEST(Refusal, PinAbsentOnTheCard) {
    Counter counter("minor");
    const CaseFile file = counter.toCardCheck(Procedure::PinReset, RequestPath::LegalProxy);
    CardCheckChoice choice;
    choice.pinsToReset = {PinKind::Signature};
    const std::string before = counter.cardContent();
    expectRefusal(
        counter, file.id,
        counter.engine().checkCard(file.id, counter.cardStatus(), choice, counter.clerk()),
        RefusalReason::PinAbsent);
    EXPECT_EQ(counter.cardContent(), before);
}

TEST(Guard, CommandsOutsideTheirStepAreNotAllowed) {
    Counter counter("expiring");
    const CaseFile file = counter.throughReception(Procedure::Renewal, RequestPath::Self);
    auto early =
        counter.engine().renew(file.id, counter.channel(), counter.defaultPins(), counter.clerk());
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().kind(), ErrorKind::StepNotAllowed);
    EXPECT_EQ(early.error().step(), Step::Documents);
    auto letter = counter.engine().issueLetter(file.id, counter.clerk());
    ASSERT_FALSE(letter.ok());
    EXPECT_EQ(letter.error().kind(), ErrorKind::StepNotAllowed);
    auto proxy = counter.engine().recordProxy(
        file.id,
        {QStringLiteral("x"), ProxyKind::Voluntary, domain::LegalAuthorityBasis::NotStated},
        counter.clerk());
    ASSERT_FALSE(proxy.ok());
    EXPECT_EQ(proxy.error().inputProblem(), InputProblem::WrongPath);
}

TEST(Guard, NothingMovesAClosedCase) {
    Counter counter("healthy");
    const CaseFile file = counter.throughReception(Procedure::PinReset, RequestPath::Self);
    auto cancelled = counter.engine().cancel(file.id, QStringLiteral("申請者の申し出により取消"),
                                             counter.clerk());
    ASSERT_TRUE(holds(cancelled));
    EXPECT_EQ(cancelled->step, Step::Cancelled);
    EXPECT_EQ(cancelled->closingReason, QStringLiteral("申請者の申し出により取消"));
    auto again = counter.engine().applicantLeft(file.id, QStringLiteral("x"), counter.clerk());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind(), ErrorKind::StepNotAllowed);
    auto noReason = counter.engine().cancel(file.id, QStringLiteral(" "), counter.clerk());
    ASSERT_FALSE(noReason.ok());
}

// R-DATA-TEXT: a reason over its limit or with control characters is refused and nothing is
// stored; the case stays where it was.
TEST(Guard, AReasonThatCannotBeStoredIsRefusedBeforeAnything) {
    Counter counter("healthy");
    const CaseFile file = counter.throughReception(Procedure::PinReset, RequestPath::Self);
    const auto before = counter.store().eventsOfCase(file.id);
    ASSERT_TRUE(before.ok());
    const QString tooLong(int(domain::textLimit(domain::TextKind::Reason).maxCharacters) + 1,
                          QLatin1Char('x'));
    for (const QString& reason : {tooLong, QStringLiteral("\x1b[31m取消\x1b[0m")}) {
        auto cancelled = counter.engine().cancel(file.id, reason, counter.clerk());
        ASSERT_FALSE(cancelled.ok());
        EXPECT_EQ(cancelled.error().inputProblem(), InputProblem::TextRefused);
        EXPECT_EQ(cancelled.error().textRefusal().kind, domain::TextKind::Reason);
        auto left = counter.engine().applicantLeft(file.id, reason, counter.clerk());
        ASSERT_FALSE(left.ok());
        EXPECT_EQ(left.error().inputProblem(), InputProblem::TextRefused);
    }
    EXPECT_EQ(counter.store().eventsOfCase(file.id)->size(), before->size());
}

TEST(Guard, ApplicantLeftKeepsEverything) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    auto left = counter.engine().applicantLeft(file.id, QStringLiteral("呼出しに応答なし"),
                                               counter.clerk());
    ASSERT_TRUE(holds(left));
    EXPECT_EQ(left->step, Step::ApplicantLeft);
    EXPECT_EQ(left->outcome, QStringLiteral("applicant-left"));
    EXPECT_TRUE(left->card.has_value());
    EXPECT_EQ(left->renewals.size(), 2U);
}

TEST(Guard, AnotherCardIsRefusedBeforeAnyChange) {
    Counter counter("expiring");
    Counter other("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    const std::string before = other.cardContent();
    auto wrongCard =
        counter.engine().renew(file.id, other.channel(), counter.defaultPins(), counter.clerk());
    ASSERT_FALSE(wrongCard.ok());
    EXPECT_EQ(wrongCard.error().kind(), ErrorKind::InvalidInput);
    EXPECT_EQ(wrongCard.error().inputProblem(), InputProblem::DifferentCard);
    EXPECT_EQ(other.cardContent(), before);
}

} // namespace
} // namespace jpki::workflow::testing
