// The figures of a day and of a range (R-FIG-*): counts by procedure x path x result, by hour and
// by clerk, and the handling time of completed cases.

#include "review_test_support.h"
#include "workflow/day_figures.h"

namespace jpki::workflow::testing {
namespace {

using namespace std::chrono_literals;
using domain::Procedure;
using domain::RequestPath;

storage::CaseSummary summary(Procedure procedure, RequestPath path, const QString& state,
                             const QDateTime& opened, std::optional<QDateTime> closed,
                             const QString& login = QStringLiteral("clerk-a")) {
    storage::CaseSummary row;
    row.procedure = procedure;
    row.path = path;
    row.state = state;
    row.openedAt = storage::fromQDateTime(opened);
    row.openedOn = storage::japanDate(row.openedAt);
    if (closed) {
        row.closedAt = storage::fromQDateTime(*closed);
    }
    row.openedBy = storage::StaffRef{storage::StaffId{login == QStringLiteral("clerk-a") ? 1 : 2},
                                     login, login};
    return row;
}

TEST(DayFigures, CountsByProcedurePathAndResult) {
    const domain::Date day = testDay();
    const DayFigures figures = figuresOf(
        {summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 9, 5), japanTime(day, 9, 25)),
         summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 9, 40), japanTime(day, 9, 50)),
         summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("refused"),
                 japanTime(day, 10, 0), japanTime(day, 10, 5)),
         summary(Procedure::PinReset, RequestPath::VoluntaryProxy, QStringLiteral("awaiting-reply"),
                 japanTime(day, 13, 0), std::nullopt, QStringLiteral("clerk-b"))},
        day, day);
    EXPECT_EQ(figures.cases, 4);
    EXPECT_EQ(figures.completed, 2);
    ASSERT_EQ(figures.byResult.size(), 3u);
    EXPECT_EQ(figures.byResult[0].result, QStringLiteral("completed"));
    EXPECT_EQ(figures.byResult[0].cases, 2);
    EXPECT_EQ(figures.byResult[1].result, QStringLiteral("refused"));
    EXPECT_EQ(figures.byResult[2].procedure, Procedure::PinReset);
    EXPECT_EQ(figures.byResult[2].path, RequestPath::VoluntaryProxy);
    EXPECT_EQ(figures.byResult[2].result, QStringLiteral("open"));
}

TEST(DayFigures, CountsByJapanHourAndByClerk) {
    const domain::Date day = testDay();
    const DayFigures figures = figuresOf(
        {summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 9, 0), japanTime(day, 9, 20)),
         summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("cancelled"),
                 japanTime(day, 9, 59), japanTime(day, 10, 2)),
         summary(Procedure::LockRelease, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 16, 30), japanTime(day, 16, 45), QStringLiteral("clerk-b"))},
        day, day);
    EXPECT_EQ(figures.byHour[9], 2);
    EXPECT_EQ(figures.byHour[16], 1);
    EXPECT_EQ(figures.byHour[0], 0); // 00:00 UTC is 09:00 in Japan: no shift left in
    ASSERT_EQ(figures.byClerk.size(), 2u);
    EXPECT_EQ(figures.byClerk[0].clerk.login, QStringLiteral("clerk-a"));
    EXPECT_EQ(figures.byClerk[0].cases, 2);
    EXPECT_EQ(figures.byClerk[0].completed, 1);
    EXPECT_EQ(figures.byClerk[1].cases, 1);
    EXPECT_EQ(figures.byClerk[1].completed, 1);
}

