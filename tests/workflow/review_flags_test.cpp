// The review flags of a day (R-FLAG-*), each made by driving the engine as a counter would.

#include "domain/business_calendar.h"
#include "messages/review_text.h"
#include "review_test_support.h"
#include "support/store_fixture.h"
#include "workflow/day_report.h"
#include "workflow/review_flags.h"

namespace jpki::workflow::testing {
namespace {

using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;

std::vector<ReviewFlag> flagsOf(Counter& counter, const domain::Date& day,
                                const domain::Date& today, std::optional<QString> atCounter = {},
                                std::optional<storage::StaffId> clerk = {}) {
    auto flags = computeFlags(counter.store(), storage::DayQuery{day, atCounter, clerk}, today);
    EXPECT_TRUE(flags.ok()) << storage::describe(flags.error());
    return flags ? *flags : std::vector<ReviewFlag>{};
}

std::vector<ReviewFlag> ofKind(const std::vector<ReviewFlag>& flags, FlagKind kind) {
    std::vector<ReviewFlag> found;
    std::copy_if(flags.begin(), flags.end(), std::back_inserter(found),
                 [&](const ReviewFlag& flag) { return flag.kind == kind; });
    return found;
}

// Reception and the first visit of a voluntary proxy's reset, with the letter mailed.
CaseFile letterMailed(Counter& counter) {
    const CaseFile file =
        counter.throughReception(Procedure::PinReset, RequestPath::VoluntaryProxy);
    EXPECT_TRUE(holds(counter.engine().checkDocuments(file.id, 1, everythingPresented(testDay()),
                                                      counter.clerk())));
    EXPECT_TRUE(holds(counter.engine().issueLetter(file.id, counter.clerk())));
    auto mailed = counter.engine().recordLetterMailed(file.id, counter.clerk());
    EXPECT_TRUE(holds(mailed));
    return *mailed;
}

const domain::Date kNextDay = domain::addDays(testDay(), 1);

TEST(ReviewFlags, ACaseLeftOpenIsFlaggedOnceTheDayIsOver) {
    Counter counter;
    const CaseFile file = counter.throughReception(Procedure::Renewal, RequestPath::Self);
    EXPECT_TRUE(ofKind(flagsOf(counter, testDay(), testDay()), FlagKind::LeftOpen).empty());
    const auto flags = ofKind(flagsOf(counter, testDay(), kNextDay), FlagKind::LeftOpen);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().caseId, file.id);
    EXPECT_EQ(flags.front().reference, file.reference);
    EXPECT_EQ(flags.front().step, QStringLiteral("documents"));
}

TEST(ReviewFlags, ACaseClosedTheNextMorningWasStillOpenAtTheDaysEnd) {
    Counter counter;
    const CaseFile file = counter.openCase(Procedure::Renewal, RequestPath::Self);
    FixedClock nextMorning{japanTime(kNextDay, 9)};
    CaseEngine engine(counter.store(), nextMorning, counter.authority());
    ASSERT_TRUE(holds(engine.applicantLeft(file.id, QStringLiteral("来庁せず"), counter.clerk())));
    const auto flags = ofKind(flagsOf(counter, testDay(), kNextDay), FlagKind::LeftOpen);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().step, QStringLiteral("reception"));
    // On the next day it is an applicant-left, not an open case.
    const auto nextDay = flagsOf(counter, kNextDay, domain::addDays(kNextDay, 1));
    EXPECT_TRUE(ofKind(nextDay, FlagKind::LeftOpen).empty());
    EXPECT_EQ(ofKind(nextDay, FlagKind::ApplicantLeft).size(), 1u);
}

