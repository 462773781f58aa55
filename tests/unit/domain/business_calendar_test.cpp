#include "domain/business_calendar.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

using namespace jpki::domain;
using namespace std::chrono;
using K = HolidayKind;
using C = ClosureKind;

namespace {

Date isoDate(const char* text) {
    const std::optional<Date> date = parseIsoDate(text);
    EXPECT_TRUE(date.has_value()) << text;
    return date.value_or(Date{});
}

std::string describe(const std::optional<Date>& date) {
    return date ? formatIsoDate(*date) : std::string("none");
}

std::optional<ClosureReason> closed(ClosureKind kind, std::optional<HolidayKind> holiday = {}) {
    return ClosureReason{kind, holiday};
}

const std::optional<ClosureReason> open = std::nullopt;

MunicipalityProfile profileWithExtraClosedDays() {
    MunicipalityProfile profile = minoCityProfile();
    // Unsorted, with a duplicate and a Saturday: the calendar must cope with all three.
    profile.extraClosedDays = {isoDate("2026-06-15"), isoDate("2026-06-20"), isoDate("2026-06-01"),
                               isoDate("2026-06-15")};
    return profile;
}

} // namespace

TEST(BusinessCalendar, ClosureReasonNamesWhyTheCounterIsClosed) {
    struct Row {
        const char* rule;
        const char* date;
        std::optional<ClosureReason> expected;
    };
    const Row rows[] = {
        {"R-CAL-CLOSED Friday before the year-end closure is open", "2025-12-26", open},
        {"R-CAL-CLOSED Saturday", "2025-12-27", closed(C::Saturday)},
        {"R-CAL-CLOSED Sunday", "2025-12-28", closed(C::Sunday)},
        {"R-CAL-CLOSED year-end closure starts 29 Dec", "2025-12-29", closed(C::YearEndClosure)},
        {"R-CAL-CLOSED year-end closure", "2025-12-31", closed(C::YearEndClosure)},
        {"R-CAL-CLOSED a holiday is named even inside the closure", "2026-01-01",
         closed(C::NationalHoliday, K::NewYearsDay)},
        {"R-CAL-CLOSED year-end closure", "2026-01-02", closed(C::YearEndClosure)},
        {"R-CAL-CLOSED the closure outranks Saturday", "2026-01-03", closed(C::YearEndClosure)},
        {"R-CAL-CLOSED Sunday after the closure", "2026-01-04", closed(C::Sunday)},
        {"R-CAL-CLOSED first business day of 2026", "2026-01-05", open},
        {"R-CAL-CLOSED Happy Monday", "2026-01-12", closed(C::NationalHoliday, K::ComingOfAgeDay)},
        {"R-CAL-CLOSED substitute holiday", "2026-05-06",
         closed(C::NationalHoliday, K::SubstituteHoliday)},
        {"R-CAL-CLOSED citizens' holiday", "2026-09-22",
         closed(C::NationalHoliday, K::CitizensHoliday)},
        {"R-CAL-CLOSED ordinary Thursday", "2026-09-24", open},
        {"R-CAL-CLOSED a holiday outranks Saturday", "2021-03-20",
         closed(C::NationalHoliday, K::VernalEquinoxDay)},
        {"R-CAL-CLOSED one-off holiday", "2019-10-22",
         closed(C::NationalHoliday, K::EnthronementCeremony)},
        {"R-CAL-CLOSED no extra closed days in the default profile", "2026-06-15", open},
        {"R-CAL-HOLIDAY before the supported years", "1948-12-20", closed(C::HolidaysUnknown)},
        {"R-CAL-HOLIDAY after the supported years", "2100-01-05", closed(C::HolidaysUnknown)},
    };
    const BusinessCalendar calendar{minoCityProfile()};
    for (const Row& row : rows) {
        const Date date = isoDate(row.date);
        EXPECT_EQ(calendar.closureReason(date), row.expected) << row.rule << " " << row.date;
        EXPECT_EQ(calendar.isBusinessDay(date), !row.expected.has_value())
            << row.rule << " " << row.date;
    }
}

