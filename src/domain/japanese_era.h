#pragma once

// The Japanese era (元号) of a date, as an office writes it (令和8年): the rule; the era's name
// and the written form are messages::dateText's.

#include "domain/date.h"

#include <cstdint>
#include <optional>

namespace jpki::domain {

// The eras a living person's dates fall in, oldest first.
enum class JapaneseEra : std::uint8_t { Taisho, Showa, Heisei, Reiwa };

struct EraYear {
    JapaneseEra era = JapaneseEra::Reiwa;
    int year = 1; // 1 is the era's first year (元年)
    friend bool operator==(const EraYear&, const EraYear&) = default;
};

// The era of `date` and the year in it (2026-12-08 → 令和 8); nothing before 大正 (1912-07-30).
std::optional<EraYear> japaneseEraOf(const Date& date);

} // namespace jpki::domain
