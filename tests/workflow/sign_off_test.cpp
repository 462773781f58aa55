// The supervisor's sign-off of a day (R-SIGN-*) and the read-only signed day (R-SIGN-READONLY).

#include "review_test_support.h"
#include "workflow/access_events.h"
#include "workflow/day_review.h"

namespace jpki::workflow::testing {
namespace {

using domain::Procedure;
using domain::RequestPath;

const QString kCounter = QStringLiteral("1");

class SignOff : public ::testing::Test {
protected:
    SignOff()
        : supervisor(
              addStaff(counter.store(), QStringLiteral("kanri"), storage::StaffRole::Supervisor))
        , review(counter.store(), eveningClock) {}

    ReviewOutcome<storage::DailySignOff>
    signOff(const Session& session, std::vector<storage::Acknowledgement> acknowledgements = {},
            const domain::Date& day = testDay(), const QString& atCounter = kCounter) {
        return review.signOff(session, day, atCounter, QStringLiteral("異常なし"),
                              acknowledgements);
    }

    CaseFile closedCase() {
        const CaseFile file = counter.openCase(Procedure::PinReset, RequestPath::Self);
        auto cancelled =
            counter.engine().cancel(file.id, QStringLiteral("申請取りやめ"), counter.clerk());
        EXPECT_TRUE(holds(cancelled));
        return *cancelled;
    }

    Counter counter;
    Session supervisor;
    FixedClock eveningClock{japanTime(testDay(), 17, 30)};
    DayReview review;
};

TEST_F(SignOff, AClerkIsRefusedAndTheAttemptAudited) {
    closedCase();
    auto refused = signOff(clerkSession(counter));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, ReviewProblem::NotPermitted);
    const auto audited = eventsOfType(counter.store(), testDay(), event::kAccessRefused);
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_EQ(audited.front().staff->id, counter.clerk());
    EXPECT_EQ(audited.front().payload.value(QStringLiteral("action")).toString(),
              QStringLiteral("sign-off-day"));
    EXPECT_TRUE(counter.store().signOffsOfDay(testDay())->empty());
}

// R-DATA-TEXT: a note over its limit or with control characters other than line feeds is refused
// and the day stays unsigned.
TEST_F(SignOff, NotesThatCannotBeStoredAreRefused) {
    closedCase();
    const QString tooLong(int(domain::textLimit(domain::TextKind::Note).maxCharacters) + 1,
                          QLatin1Char('x'));
    for (const QString& note : {tooLong, QStringLiteral("ok\x1b]0;title\x07")}) {
        auto refused = review.signOff(supervisor, testDay(), kCounter, note, {});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().problem, ReviewProblem::NoteInvalid);
    }
    EXPECT_TRUE(counter.store().signOffsOfDay(testDay())->empty());
    auto signed_ =
        review.signOff(supervisor, testDay(), kCounter, QStringLiteral("一行目\n二行目"), {});
    EXPECT_TRUE(signed_.ok()) << describe(signed_.error());
}

TEST_F(SignOff, AClosedDayIsSignedWithTheChainHead) {
    closedCase();
    const auto before = counter.store().verifyChain();
    auto signed_ = signOff(supervisor);
    ASSERT_TRUE(signed_.ok()) << describe(signed_.error());
    EXPECT_EQ(signed_->supervisor, supervisor.staff);
    EXPECT_EQ(signed_->chainSequence, before->headSequence);
    EXPECT_EQ(signed_->chainHead, before->headHash);
    EXPECT_EQ(counter.store().signOffsOfDay(testDay())->size(), 1u);
}

TEST_F(SignOff, AnOpenCaseWithoutAcknowledgementIsRefused) {
    closedCase();
    const CaseFile open = counter.openCase(Procedure::Renewal, RequestPath::Self);
    auto refused = signOff(supervisor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, ReviewProblem::OpenCasesNotAcknowledged);
    ASSERT_EQ(refused.error().openCases.size(), 1u);
    EXPECT_EQ(refused.error().openCases.front().reference, open.reference);

    auto noNote = signOff(supervisor, {{open.id, QStringLiteral("  ")}});
    ASSERT_FALSE(noNote.ok());
    EXPECT_EQ(noNote.error().problem, ReviewProblem::AcknowledgementNoteMissing);
    EXPECT_TRUE(counter.store().signOffsOfDay(testDay())->empty());
}

TEST_F(SignOff, AnAcknowledgedOpenCaseIsAccepted) {
    const CaseFile open = counter.openCase(Procedure::Renewal, RequestPath::Self);
    auto signed_ = signOff(supervisor, {{open.id, QStringLiteral("明日再来庁予定")}});
    ASSERT_TRUE(signed_.ok()) << describe(signed_.error());
    ASSERT_EQ(signed_->acknowledgements.size(), 1u);
    EXPECT_EQ(signed_->acknowledgements.front().caseId, open.id);
    const auto stored = counter.store().signOffsOfDay(testDay());
    ASSERT_EQ(stored->size(), 1u);
    ASSERT_EQ(stored->front().acknowledgements.size(), 1u);
    EXPECT_EQ(stored->front().acknowledgements.front().note, QStringLiteral("明日再来庁予定"));
}