TEST(BusinessCalendar, ExtraClosedDaysFromTheProfileCloseTheCounter) {
    struct Row {
        const char* rule;
        const char* date;
        std::optional<ClosureReason> expected;
    };
    const Row rows[] = {
        {"R-CAL-CLOSED extra closed day", "2026-06-01", closed(C::ExtraClosedDay)},
        {"R-CAL-CLOSED extra closed day given twice", "2026-06-15", closed(C::ExtraClosedDay)},
        {"R-CAL-CLOSED an extra day on a Saturday is given as Saturday", "2026-06-20",
         closed(C::Saturday)},
        {"R-CAL-CLOSED the day after is open", "2026-06-16", open},
    };
    const BusinessCalendar calendar{profileWithExtraClosedDays()};
    for (const Row& row : rows) {
        EXPECT_EQ(calendar.closureReason(isoDate(row.date)), row.expected) << row.rule;
    }
}

TEST(BusinessCalendar, YearEndClosureComesFromTheProfile) {
    MunicipalityProfile longer = minoCityProfile();
    longer.yearEndClosureFrom = {12, 28};
    longer.yearEndClosureTo = {1, 4};
    MunicipalityProfile withinOneYear = minoCityProfile();
    withinOneYear.yearEndClosureFrom = {12, 30};
    withinOneYear.yearEndClosureTo = {12, 31};
    struct Row {
        const char* rule;
        const MunicipalityProfile* profile;
        const char* date;
        bool businessDay;
    };
    const Row rows[] = {
        {"R-CAL-CLOSED 28 Dec inside a longer closure", &longer, "2026-12-28", false},
        {"R-CAL-CLOSED 4 Jan inside a longer closure", &longer, "2027-01-04", false},
        {"R-CAL-CLOSED 5 Jan after a longer closure", &longer, "2027-01-05", true},
        {"R-CAL-CLOSED 29 Dec outside a closure from 30 Dec", &withinOneYear, "2026-12-29", true},
        {"R-CAL-CLOSED 30 Dec inside a closure within one year", &withinOneYear, "2026-12-30",
         false},
        {"R-CAL-CLOSED 4 Jan outside a closure within one year", &withinOneYear, "2027-01-04",
         true},
    };
    for (const Row& row : rows) {
        const BusinessCalendar calendar{*row.profile};
        EXPECT_EQ(calendar.isBusinessDay(isoDate(row.date)), row.businessDay) << row.rule;
    }
}

TEST(BusinessCalendar, NextBusinessDayIsStrictlyAfterAndSkipsEveryClosure) {
    struct Row {
        const char* rule;
        const char* from;
        std::optional<Date> expected;
    };
    const Row rows[] = {
        {"R-CAL-CLOSED across the year-end closure", "2025-12-26", isoDate("2026-01-05")},
        {"R-CAL-CLOSED strictly after a business day", "2026-01-05", isoDate("2026-01-06")},
        {"R-CAL-CLOSED from a Sunday", "2026-01-04", isoDate("2026-01-05")},
        {"R-CAL-CLOSED across Golden Week 2026", "2026-05-01", isoDate("2026-05-07")},
        {"R-CAL-HOLIDAY across the ten-day holiday of 2019", "2019-04-26", isoDate("2019-05-07")},
        {"R-CAL-CLOSED across a Happy Monday weekend", "2026-01-09", isoDate("2026-01-13")},
        {"R-CAL-HOLIDAY last business day of the supported years", "2099-12-25",
         isoDate("2099-12-28")},
        {"R-CAL-HOLIDAY none left before the end of the supported years", "2099-12-28",
         std::nullopt},
        {"R-CAL-HOLIDAY from an unsupported year", "1948-12-27", std::nullopt},
        {"R-CAL-HOLIDAY from an unsupported year", "2100-01-05", std::nullopt},
    };
    const BusinessCalendar calendar{minoCityProfile()};
    for (const Row& row : rows) {
        EXPECT_EQ(describe(calendar.nextBusinessDay(isoDate(row.from))), describe(row.expected))
            << row.rule << " from " << row.from;
    }
}

