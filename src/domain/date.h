#pragma once

// Calendar dates for the rules. A date is a std::chrono::year_month_day in Japan's calendar;
// the rules never look at a clock: callers pass "today".

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace jpki::domain {

using Date = std::chrono::year_month_day;

// Parses a strict ISO date "YYYY-MM-DD" (four-digit year, two-digit month and day).
// Returns nothing for any other shape or for a day that does not exist (2023-02-29).
std::optional<Date> parseIsoDate(std::string_view text);

// The dates the program takes as input (the command line's options, the window's date fields, the
// municipality profile): 1900-01-01 to 2099-12-31, where the rules hold (the calendar of holidays
// is computed to 2099; no living holder was born before 1900). One home for the range.
// Japan's offset from UTC. Japan has kept no summer time since 1951, long before any record this
// program holds, so the fixed offset gives the wall clock of every instant it sees, with no
// time-zone database: the one conversion between an instant and the Japan date for every layer.
inline constexpr std::chrono::hours japanUtcOffset{9};

// The Japan calendar day an instant (UTC) falls on.
template <class Duration> constexpr Date japanDateOf(std::chrono::sys_time<Duration> instant) {
    return Date{std::chrono::floor<std::chrono::days>(instant + japanUtcOffset)};
}

// The instant (UTC) at which a Japan calendar day begins.
constexpr std::chrono::sys_seconds japanDayStart(const Date& day) {
    return std::chrono::sys_days{day} - japanUtcOffset;
}

inline constexpr Date firstAcceptedDate{std::chrono::year{1900}, std::chrono::January,
                                        std::chrono::day{1}};
inline constexpr Date lastAcceptedDate{std::chrono::year{2099}, std::chrono::December,
                                       std::chrono::day{31}};

bool isAcceptedDate(const Date& date);

// Formats as "YYYY-MM-DD".
std::string formatIsoDate(const Date& date);

// Days from `from` to `to` (negative when `to` is earlier).
int daysBetween(const Date& from, const Date& to);

Date addDays(const Date& date, int days);

// Same calendar day `months` later (or earlier); a day that does not exist in the target month
// becomes that month's last day (Civil Code art. 143(2)).
Date addMonthsClamped(const Date& date, int months);

// Whole years of age on `on` for someone born on `birth` (a person born on 29 February
// is a year older on 1 March in a common year, as Japanese age reckoning counts it).
int ageOn(const Date& birth, const Date& on);

// ISO weekday: 1 Monday ... 7 Sunday.
unsigned isoWeekday(const Date& date);

} // namespace jpki::domain