// R-FLAG-CLOCK: the PC's clock set back 25 minutes between two steps (an NTP correction). The
// step is stored at the time of the one before it, never earlier, and the review says so; the
// case's handling time is not negative.
TEST(ReviewFlags, AClockThatWentBackIsFlaggedAndNoTimeRunsBackwards) {
    Counter counter;
    const CaseFile file = counter.openCase(Procedure::Renewal, RequestPath::Self);
    FixedClock setBack{japanTime(testDay(), 9, 35)}; // the counter's clock says 10:00
    CaseEngine engine(counter.store(), setBack, counter.authority());
    ASSERT_TRUE(holds(engine.cancel(file.id, QStringLiteral("申請取りやめ"), counter.clerk())));

    const auto flags = ofKind(flagsOf(counter, testDay(), testDay()), FlagKind::ClockWentBack);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().caseId, file.id);
    EXPECT_EQ(flags.front().reference, file.reference);
    EXPECT_EQ(flags.front().clockBehindMilliseconds, 25 * 60 * 1000);
    EXPECT_FALSE(messages::flagText(flags.front()).isEmpty());

    const auto events = counter.store().eventsOfCase(file.id);
    ASSERT_TRUE(events.ok());
    for (std::size_t i = 1; i < events->size(); ++i) {
        EXPECT_GE((*events)[i].at, (*events)[i - 1].at);
    }
    const auto record = counter.store().findCase(file.id);
    ASSERT_TRUE(record.ok());
    ASSERT_TRUE(record->summary.handlingTime().has_value());
    EXPECT_EQ(record->summary.handlingTime()->count(), 0);
    EXPECT_TRUE(counter.store().verifyChain()->holds());
}

TEST(ReviewFlags, AProxyCaseWaitingForTheReplyIsNotLeftOpen) {
    Counter counter;
    letterMailed(counter);
    EXPECT_TRUE(ofKind(flagsOf(counter, testDay(), kNextDay), FlagKind::LeftOpen).empty());
}

TEST(ReviewFlags, ARefusalIsFlaggedWithItsReason) {
    Counter counter;
    const CaseFile file = letterMailed(counter);
    ASSERT_FALSE(
        counter.engine().recordReply(file.id, domain::SealState::Opened, counter.clerk()).ok());
    const auto flags = ofKind(flagsOf(counter, testDay(), testDay()), FlagKind::Refused);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().caseId, file.id);
    EXPECT_EQ(flags.front().reason, QStringLiteral("inquiry-form-opened"));
}

TEST(ReviewFlags, CancelledAndApplicantLeftAreFlaggedWithTheirStep) {
    Counter counter;
    const CaseFile cancelled = counter.openCase(Procedure::PinReset, RequestPath::Self);
    ASSERT_TRUE(
        holds(counter.engine().cancel(cancelled.id, QStringLiteral("取りやめ"), counter.clerk())));
    const CaseFile left = counter.throughReception(Procedure::Renewal, RequestPath::Self);
    ASSERT_TRUE(
        holds(counter.engine().applicantLeft(left.id, QStringLiteral("退席"), counter.clerk())));
    const auto flags = flagsOf(counter, testDay(), kNextDay);
    const auto cancels = ofKind(flags, FlagKind::Cancelled);
    ASSERT_EQ(cancels.size(), 1u);
    EXPECT_EQ(cancels.front().caseId, cancelled.id);
    EXPECT_EQ(cancels.front().step, QStringLiteral("reception"));
    const auto lefts = ofKind(flags, FlagKind::ApplicantLeft);
    ASSERT_EQ(lefts.size(), 1u);
    EXPECT_EQ(lefts.front().caseId, left.id);
    EXPECT_EQ(lefts.front().step, QStringLiteral("documents"));
    EXPECT_TRUE(ofKind(flags, FlagKind::LeftOpen).empty());
}

TEST(ReviewFlags, APinBlockedDuringTheVisitIsFlaggedOnce) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self,
                                             {CertificateSelection::UserAuthenticationOnly, {}});
    RenewalPins pins = counter.defaultPins();
    pins.userAuthentication = domain::SecretBuffer("9999");
    for (int attempt = 0; attempt < 3; ++attempt) {
        ASSERT_FALSE(
            counter.engine().renew(file.id, counter.channel(), pins, counter.clerk()).ok());
    }
    const auto flags = flagsOf(counter, testDay(), testDay());
    const auto blocked = ofKind(flags, FlagKind::PinBlocked);
    ASSERT_EQ(blocked.size(), 1u);
    EXPECT_EQ(blocked.front().pin, PinKind::UserAuthentication);
    EXPECT_EQ(ofKind(flags, FlagKind::Refused).size(), 1u);
}

