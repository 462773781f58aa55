// The counter's day is the Japan calendar day (UTC+9).

#include "platform/clock.h"
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

// The day a record is counted in, the day the window calls today and the time shown come from one
// conversion: they agree even where a zone database would give Japan's summer time of 1948-1951
// (+10:00), which the counter's fixed offset does not follow.
TEST(JapanTime, EveryLayerTellsTheSameJapanDayAndTime) {
    const Timestamp lateEvening = utcTime(1950, 5, 10, 14, 30); // 23:30 at +09:00
    EXPECT_EQ(japanDate(lateEvening), date(1950, 5, 10));
    EXPECT_EQ(domain::japanDateOf(lateEvening), date(1950, 5, 10));
    EXPECT_EQ(platform::japanDate(
                  QDateTime::fromMSecsSinceEpoch(toUnixMilliseconds(lateEvening), Qt::UTC)),
              date(1950, 5, 10));
    EXPECT_EQ(japanDateTime(lateEvening).date(), QDate(1950, 5, 10));
    EXPECT_EQ(japanIsoTime(lateEvening), QStringLiteral("1950-05-10T23:30:00.000+09:00"));
    const TimeRange day = japanDay(date(1950, 5, 10));
    EXPECT_EQ(day.begin, utcTime(1950, 5, 9, 15, 0));
    EXPECT_EQ(day.end - day.begin, std::chrono::hours(24));
}

} // namespace
} // namespace jpki::storage
