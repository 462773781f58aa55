#include "domain/japanese_era.h"

#include <gtest/gtest.h>

using namespace jpki::domain;
using namespace std::chrono;

// The era a Japanese office writes a date in: its first day starts year 1 (元年).
TEST(Date, JapaneseEraOfADate) {
    const auto era = [](int y, unsigned m, unsigned d) {
        return japaneseEraOf(Date{year{y}, month{m}, day{d}});
    };
    EXPECT_EQ(era(2026, 12, 8), (EraYear{JapaneseEra::Reiwa, 8}));
    EXPECT_EQ(era(2019, 5, 1), (EraYear{JapaneseEra::Reiwa, 1}));
    EXPECT_EQ(era(2019, 4, 30), (EraYear{JapaneseEra::Heisei, 31}));
    EXPECT_EQ(era(1989, 1, 8), (EraYear{JapaneseEra::Heisei, 1}));
    EXPECT_EQ(era(1989, 1, 7), (EraYear{JapaneseEra::Showa, 64}));
    EXPECT_EQ(era(1926, 12, 25), (EraYear{JapaneseEra::Showa, 1}));
    EXPECT_EQ(era(1912, 7, 30), (EraYear{JapaneseEra::Taisho, 1}));
    EXPECT_EQ(era(1912, 7, 29), std::nullopt);
}