TEST(ReviewFlags, OneWrongPinIsNotABlockedPin) {
    Counter counter("expiring");
    const CaseFile file = counter.toPinEntry(Procedure::Renewal, RequestPath::Self,
                                             {CertificateSelection::UserAuthenticationOnly, {}});
    RenewalPins pins = counter.defaultPins();
    pins.userAuthentication = domain::SecretBuffer("9999");
    ASSERT_FALSE(counter.engine().renew(file.id, counter.channel(), pins, counter.clerk()).ok());
    EXPECT_TRUE(ofKind(flagsOf(counter, testDay(), testDay()), FlagKind::PinBlocked).empty());
}

TEST(ReviewFlags, AnUnansweredLetterIsFlaggedAfterFourteenBusinessDays) {
    Counter counter;
    const CaseFile file = letterMailed(counter);
    const domain::BusinessCalendar calendar(domain::minoCityProfile());
    const domain::Date thirteenth = *calendar.addBusinessDays(testDay(), 13);
    const domain::Date fourteenth = *calendar.addBusinessDays(testDay(), 14);
    EXPECT_TRUE(
        ofKind(flagsOf(counter, thirteenth, thirteenth), FlagKind::LetterUnanswered).empty());
    const auto flags = ofKind(flagsOf(counter, fourteenth, fourteenth), FlagKind::LetterUnanswered);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().caseId, file.id);
    EXPECT_EQ(flags.front().letterReference, file.letter->reference);
    EXPECT_EQ(flags.front().mailedOn, testDay());
    EXPECT_EQ(flags.front().businessDaysWaiting, 14);
    // Another counter's review does not show it.
    EXPECT_TRUE(ofKind(flagsOf(counter, fourteenth, fourteenth, QStringLiteral("2")),
                       FlagKind::LetterUnanswered)
                    .empty());
}

TEST(ReviewFlags, TheLetterWaitIsConfigurable) {
    Counter counter;
    letterMailed(counter);
    const domain::Date fifthDay =
        *domain::BusinessCalendar(domain::minoCityProfile()).addBusinessDays(testDay(), 5);
    FlagSettings settings;
    settings.letterReplyBusinessDays = 5;
    auto flags = computeFlags(counter.store(), {fifthDay, {}, {}}, fifthDay, settings);
    ASSERT_TRUE(flags.ok());
    EXPECT_EQ(ofKind(*flags, FlagKind::LetterUnanswered).size(), 1u);
}

TEST(ReviewFlags, ACaseContinuedByAnotherClerkIsFlagged) {
    Counter counter;
    // The bench's voluntary proxy: clerk-a opens, clerk-b takes the second visit.
    const CaseFile file = counter.toCardCheck(Procedure::PinReset, RequestPath::VoluntaryProxy);
    const auto flags = ofKind(flagsOf(counter, testDay(), testDay()), FlagKind::AnotherClerk);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags.front().caseId, file.id);
    ASSERT_TRUE(flags.front().openedBy.has_value());
    EXPECT_EQ(flags.front().openedBy->id, counter.clerk());
    ASSERT_EQ(flags.front().otherClerks.size(), 1u);
    EXPECT_EQ(flags.front().otherClerks.front().id, counter.secondClerk());
}

TEST(ReviewFlags, ACaseKeptByOneClerkIsNotFlagged) {
    Counter counter;
    counter.toCardCheck(Procedure::Renewal, RequestPath::Self);
    EXPECT_TRUE(flagsOf(counter, testDay(), testDay()).empty());
}

TEST(ReviewFlags, ABreakInTheAuditChainIsFlaggedFirst) {
    Counter counter;
    counter.openCase(Procedure::PinReset, RequestPath::Self);
    counter.openCase(Procedure::Renewal, RequestPath::Self);
    storage::testing::rawExecute(counter.databasePath(),
                                 "DROP TRIGGER case_events_no_update;"
                                 "UPDATE case_events SET payload = replace(payload, '}', ' }')"
                                 " WHERE seq = 3;");
    counter.reopen();
    const auto flags = flagsOf(counter, testDay(), kNextDay);
    ASSERT_FALSE(flags.empty());
    EXPECT_EQ(flags.front().kind, FlagKind::ChainBroken);
    EXPECT_FALSE(flags.front().caseId.has_value());
    ASSERT_TRUE(flags.front().chainBreak.has_value());
    EXPECT_EQ(flags.front().chainBreak->sequence, 3);
}