TEST_F(SignOff, AnAcknowledgementOfACaseNotOpenIsRefused) {
    const CaseFile closed = closedCase();
    auto refused = signOff(supervisor, {{closed.id, QStringLiteral("メモ")}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, ReviewProblem::NotAnOpenCase);
}

TEST_F(SignOff, ADayIsSignedOnlyOnce) {
    closedCase();
    ASSERT_TRUE(signOff(supervisor).ok());
    auto again = signOff(supervisor);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().problem, ReviewProblem::AlreadySignedOff);
    EXPECT_EQ(counter.store().signOffsOfDay(testDay())->size(), 1u);
}

TEST_F(SignOff, ADayToComeIsRefused) {
    auto refused = signOff(supervisor, {}, domain::addDays(testDay(), 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, ReviewProblem::DayInFuture);
}

TEST_F(SignOff, ThePreviousDayCanBeSignedTheNextMorning) {
    closedCase();
    FixedClock nextMorning{japanTime(domain::addDays(testDay(), 1), 8, 45)};
    DayReview later(counter.store(), nextMorning);
    auto signed_ = later.signOff(supervisor, testDay(), kCounter, std::nullopt, {});
    ASSERT_TRUE(signed_.ok()) << describe(signed_.error());
    EXPECT_EQ(signed_->day, testDay());
}

TEST_F(SignOff, TheEngineStoresNothingMoreOnASignedDay) {
    const CaseFile open = counter.openCase(Procedure::Renewal, RequestPath::Self);
    ASSERT_TRUE(signOff(supervisor, {{open.id, QStringLiteral("午後に再開")}}).ok());
    const auto head = counter.store().verifyChain();

    auto opened = counter.engine().open(Procedure::PinReset, RequestPath::Self, counter.clerk());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind(), ErrorKind::DaySignedOff);
    EXPECT_EQ(opened.error().signedDay().day, testDay());
    EXPECT_EQ(opened.error().signedDay().counter, kCounter);
    auto cancelled = counter.engine().cancel(open.id, QStringLiteral("理由"), counter.clerk());
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind(), ErrorKind::DaySignedOff);
    auto recorded =
        counter.engine().recordApplicant(open.id, applicantOf(counter.profile()), counter.clerk());
    ASSERT_FALSE(recorded.ok());
    EXPECT_EQ(recorded.error().kind(), ErrorKind::DaySignedOff);

    const auto after = counter.store().verifyChain();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->holds());
    EXPECT_EQ(after->headSequence, head->headSequence);
    EXPECT_EQ(counter.engine().load(open.id)->step, Step::Reception);
}

TEST_F(SignOff, TheNextDayTheCaseGoesOn) {
    const CaseFile open = counter.openCase(Procedure::Renewal, RequestPath::Self);
    ASSERT_TRUE(signOff(supervisor, {{open.id, QStringLiteral("翌日に継続")}}).ok());
    FixedClock nextDay{japanTime(domain::addDays(testDay(), 1), 9, 15)};
    CaseEngine engine(counter.store(), nextDay, counter.authority());
    auto cancelled = engine.cancel(open.id, QStringLiteral("申請取りやめ"), counter.clerk());
    ASSERT_TRUE(holds(cancelled));
    EXPECT_EQ(cancelled->step, Step::Cancelled);
    EXPECT_TRUE(counter.store().verifyChain()->holds());
}

TEST_F(SignOff, AnotherCountersSignOffLeavesThisCounterOpen) {
    ASSERT_TRUE(signOff(supervisor, {}, testDay(), QStringLiteral("2")).ok());
    auto opened = counter.engine().open(Procedure::PinReset, RequestPath::Self, counter.clerk());
    EXPECT_TRUE(holds(opened));
}

TEST_F(SignOff, TheReviewShowsTheDayToASupervisorOnly) {
    closedCase();
    auto overview = review.review(supervisor, storage::DayQuery{testDay(), kCounter, {}});
    ASSERT_TRUE(overview.ok()) << describe(overview.error());
    EXPECT_EQ(overview->cases.size(), 1u);
    EXPECT_EQ(overview->figures.cases, 1);
    ASSERT_EQ(overview->flags.size(), 1u);
    EXPECT_EQ(overview->flags.front().kind, FlagKind::Cancelled);

    auto refused = review.review(clerkSession(counter), storage::DayQuery{testDay(), {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, ReviewProblem::NotPermitted);
    const auto audited = eventsOfType(counter.store(), testDay(), event::kAccessRefused);
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_EQ(audited.front().payload.value(QStringLiteral("action")).toString(),
              QStringLiteral("review-day"));
}

} // namespace
} // namespace jpki::workflow::testing