TEST(BusinessCalendar, BusinessDaysBetweenCountsTheHalfOpenIntervalWithASign) {
    struct Row {
        const char* rule;
        const char* from;
        const char* to;
        std::optional<int> expected;
    };
    const Row rows[] = {
        {"R-CAL-CLOSED the same day counts zero", "2026-01-05", "2026-01-05", 0},
        {"R-CAL-CLOSED the same closed day counts zero", "2026-01-04", "2026-01-04", 0},
        {"R-CAL-CLOSED `to` counts, `from` does not", "2026-01-05", "2026-01-09", 4},
        {"R-CAL-CLOSED the year-end closure counts nothing", "2025-12-26", "2026-01-05", 1},
        {"R-CAL-CLOSED backwards is negative", "2026-01-05", "2025-12-26", -1},
        {"R-CAL-CLOSED a Happy Monday is skipped", "2026-01-09", "2026-01-13", 1},
        {"R-CAL-CLOSED a closed `to` adds nothing", "2026-01-05", "2026-01-12", 4},
        // 365 days, less 104 Saturdays and Sundays, 17 weekday holidays and 4 weekdays of the
        // year-end closure (2 Jan, 29-31 Dec).
        {"R-CAL-CLOSED every business day of 2026", "2025-12-31", "2026-12-31", 240},
        {"R-CAL-HOLIDAY an end outside the supported years", "2099-12-01", "2100-01-05",
         std::nullopt},
        {"R-CAL-HOLIDAY an end outside the supported years", "1948-12-01", "1949-01-05",
         std::nullopt},
    };
    const BusinessCalendar calendar{minoCityProfile()};
    for (const Row& row : rows) {
        EXPECT_EQ(calendar.businessDaysBetween(isoDate(row.from), isoDate(row.to)), row.expected)
            << row.rule << " (" << row.from << ", " << row.to << "]";
    }
}

TEST(BusinessCalendar, AddBusinessDaysWalksForwardAndBackward) {
    struct Row {
        const char* rule;
        const char* from;
        int count;
        std::optional<Date> expected;
    };
    const Row rows[] = {
        {"R-CAL-CLOSED zero leaves a business day as it is", "2026-01-05", 0,
         isoDate("2026-01-05")},
        {"R-CAL-CLOSED zero leaves a closed day as it is", "2026-01-04", 0, isoDate("2026-01-04")},
        {"R-CAL-CLOSED one across the year-end closure", "2025-12-26", 1, isoDate("2026-01-05")},
        {"R-CAL-CLOSED minus one across the year-end closure", "2026-01-05", -1,
         isoDate("2025-12-26")},
        {"R-CAL-CLOSED one from a Sunday", "2026-01-04", 1, isoDate("2026-01-05")},
        {"R-CAL-CLOSED minus one from a Sunday", "2026-01-04", -1, isoDate("2025-12-26")},
        {"R-CAL-CLOSED five across Golden Week", "2026-04-28", 5, isoDate("2026-05-11")},
        {"R-CAL-HOLIDAY a walk past the supported years", "2099-12-28", 1, std::nullopt},
        {"R-CAL-HOLIDAY a walk before the supported years", "1949-01-04", -1, std::nullopt},
        {"R-CAL-HOLIDAY from an unsupported year", "2100-01-05", 0, std::nullopt},
    };
    const BusinessCalendar calendar{minoCityProfile()};
    for (const Row& row : rows) {
        EXPECT_EQ(describe(calendar.addBusinessDays(isoDate(row.from), row.count)),
                  describe(row.expected))
            << row.rule << " " << row.from << " + " << row.count;
    }
}

