#include "domain/date.h"

#include <charconv>
#include <cstdio>

namespace jpki::domain {

using namespace std::chrono;

namespace {

std::optional<int> parseDigits(std::string_view text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto y = parseDigits(text.substr(0, 4));
    const auto m = parseDigits(text.substr(5, 2));
    const auto d = parseDigits(text.substr(8, 2));
    if (!y || !m || !d) {
        return std::nullopt;
    }
    const Date date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

bool isAcceptedDate(const Date& date) {
    return date.ok() && date >= firstAcceptedDate && date <= lastAcceptedDate;
}

std::string formatIsoDate(const Date& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

int daysBetween(const Date& from, const Date& to) {
    return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

Date addDays(const Date& date, int count) {
    return Date{sys_days{date} + days{count}};
}

Date addMonthsClamped(const Date& date, int count) {
    const year_month target = year_month{date.year(), date.month()} + months{count};
    const Date candidate{target.year(), target.month(), date.day()};
    if (candidate.ok()) {
        return candidate;
    }
    return Date{year_month_day_last{target.year(), month_day_last{target.month()}}};
}

int ageOn(const Date& birth, const Date& on) {
    int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    if (month_day{on.month(), on.day()} < month_day{birth.month(), birth.day()}) {
        --age;
    }
    return age;
}

unsigned isoWeekday(const Date& date) {
    return weekday{sys_days{date}}.iso_encoding();
}

} // namespace jpki::domain
