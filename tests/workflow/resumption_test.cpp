// A case is its events: a fresh engine on the same file (another clerk's program, or the same
// one after a crash) resumes every case at its last stored step, and a card operation cut short
// anywhere is finished from where it stopped.

#include "issuer/authority.h"
#include "support/store_fixture.h"
#include "workflow/domain_ids.h"
#include "workflow/workflow_events.h"
#include "workflow_test_support.h"

#include <set>

namespace jpki::workflow::testing {
namespace {

using domain::CertificateKind;
using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;

// The engine is made anew before every command: no command may rely on anything but the store.
class FreshEngineEachStep : public ::testing::TestWithParam<RequestPath> {};

TEST_P(FreshEngineEachStep, ResetResumesAtEveryStep) {
    Counter counter("healthy");
    const RequestPath path = GetParam();
    const CaseFile opened = counter.openCase(Procedure::PinReset, path);
    const storage::CaseId id = opened.id;
    auto resumed = [&](Step expected) {
        counter.reopen();
        auto file = counter.engine().load(id);
        EXPECT_TRUE(holds(file));
        EXPECT_EQ(file->step, expected) << stepId(file->step);
        return *file;
    };
    resumed(Step::Reception);
    ApplicantInput applicant = applicantOf(counter.profile());
    applicant.adultWard = path == RequestPath::LegalProxy;
    ASSERT_TRUE(holds(counter.engine().recordApplicant(id, applicant, counter.clerk())));
    if (path != RequestPath::Self) {
        resumed(Step::Reception);
        ProxyInput proxy{QStringLiteral("代理　花子"),
                         path == RequestPath::LegalProxy ? ProxyKind::Legal : ProxyKind::Voluntary,
                         path == RequestPath::LegalProxy ? domain::LegalAuthorityBasis::AdultWard
                                                         : domain::LegalAuthorityBasis::NotStated};
        ASSERT_TRUE(holds(counter.engine().recordProxy(id, proxy, counter.clerk())));
    }
    const CaseFile atDocuments = resumed(Step::Documents);
    EXPECT_EQ(atDocuments.applicant->name, applicant.name);
    ASSERT_TRUE(holds(
        counter.engine().checkDocuments(id, 1, everythingPresented(testDay()), counter.clerk())));
    if (path == RequestPath::VoluntaryProxy) {
        resumed(Step::LetterIssued);
        ASSERT_TRUE(holds(counter.engine().issueLetter(id, counter.clerk())));
        const CaseFile withLetter = resumed(Step::LetterIssued);
        ASSERT_TRUE(withLetter.letter.has_value());
        ASSERT_TRUE(holds(counter.engine().recordLetterMailed(id, counter.clerk())));
        const CaseFile waiting = resumed(Step::AwaitingReply);
        EXPECT_TRUE(waiting.letter->mailed);
        EXPECT_EQ(waiting.letter->mailMethod, QStringLiteral("ordinary-post-no-forwarding"));
        // Weeks later, the case is among those a clerk may resume, and found by the letter.
        auto open = counter.store().openCases();
        ASSERT_TRUE(open.ok());
        ASSERT_EQ(open->size(), 1U);
        counter.reopen();
        auto found = counter.engine().findByReference(
            QStringLiteral(" %1 ").arg(waiting.letter->reference.toLower()));
        ASSERT_TRUE(holds(found));
        EXPECT_EQ(found->id, id);
        ASSERT_TRUE(holds(
            counter.engine().recordReply(id, domain::SealState::Sealed, counter.secondClerk())));
        EXPECT_EQ(resumed(Step::Documents).visit, 2);
        ASSERT_TRUE(holds(counter.engine().checkDocuments(id, 2, everythingPresented(testDay()),
                                                          counter.secondClerk())));
    }
    resumed(Step::CardCheck);
    CardCheckChoice choice;
    choice.pinsToReset = {PinKind::UserAuthentication};
    ASSERT_TRUE(
        holds(counter.engine().checkCard(id, counter.cardStatus(), choice, counter.secondClerk())));
    const CaseFile atPins = resumed(Step::PinEntry);
    ASSERT_EQ(atPins.resets.size(), 1U);
    EXPECT_EQ(atPins.resets.front().resetCase, domain::ResetCase::Forgotten);
    const domain::SecretBuffer typed("1357");
    ASSERT_TRUE(holds(counter.engine().resetPin(id, counter.channel(), PinKind::UserAuthentication,
                                                typed, typed, counter.secondClerk())));
    const CaseFile done = resumed(Step::Completed);
    EXPECT_EQ(done.outcome, QStringLiteral("pin-reset"));
    // Every event names the clerk who acted.
    auto events = counter.store().eventsOfCase(id);
    ASSERT_TRUE(events.ok());
    for (const storage::CaseEvent& event : *events) {
        EXPECT_TRUE(event.staff.has_value()) << event.type.toStdString();
    }
    auto chain = counter.store().verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->holds());
}

INSTANTIATE_TEST_SUITE_P(Paths, FreshEngineEachStep,
                         ::testing::Values(RequestPath::Self, RequestPath::LegalProxy,
                                           RequestPath::VoluntaryProxy),
                         [](const auto& test) {
                             std::string name(domain::requestPathId(test.param));
                             std::erase(name, '-');
                             return name;
                         });

int countEvents(Counter& counter, storage::CaseId id, std::string_view type) {
    auto events = counter.store().eventsOfCase(id);
    EXPECT_TRUE(events.ok());
    return static_cast<int>(std::count_if(events->begin(), events->end(), [&](const auto& event) {
        return event.type == QString::fromLatin1(type.data(), qsizetype(type.size()));
    }));
}

// The card is pulled out after 1, 2, 3, … exchanges of each attempt; after each cut the card is
// put back and a fresh engine resumes. Every sub-step is cut somewhere, and the renewal still
// ends with verified certificates and nothing issued left unaccounted for.
TEST(CutShort, RenewalFinishesFromWhereItStopped) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    std::optional<CaseFile> done;
    std::set<std::string> stepsCut;
    for (std::uint64_t budget = 1; budget < 400 && !done; ++budget) {
        counter.reopen();
        counter.channel().cutAfter(budget);
        auto attempt = counter.engine().renew(file.id, counter.channel(), counter.defaultPins(),
                                              counter.clerk());
        counter.channel().restore();
        counter.card().reset(); // out of the reader and back: the card forgets its session
        if (attempt) {
            done = *attempt;
            break;
        }
        ASSERT_EQ(attempt.error().kind(), ErrorKind::Card) << describe(attempt.error());
        auto stored = counter.engine().load(file.id);
        ASSERT_TRUE(holds(stored));
        for (const CertificateRenewal& renewal : stored->renewals) {
            stepsCut.insert(std::string(certificateKindId(renewal.kind)) + ":" +
                            std::string(renewalStageId(renewal.stage)));
        }
    }
    ASSERT_TRUE(done.has_value());
    EXPECT_EQ(done->step, Step::Completed);
    // Cut in every stage that waits on the card: before the key, before the write (the issued
    // certificate is then withdrawn and issued again), before the read-back. Key-generated and
    // verified are followed by the authority alone, which a pulled card cannot interrupt.
    for (const char* certificate : {"user-authentication:", "signature:"}) {
        EXPECT_TRUE(stepsCut.count(std::string(certificate) + "planned")) << certificate;
        EXPECT_TRUE(stepsCut.count(std::string(certificate) + "written")) << certificate;
    }
    EXPECT_TRUE(stepsCut.count("user-authentication:issued") + stepsCut.count("signature:issued"));
    const card::CardStatus status = counter.cardStatus(std::string(sim::default_pins::signature));
    auto serials = counter.authority().serials();
    ASSERT_TRUE(serials.ok());
    for (const CertificateRenewal& renewal : done->renewals) {
        EXPECT_EQ(renewal.stage, RenewalStage::Done);
        const auto which = renewal.kind == CertificateKind::Signature
                               ? card::JpkiCertificate::Signature
                               : card::JpkiCertificate::UserAuthentication;
        ASSERT_EQ(status.certificate(which).presence, card::CertificatePresence::Present);
        EXPECT_EQ(QString::fromStdString(status.certificate(which).certificate->serialHex()),
                  renewal.newSerial);
    }
    // A certificate issued by an attempt that did not live to write it was withdrawn: every
    // serial the authority issued is on the card or revoked.
    EXPECT_GE(countEvents(counter, file.id, event::kCertificateWithdrawn), 1);
    for (const auto& [serial, issued] : *serials) {
        const bool onCard = std::any_of(done->renewals.begin(), done->renewals.end(),
                                        [&](const CertificateRenewal& renewal) {
                                            return renewal.newSerial.toStdString() == serial;
                                        });
        EXPECT_TRUE(onCard || issued.revocation.has_value()) << serial;
    }
    auto chain = counter.store().verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->holds());
}

