// The counter's day is the Japan calendar day (Asia/Tokyo).

#include "storage/japan_time.h"
#include "support/store_fixture.h"

#include <gtest/gtest.h>

namespace jpki::storage {
namespace {

using namespace testing;

TEST(JapanTime, UtcLateEveningIsTheNextJapanDay) {
    EXPECT_EQ(japanDate(utcTime(2026, 4, 1, 23, 30)), date(2026, 4, 2));
    EXPECT_EQ(japanDate(utcTime(2026, 4, 1, 14, 59, 59)), date(2026, 4, 1));
    EXPECT_EQ(japanDate(utcTime(2026, 4, 1, 15, 0)), date(2026, 4, 2));
    EXPECT_EQ(japanDate(utcTime(2026, 12, 31, 15, 0)), date(2027, 1, 1));
}

TEST(JapanTime, DayRangeIsMidnightToMidnightInJapan) {
    const TimeRange day = japanDay(date(2026, 4, 2));
    EXPECT_EQ(day.begin, utcTime(2026, 4, 1, 15, 0));
    EXPECT_EQ(day.end, utcTime(2026, 4, 2, 15, 0));
    const TimeRange leap = japanDay(date(2028, 2, 29));
    EXPECT_EQ(leap.end - leap.begin, std::chrono::hours(24));
}

TEST(JapanTime, IsoTextCarriesTheOffset) {
    EXPECT_EQ(japanIsoTime(utcTime(2026, 4, 1, 23, 30) + std::chrono::milliseconds(250)),
              QStringLiteral("2026-04-02T08:30:00.250+09:00"));
}

} // namespace
} // namespace jpki::storage