TEST(ReviewFlags, TheClerkFilterKeepsThatClerksCases) {
    Counter counter;
    const CaseFile mine = counter.openCase(Procedure::PinReset, RequestPath::Self);
    ASSERT_TRUE(
        holds(counter.engine().cancel(mine.id, QStringLiteral("取りやめ"), counter.clerk())));
    EXPECT_EQ(flagsOf(counter, testDay(), testDay(), {}, counter.clerk()).size(), 1u);
    EXPECT_TRUE(flagsOf(counter, testDay(), testDay(), {}, counter.secondClerk()).empty());
}

// R-FLAG-CHAIN checks the chain from the day's first event on: a change on the day (or after it)
// is flagged, one before it is left to audit verify.
TEST(ReviewFlags, TheChainIsCheckedFromTheDaysFirstEventOn) {
    Counter counter;
    counter.openCase(Procedure::PinReset, RequestPath::Self); // the test day
    const storage::CaseId nextDays =
        storage::testing::openCase(counter.store(), counter.clerk(),
                                   storage::fromQDateTime(japanTime(kNextDay, 9)))
            .id;
    storage::testing::appendStep(counter.store(), nextDays, counter.clerk(),
                                 storage::fromQDateTime(japanTime(kNextDay, 9, 5)),
                                 QStringLiteral("step"), QStringLiteral("working"));
    const auto firstOfNextDay = counter.store().firstSequenceFrom(kNextDay);
    ASSERT_TRUE(firstOfNextDay.ok());
    ASSERT_TRUE(firstOfNextDay->has_value());
    const std::int64_t first = **firstOfNextDay;
    const domain::Date today = domain::addDays(kNextDay, 1);

    storage::testing::rawExecute(counter.databasePath(),
                                 "DROP TRIGGER case_events_no_update;"
                                 "UPDATE case_events SET at = at + 1 WHERE seq = 3;");
    counter.reopen();
    EXPECT_EQ(flagsOf(counter, testDay(), today).front().kind, FlagKind::ChainBroken);
    EXPECT_TRUE(ofKind(flagsOf(counter, kNextDay, today), FlagKind::ChainBroken).empty());
    auto report = gatherDailyReport(counter.store(), storage::DayQuery{kNextDay, {}, {}}, today,
                                    storage::fromQDateTime(japanTime(today, 9)));
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->chain.holds());
    EXPECT_EQ(report->chain.firstSequence, first);
    EXPECT_EQ(report->chain.eventsChecked, 2);
    EXPECT_TRUE(ofKind(report->flags, FlagKind::ChainBroken).empty());
    auto range = gatherRangeReport(counter.store(), kNextDay, kNextDay, std::nullopt, today,
                                   storage::fromQDateTime(japanTime(today, 9)));
    ASSERT_TRUE(range.ok());
    EXPECT_TRUE(range->chain.holds());
    auto fromTheTestDay = gatherRangeReport(counter.store(), testDay(), kNextDay, std::nullopt,
                                            today, storage::fromQDateTime(japanTime(today, 9)));
    ASSERT_TRUE(fromTheTestDay.ok());
    EXPECT_FALSE(fromTheTestDay->chain.holds());

    storage::testing::rawExecute(
        counter.databasePath(),
        "UPDATE case_events SET at = at + 1 WHERE seq = " + std::to_string(first + 1) + ";");
    counter.reopen();
    const auto flags = flagsOf(counter, kNextDay, today);
    ASSERT_FALSE(flags.empty());
    EXPECT_EQ(flags.front().kind, FlagKind::ChainBroken);
    ASSERT_TRUE(flags.front().chainBreak.has_value());
    EXPECT_EQ(flags.front().chainBreak->sequence, first + 1);
    report = gatherDailyReport(counter.store(), storage::DayQuery{kNextDay, {}, {}}, today,
                               storage::fromQDateTime(japanTime(today, 9)));
    ASSERT_TRUE(report.ok());
    ASSERT_FALSE(report->chain.holds());
    EXPECT_EQ(report->chain.broken->sequence, first + 1);
    EXPECT_EQ(ofKind(report->flags, FlagKind::ChainBroken).size(), 1u);
}

} // namespace
} // namespace jpki::workflow::testing