TEST(BusinessCalendar, AddingTheCountedBusinessDaysReachesTheTarget) {
    // R-CAL-CLOSED: addBusinessDays undoes businessDaysBetween (forward from any day, backward
    // from a business day), and swapping the ends of an interval flips the sign of its count.
    const BusinessCalendar calendar{profileWithExtraClosedDays()};
    const Date start = isoDate("2025-12-01");
    for (int offset = 0; offset < 200; offset += 3) {
        const Date from = addDays(start, offset);
        for (int distance = -40; distance <= 40; distance += 7) {
            const Date target = addDays(from, distance);
            // Backwards from a closed day the half-open interval counts one step fewer than
            // the walk needs; the header documents when the two are inverse.
            if (!calendar.isBusinessDay(target) ||
                (distance < 0 && !calendar.isBusinessDay(from))) {
                continue;
            }
            const std::optional<int> count = calendar.businessDaysBetween(from, target);
            ASSERT_TRUE(count.has_value());
            EXPECT_EQ(describe(calendar.addBusinessDays(from, *count)), formatIsoDate(target))
                << "R-CAL-CLOSED from " << formatIsoDate(from) << " by " << *count;
            EXPECT_EQ(calendar.businessDaysBetween(target, from), -*count) << "R-CAL-CLOSED";
        }
    }
}

TEST(BusinessCalendar, EveryDayOfTheSupportedYearsIsAnsweredAndCountsAddUp) {
    // R-CAL-CLOSED over 1949-2099: each query is constant time, so the whole range stays fast.
    const BusinessCalendar calendar{minoCityProfile()};
    const Date first{firstHolidayYear, January, day{1}};
    const Date last{lastHolidayYear, December, day{31}};
    int businessDays = 0;
    int holidaysOnWeekdays = 0;
    for (Date date = first; date <= last; date = addDays(date, 1)) {
        const std::optional<ClosureReason> reason = calendar.closureReason(date);
        ASSERT_FALSE(reason && reason->kind == C::HolidaysUnknown) << formatIsoDate(date);
        ASSERT_EQ(reason && reason->kind == C::NationalHoliday, reason && reason->holiday)
            << "a holiday kind comes with exactly the NationalHoliday reason";
        if (!reason) {
            ++businessDays;
            const unsigned weekdayNumber = isoWeekday(date);
            ASSERT_LT(weekdayNumber, 6u) << "R-CAL-CLOSED open on " << formatIsoDate(date);
        } else if (reason->kind == C::NationalHoliday && isoWeekday(date) < 6) {
            ++holidaysOnWeekdays;
        }
    }
    EXPECT_EQ(calendar.businessDaysBetween(addDays(first, 1), last),
              businessDays - (calendar.isBusinessDay(first) ? 1 : 0))
        << "R-CAL-CLOSED";
    EXPECT_GT(businessDays, 150 * 230);
    EXPECT_GT(holidaysOnWeekdays, 150 * 10);
}

