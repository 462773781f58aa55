// Dates as the window and the documents show them: the era a Japanese office writes, or a plain
// English date; never the ISO form.

#include "messages/date_text.h"

#include <gtest/gtest.h>

using namespace jpki;
using namespace std::chrono;

namespace {

const QLocale kJapanese(QLocale::Japanese);
const QLocale kEnglish(QLocale::English);

domain::Date date(int y, unsigned m, unsigned d) {
    return domain::Date{year{y}, month{m}, day{d}};
}

} // namespace

TEST(DateText, WritesTheEraOfTheDayInJapanese) {
    EXPECT_EQ(messages::dateText(date(2026, 12, 8), kJapanese), QStringLiteral("令和8年12月8日"));
    EXPECT_EQ(messages::dateText(date(2019, 5, 1), kJapanese), QStringLiteral("令和元年5月1日"));
    EXPECT_EQ(messages::dateText(date(1990, 5, 10), kJapanese), QStringLiteral("平成2年5月10日"));
    EXPECT_EQ(messages::dateText(date(1950, 1, 2), kJapanese), QStringLiteral("昭和25年1月2日"));
    EXPECT_EQ(messages::dateText(date(1905, 3, 4), kJapanese), QStringLiteral("1905年3月4日"));
}

TEST(DateText, WritesAPlainDateInEnglish) {
    EXPECT_EQ(messages::dateText(date(2026, 12, 8), kEnglish), QStringLiteral("8 December 2026"));
    EXPECT_EQ(messages::dateWithWeekdayText(date(2026, 12, 8), kEnglish),
              QStringLiteral("Tuesday 8 December 2026"));
}

TEST(DateText, AddsTheDayOfTheWeekAndWritesTimesOfDay) {
    EXPECT_EQ(messages::dateWithWeekdayText(date(2026, 12, 8), kJapanese),
              QStringLiteral("令和8年12月8日(火)"));
    EXPECT_EQ(messages::dateWithWeekdayText(date(2026, 12, 13), kJapanese),
              QStringLiteral("令和8年12月13日(日)"));
    EXPECT_EQ(messages::clockText(minutes{9 * 60}), QStringLiteral("9:00"));
    EXPECT_EQ(messages::clockText(minutes{17 * 60 + 5}), QStringLiteral("17:05"));
}