// A case of the applicant's own, at the entry of the one PIN to reset.
CaseFile atPinEntry(Counter& counter, Procedure procedure, PinKind pin) {
    CardCheckChoice choice;
    choice.pinsToReset = {pin};
    return counter.toPinEntry(procedure, RequestPath::Self, choice);
}

TEST(CutShort, ResetFinishesFromWhereItStopped) {
    Counter counter("sign-blocked");
    const CaseFile file = atPinEntry(counter, Procedure::LockRelease, PinKind::Signature);
    const domain::SecretBuffer typed("RESET42");
    std::optional<CaseFile> done;
    for (std::uint64_t budget = 1; budget < 200 && !done; ++budget) {
        counter.reopen();
        counter.channel().cutAfter(budget);
        auto attempt = counter.engine().resetPin(file.id, counter.channel(), PinKind::Signature,
                                                 typed, typed, counter.clerk());
        counter.channel().restore();
        counter.card().reset();
        if (attempt) {
            done = *attempt;
        } else {
            ASSERT_EQ(attempt.error().kind(), ErrorKind::Card) << describe(attempt.error());
        }
    }
    ASSERT_TRUE(done.has_value());
    EXPECT_EQ(done->outcome, QStringLiteral("lock-released"));
    EXPECT_EQ(counter.cardStatus().pin(PinKind::Signature).triesLeft, 5);
}