TEST(BusinessCalendar, ReceptionIsOpenFromNineInclusiveToFiveExclusiveOnBusinessDays) {
    MunicipalityProfile longerHours = minoCityProfile();
    longerHours.receptionOpens = minutes{8 * 60 + 30};
    longerHours.receptionCloses = minutes{17 * 60 + 15};
    const MunicipalityProfile mino = minoCityProfile();
    struct Row {
        const char* rule;
        const MunicipalityProfile* profile;
        const char* date;
        int minutesAfterMidnight;
        bool open;
    };
    const Row rows[] = {
        {"R-CAL-HOURS one minute before opening", &mino, "2026-01-05", 8 * 60 + 59, false},
        {"R-CAL-HOURS opening minute counts", &mino, "2026-01-05", 9 * 60, true},
        {"R-CAL-HOURS midday", &mino, "2026-01-05", 12 * 60, true},
        {"R-CAL-HOURS last minute before closing", &mino, "2026-01-05", 16 * 60 + 59, true},
        {"R-CAL-HOURS closing minute does not count", &mino, "2026-01-05", 17 * 60, false},
        {"R-CAL-HOURS late evening", &mino, "2026-01-05", 23 * 60 + 59, false},
        {"R-CAL-HOURS a negative time is never open", &mino, "2026-01-05", -1, false},
        {"R-CAL-HOURS a time past the day's end is never open", &mino, "2026-01-05", 33 * 60,
         false},
        {"R-CAL-HOURS closed on a national holiday", &mino, "2026-01-12", 10 * 60, false},
        {"R-CAL-HOURS closed on a Saturday", &mino, "2026-01-10", 10 * 60, false},
        {"R-CAL-HOURS closed in the year-end closure", &mino, "2025-12-29", 10 * 60, false},
        {"R-CAL-HOURS closed when holidays are unknown", &mino, "2100-01-05", 10 * 60, false},
        {"R-CAL-HOURS profile opening at 8:30", &longerHours, "2026-01-05", 8 * 60 + 30, true},
        {"R-CAL-HOURS profile closing at 17:15", &longerHours, "2026-01-05", 17 * 60 + 14, true},
        {"R-CAL-HOURS profile closing at 17:15", &longerHours, "2026-01-05", 17 * 60 + 15, false},
    };
    for (const Row& row : rows) {
        const BusinessCalendar calendar{*row.profile};
        EXPECT_EQ(
            calendar.isWithinReceptionHours(isoDate(row.date), minutes{row.minutesAfterMidnight}),
            row.open)
            << row.rule << " " << row.date << " minute " << row.minutesAfterMidnight;
    }
    const BusinessCalendar calendar{longerHours};
    EXPECT_EQ(calendar.receptionOpens(), minutes{8 * 60 + 30});
    EXPECT_EQ(calendar.receptionCloses(), minutes{17 * 60 + 15});
}

// R-CAL-HOURS as the window tells it: open, or why not and when reception opens next.
TEST(BusinessCalendar, ReceptionStatusSaysWhyItIsClosedAndWhenItOpensNext) {
    const BusinessCalendar calendar{minoCityProfile()};
    using S = ReceptionState;
    struct Row {
        const char* rule;
        const char* date;
        int minutesAfterMidnight;
        S state;
        std::optional<ClosureKind> closure;
        const char* nextOpening; // nullptr: none
    };
    const Row rows[] = {
        {"R-CAL-HOURS before opening on a business day", "2026-12-08", 8 * 60 + 59,
         S::BeforeOpening, std::nullopt, "2026-12-08"},
        {"R-CAL-HOURS within the hours", "2026-12-08", 9 * 60, S::Open, std::nullopt, nullptr},
        {"R-CAL-HOURS after closing: the next business day", "2026-12-08", 17 * 60, S::AfterClosing,
         std::nullopt, "2026-12-09"},
        {"R-CAL-HOURS after closing on a Friday: Monday", "2026-12-11", 18 * 60, S::AfterClosing,
         std::nullopt, "2026-12-14"},
        {"R-CAL-CLOSED a Saturday morning", "2026-12-12", 10 * 60, S::ClosedDay, C::Saturday,
         "2026-12-14"},
        {"R-CAL-CLOSED the year-end closure", "2026-12-29", 10 * 60, S::ClosedDay,
         C::YearEndClosure, "2027-01-04"},
        {"R-CAL-CLOSED holidays unknown: no next day", "2100-01-05", 10 * 60, S::ClosedDay,
         C::HolidaysUnknown, nullptr},
    };
    for (const Row& row : rows) {
        const ReceptionStatus status =
            calendar.receptionStatus(isoDate(row.date), minutes{row.minutesAfterMidnight});
        EXPECT_EQ(status.state, row.state) << row.rule;
        EXPECT_EQ(status.closure.has_value(), row.closure.has_value()) << row.rule;
        if (status.closure && row.closure) {
            EXPECT_EQ(status.closure->kind, *row.closure) << row.rule;
        }
        EXPECT_EQ(status.nextOpeningDay,
                  row.nextOpening ? std::optional<Date>(isoDate(row.nextOpening)) : std::nullopt)
            << row.rule;
        EXPECT_EQ(
            calendar.isWithinReceptionHours(isoDate(row.date), minutes{row.minutesAfterMidnight}),
            row.state == S::Open)
            << row.rule;
    }
}
