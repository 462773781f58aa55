#include "domain/date.h"

#include <gtest/gtest.h>

using namespace jpki::domain;
using namespace std::chrono;

TEST(Date, ParsesStrictIsoDates) {
    const auto date = parseIsoDate("2024-02-29");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, (Date{year{2024}, February, day{29}}));
    EXPECT_EQ(formatIsoDate(*date), "2024-02-29");
}

TEST(Date, RefusesMalformedOrNonexistentDates) {
    for (const char* bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "20240101",
                            "2024-01-32", "", "abcd-ef-gh", "2024-01-01x", "+024-01-01"}) {
        EXPECT_FALSE(parseIsoDate(bad).has_value()) << bad;
    }
}

TEST(Date, AddMonthsClampsToTheLastDayOfTheMonth) {
    EXPECT_EQ(addMonthsClamped(*parseIsoDate("2025-05-31"), -3), *parseIsoDate("2025-02-28"));
    EXPECT_EQ(addMonthsClamped(*parseIsoDate("2024-05-31"), -3), *parseIsoDate("2024-02-29"));
    EXPECT_EQ(addMonthsClamped(*parseIsoDate("2025-08-17"), -3), *parseIsoDate("2025-05-17"));
    EXPECT_EQ(addMonthsClamped(*parseIsoDate("2025-01-31"), 1), *parseIsoDate("2025-02-28"));
    EXPECT_EQ(addMonthsClamped(*parseIsoDate("2025-11-30"), 3), *parseIsoDate("2026-02-28"));
}

TEST(Date, AgeIncreasesOnTheBirthdayAndOnFirstMarchForLeapDayBirths) {
    const Date birth = *parseIsoDate("2008-04-02");
    EXPECT_EQ(ageOn(birth, *parseIsoDate("2026-04-01")), 17);
    EXPECT_EQ(ageOn(birth, *parseIsoDate("2026-04-02")), 18);
    const Date leap = *parseIsoDate("2004-02-29");
    EXPECT_EQ(ageOn(leap, *parseIsoDate("2023-02-28")), 18);
    EXPECT_EQ(ageOn(leap, *parseIsoDate("2023-03-01")), 19);
}

TEST(Date, DayArithmeticAndWeekday) {
    EXPECT_EQ(daysBetween(*parseIsoDate("2026-11-25"), *parseIsoDate("2027-01-01")), 37);
    EXPECT_EQ(daysBetween(*parseIsoDate("2027-01-01"), *parseIsoDate("2026-11-25")), -37);
    EXPECT_EQ(addDays(*parseIsoDate("2024-02-28"), 1), *parseIsoDate("2024-02-29"));
    EXPECT_EQ(isoWeekday(*parseIsoDate("2026-11-25")), 3u); // a Wednesday
}

// Every date the program takes as input lies in 1900-01-01..2099-12-31, where the rules hold:
// year 0000 once gave a renewal window opening on "-001-10-02".
TEST(Date, AcceptsOnlyTheDocumentedRange) {
    EXPECT_TRUE(isAcceptedDate(*parseIsoDate("1900-01-01")));
    EXPECT_TRUE(isAcceptedDate(*parseIsoDate("2099-12-31")));
    EXPECT_TRUE(isAcceptedDate(*parseIsoDate("2026-04-01")));
    for (const char* outside : {"0000-01-01", "1899-12-31", "2100-01-01", "9999-12-31"}) {
        const auto date = parseIsoDate(outside);
        ASSERT_TRUE(date.has_value()) << outside;
        EXPECT_FALSE(isAcceptedDate(*date)) << outside;
    }
}