// The last PIN's confirmation and the completion are one write: when the completion cannot be
// stored (here a trigger refuses it, as a kill between two writes would leave it), the
// confirmation is not stored either, and the reset done again completes the case. Stored apart,
// the case would keep every PIN confirmed and no command left to close it.
TEST(CutShort, LastConfirmationIsStoredWithTheCompletion) {
    Counter counter("expiring");
    const CaseFile file = atPinEntry(counter, Procedure::PinReset, PinKind::UserAuthentication);
    const domain::SecretBuffer typed("5678");
    counter.reopen();
    storage::testing::rawExecute(
        counter.databasePath(),
        "CREATE TRIGGER refuse_completion BEFORE INSERT ON case_events "
        "WHEN NEW.event_type = 'case-completed' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    auto refused = counter.engine().resetPin(
        file.id, counter.channel(), PinKind::UserAuthentication, typed, typed, counter.clerk());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Storage) << describe(refused.error());
    EXPECT_EQ(countEvents(counter, file.id, event::kPinCounterReset), 1);
    EXPECT_EQ(countEvents(counter, file.id, event::kPinResetConfirmed), 0);

    storage::testing::rawExecute(counter.databasePath(), "DROP TRIGGER refuse_completion");
    counter.reopen();
    auto done = counter.engine().resetPin(file.id, counter.channel(), PinKind::UserAuthentication,
                                          typed, typed, counter.clerk());
    ASSERT_TRUE(holds(done));
    EXPECT_EQ(done->step, Step::Completed);
    EXPECT_EQ(done->outcome, QStringLiteral("pin-reset"));
    EXPECT_EQ(countEvents(counter, file.id, event::kPinResetConfirmed), 1);
    EXPECT_EQ(countEvents(counter, file.id, event::kCaseCompleted), 1);
    auto chain = counter.store().verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->holds());
}

// The clerk stops a renewal between two sub-steps: what was stored stays, the case waits at the
// card operation, and the same command later finishes it. Progress counts every stored sub-step.
TEST(StoppedByTheClerk, RenewalStopsBetweenSubStepsAndFinishesLater) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    std::vector<std::pair<int, int>> reports;
    OperationObserver observer;
    observer.progress = [&](int done, int total) {
        reports.emplace_back(done, total);
    };
    observer.stopRequested = [&] {
        return reports.size() >= 4;
    }; // after 3 sub-steps
    auto stopped = counter.engine().renew(file.id, counter.channel(), counter.defaultPins(),
                                          counter.clerk(), observer);
    ASSERT_TRUE(holds(stopped));
    EXPECT_EQ(stopped->step, Step::CardOperation);
    ASSERT_EQ(reports.size(), 4u);
    EXPECT_EQ(reports.front().first, 0);
    const int total = reports.front().second;
    EXPECT_EQ(total, 12); // two certificates, six stored sub-steps each
    EXPECT_EQ(reports.back(), std::make_pair(3, total));
    const CertificateRenewal* first = stopped->renewal(CertificateKind::UserAuthentication);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->stage, RenewalStage::Issued);

    reports.clear();
    counter.reopen();
    OperationObserver watching;
    watching.progress = [&](int done, int left) {
        reports.emplace_back(done, left);
    };
    auto finished = counter.engine().renew(file.id, counter.channel(), counter.defaultPins(),
                                           counter.clerk(), watching);
    ASSERT_TRUE(holds(finished));
    EXPECT_EQ(finished->step, Step::Completed);
    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.front(), std::make_pair(0, total - 3));
    // The certificate issued before the stop was never written: it is withdrawn and issued
    // again, two sub-steps more than were left, and the count grows to match.
    EXPECT_EQ(countEvents(counter, file.id, event::kCertificateWithdrawn), 1);
    EXPECT_EQ(reports.back(), std::make_pair(total - 1, total - 1));
}

} // namespace
} // namespace jpki::workflow::testing