TEST(DayFigures, AverageAndMedianOfCompletedSameDayCases) {
    const domain::Date day = testDay();
    const DayFigures figures = figuresOf(
        {summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 9, 0), japanTime(day, 9, 10)), // 10 min
         summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 10, 0), japanTime(day, 10, 20)), // 20 min
         summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                 japanTime(day, 11, 0), japanTime(day, 12, 0)), // 60 min
         summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("refused"),
                 japanTime(day, 13, 0), japanTime(day, 15, 0)), // not completed
         summary(Procedure::PinReset, RequestPath::VoluntaryProxy, QStringLiteral("completed"),
                 japanTime(day, 14, 0), japanTime(domain::addDays(day, 15), 10, 0))},
        day, day);
    EXPECT_EQ(figures.completed, 4);
    EXPECT_EQ(figures.completedOverSeveralDays, 1);
    ASSERT_TRUE(figures.averageHandling.has_value());
    EXPECT_EQ(*figures.averageHandling, std::chrono::milliseconds(30min));
    EXPECT_EQ(*figures.medianHandling, std::chrono::milliseconds(20min));
}

TEST(DayFigures, TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo) {
    const domain::Date day = testDay();
    const DayFigures figures =
        figuresOf({summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                           japanTime(day, 9, 0), japanTime(day, 9, 10)),
                   summary(Procedure::Renewal, RequestPath::Self, QStringLiteral("completed"),
                           japanTime(day, 10, 0), japanTime(day, 10, 30))},
                  day, day);
    EXPECT_EQ(*figures.medianHandling, std::chrono::milliseconds(20min));
}

TEST(DayFigures, NoCompletedCaseHasNoHandlingTime) {
    const DayFigures figures = figuresOf({}, testDay(), testDay());
    EXPECT_EQ(figures.cases, 0);
    EXPECT_FALSE(figures.averageHandling.has_value());
    EXPECT_FALSE(figures.medianHandling.has_value());
}

TEST(DayFigures, FromTheStoreEachCaseCountsOnItsOpeningDay) {
    Counter counter;
    const CaseFile cancelled = counter.openCase(Procedure::PinReset, RequestPath::Self);
    ASSERT_TRUE(
        holds(counter.engine().cancel(cancelled.id, QStringLiteral("取りやめ"), counter.clerk())));
    const CaseFile carried = counter.openCase(Procedure::Renewal, RequestPath::Self);
    const domain::Date nextDay = domain::addDays(testDay(), 1);
    FixedClock tomorrow{japanTime(nextDay, 11, 30)};
    CaseEngine engine(counter.store(), tomorrow, counter.authority());
    ASSERT_TRUE(holds(engine.applicantLeft(carried.id, QStringLiteral("退席"), counter.clerk())));
    auto opened = engine.open(Procedure::LockRelease, RequestPath::Self, counter.secondClerk());
    ASSERT_TRUE(holds(opened));

    auto first = computeFigures(counter.store(), testDay(), testDay());
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->cases, 2);
    EXPECT_EQ(first->byHour[10], 2);
    auto second = computeFigures(counter.store(), nextDay, nextDay);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->cases, 1); // the carried case counts on its opening day only
    EXPECT_EQ(second->byHour[11], 1);
    auto range = computeFigures(counter.store(), testDay(), nextDay);
    ASSERT_TRUE(range.ok());
    EXPECT_EQ(range->cases, 3);
    auto ofClerk =
        computeFigures(counter.store(), testDay(), nextDay, std::nullopt, counter.secondClerk());
    ASSERT_TRUE(ofClerk.ok());
    EXPECT_EQ(ofClerk->cases, 1);
    auto otherCounter = computeFigures(counter.store(), testDay(), nextDay, QStringLiteral("2"));
    EXPECT_EQ(otherCounter->cases, 0);
}

TEST(DayFigures, ABackwardOrOverlongRangeIsRefused) {
    Counter counter;
    EXPECT_EQ(
        computeFigures(counter.store(), testDay(), domain::addDays(testDay(), -1)).error().code,
        storage::StorageErrorCode::InvalidArgument);
    EXPECT_EQ(
        computeFigures(counter.store(), testDay(), domain::addDays(testDay(), 366)).error().code,
        storage::StorageErrorCode::InvalidArgument);
}

} // namespace
} // namespace jpki::workflow::testing
