#include "domain/holidays.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace jpki::domain {

using namespace std::chrono;

namespace {

Date on(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}

Date nthMonday(int y, unsigned m, unsigned n) {
    return Date{sys_days{year{y} / month{m} / Monday[n]}};
}

int floorDiv(int numerator, int denominator) {
    const int quotient = numerator / denominator;
    return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1
                                                                                  : quotient;
}

// The usual approximation of the equinox date in Japan Standard Time: the mean tropical year
// (0.242194 days a year past 365) less the leap days, from a base fitted to the period. Kept in
// millionths of a day so that no floating-point rounding can move a day. The Act names no date;
// the National Astronomical Observatory announces it each February in its almanac (暦要項), and
// this approximation agrees with the almanac for 1900-2099. Its 1900-1979 bases (20.8357, 23.2588)
// give the same days as these for every year from 1949, so one base per equinox serves the whole
// supported range.
unsigned equinoxDay(int y, int baseMicrodays) {
    constexpr int microdaysPerDay = 1'000'000;
    constexpr int microdaysPerYearDrift = 242'194;
    const int sinceBase = y - 1980;
    const int microdays = baseMicrodays + microdaysPerYearDrift * sinceBase -
                          microdaysPerDay * floorDiv(sinceBase, 4);
    return static_cast<unsigned>(floorDiv(microdays, microdaysPerDay));
}

Date vernalEquinox(int y) {
    return on(y, 3, equinoxDay(y, 20'843'100));
}

Date autumnalEquinox(int y) {
    return on(y, 9, equinoxDay(y, 23'248'800));
}

// Art. 2 of the Act and the laws for single days: the named holidays (国民の祝日) of one year,
// which the substitute and citizens' holidays are then derived from.
std::vector<Holiday> namedHolidays(int y) {
    std::vector<Holiday> holidays;
    holidays.reserve(24);
    const auto add = [&holidays](const Date& date, HolidayKind kind) {
        holidays.push_back({date, kind});
    };

    add(on(y, 1, 1), HolidayKind::NewYearsDay);
    add(y < 2000 ? on(y, 1, 15) : nthMonday(y, 1, 2), HolidayKind::ComingOfAgeDay);
    if (y >= 1967) {
        add(on(y, 2, 11), HolidayKind::NationalFoundationDay);
    }
    if (y <= 1988) {
        add(on(y, 4, 29), HolidayKind::EmperorsBirthday);
    } else if (y <= 2018) {
        add(on(y, 12, 23), HolidayKind::EmperorsBirthday);
    } else if (y >= 2020) {
        // None in 2019: the former Emperor had abdicated by 23 December, and the new Emperor's
        // birthday came before his accession.
        add(on(y, 2, 23), HolidayKind::EmperorsBirthday);
    }
    add(vernalEquinox(y), HolidayKind::VernalEquinoxDay);
    if (y >= 2007) {
        add(on(y, 4, 29), HolidayKind::ShowaDay);
        add(on(y, 5, 4), HolidayKind::GreeneryDay);
    } else if (y >= 1989) {
        add(on(y, 4, 29), HolidayKind::GreeneryDay);
    }
    add(on(y, 5, 3), HolidayKind::ConstitutionMemorialDay);
    add(on(y, 5, 5), HolidayKind::ChildrensDay);

    // The Tokyo Olympics moved three holidays in 2020 and, postponed, again in 2021.
    if (y == 2020) {
        add(on(y, 7, 23), HolidayKind::MarineDay);
        add(on(y, 7, 24), HolidayKind::SportsDay);
        add(on(y, 8, 10), HolidayKind::MountainDay);
    } else if (y == 2021) {
        add(on(y, 7, 22), HolidayKind::MarineDay);
        add(on(y, 7, 23), HolidayKind::SportsDay);
        add(on(y, 8, 8), HolidayKind::MountainDay);
    } else {
        if (y >= 2003) {
            add(nthMonday(y, 7, 3), HolidayKind::MarineDay);
        } else if (y >= 1996) {
            add(on(y, 7, 20), HolidayKind::MarineDay);
        }
        if (y >= 2016) {
            add(on(y, 8, 11), HolidayKind::MountainDay);
        }
        if (y >= 2022) {
            add(nthMonday(y, 10, 2), HolidayKind::SportsDay);
        } else if (y >= 2000) {
            add(nthMonday(y, 10, 2), HolidayKind::HealthAndSportsDay);
        } else if (y >= 1966) {
            add(on(y, 10, 10), HolidayKind::HealthAndSportsDay);
        }
    }
    if (y >= 2003) {
        add(nthMonday(y, 9, 3), HolidayKind::RespectForTheAgedDay);
    } else if (y >= 1966) {
        add(on(y, 9, 15), HolidayKind::RespectForTheAgedDay);
    }
    add(autumnalEquinox(y), HolidayKind::AutumnalEquinoxDay);
    add(on(y, 11, 3), HolidayKind::CultureDay);
    add(on(y, 11, 23), HolidayKind::LabourThanksgivingDay);

    // Days made holidays by laws of their own. Those of 2019 count as national holidays for the
    // substitute and citizens' holiday rules (which makes 30 April and 2 May citizens' holidays).
    switch (y) {
    case 1959:
        add(on(y, 4, 10), HolidayKind::CrownPrinceAkihitoWedding);
        break;
    case 1989:
        add(on(y, 2, 24), HolidayKind::EmperorShowaFuneral);
        break;
    case 1990:
        add(on(y, 11, 12), HolidayKind::EnthronementCeremony);
        break;
    case 1993:
        add(on(y, 6, 9), HolidayKind::CrownPrinceNaruhitoWedding);
        break;
    case 2019:
        add(on(y, 5, 1), HolidayKind::EmperorsAccession);
        add(on(y, 10, 22), HolidayKind::EnthronementCeremony);
        break;
    default:
        break;
    }

    std::sort(holidays.begin(), holidays.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return holidays;
}

bool contains(const std::vector<Holiday>& sorted, const Date& date) {
    return std::binary_search(sorted.begin(), sorted.end(), Holiday{date, {}},
                              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
}

bool isSunday(const Date& date) {
    return weekday{sys_days{date}} == Sunday;
}

constexpr Date substituteHolidaysFrom{year{1973}, April, day{12}};
constexpr Date citizensHolidaysFrom{year{1985}, December, day{27}};

// Art. 3(2): a named holiday on a Sunday makes the first later day that is not a named holiday
// a holiday (so a Sunday 3 May gives Wednesday 6 May). Until 2006 the Act said "the Monday"; no
// Sunday holiday of 1973-2006 was followed by a named holiday, so the later wording gives the
// same days.
std::vector<Holiday> substituteHolidays(const std::vector<Holiday>& named) {
    std::vector<Holiday> substitutes;
    for (const Holiday& holiday : named) {
        if (!isSunday(holiday.date) || holiday.date < substituteHolidaysFrom) {
            continue;
        }
        Date candidate = addDays(holiday.date, 1);
        while (contains(named, candidate)) {
            candidate = addDays(candidate, 1);
        }
        substitutes.push_back({candidate, HolidayKind::SubstituteHoliday});
    }
    return substitutes;
}

// Art. 3(3): a day between two named holidays is a holiday too, unless it is a Sunday or already
// a holiday.
std::vector<Holiday> citizensHolidays(const std::vector<Holiday>& named,
                                      const std::vector<Holiday>& substitutes) {
    std::vector<Holiday> citizens;
    for (std::size_t i = 1; i < named.size(); ++i) {
        const Date& before = named[i - 1].date;
        if (daysBetween(before, named[i].date) != 2) {
            continue;
        }
        const Date between = addDays(before, 1);
        if (between < citizensHolidaysFrom || isSunday(between) || contains(substitutes, between)) {
            continue;
        }
        citizens.push_back({between, HolidayKind::CitizensHoliday});
    }
    return citizens;
}

// Every day of the supported range, the holiday kind plus one (zero: not a holiday).
std::vector<std::uint8_t> buildHolidayTable() {
    const Date first{firstHolidayYear, January, day{1}};
    const Date last{lastHolidayYear, December, day{31}};
    std::vector<std::uint8_t> table(static_cast<std::size_t>(daysBetween(first, last) + 1), 0);
    for (year y = firstHolidayYear; y <= lastHolidayYear; ++y) {
        for (const Holiday& holiday : nationalHolidays(y).holidays) {
            table[static_cast<std::size_t>(daysBetween(first, holiday.date))] =
                static_cast<std::uint8_t>(static_cast<unsigned>(holiday.kind) + 1);
        }
    }
    return table;
}

} // namespace

bool isHolidayYearSupported(year y) {
    return y >= firstHolidayYear && y <= lastHolidayYear;
}

HolidayYear nationalHolidays(year y) {
    if (!isHolidayYearSupported(y)) {
        return {};
    }
    std::vector<Holiday> holidays = namedHolidays(static_cast<int>(y));
    const std::vector<Holiday> substitutes = substituteHolidays(holidays);
    const std::vector<Holiday> citizens = citizensHolidays(holidays, substitutes);
    holidays.insert(holidays.end(), substitutes.begin(), substitutes.end());
    holidays.insert(holidays.end(), citizens.begin(), citizens.end());
    std::sort(holidays.begin(), holidays.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return {true, std::move(holidays)};
}

HolidayLookup holidayOn(const Date& date) {
    if (!date.ok() || !isHolidayYearSupported(date.year())) {
        return {};
    }
    static const std::vector<std::uint8_t> table = buildHolidayTable();
    const Date first{firstHolidayYear, January, day{1}};
    const std::uint8_t entry = table[static_cast<std::size_t>(daysBetween(first, date))];
    if (entry == 0) {
        return {true, std::nullopt};
    }
    return {true, static_cast<HolidayKind>(entry - 1)};
}

} // namespace jpki::domain
