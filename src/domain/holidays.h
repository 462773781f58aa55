#pragma once

// R-CAL-HOLIDAY: Japan's national holidays under the National Holidays Act (国民の祝日に関する法律,
// in force from 1948-07-20) as amended, with the substitute holiday, the citizens' holiday and the
// one-off holidays set by their own laws. Computed for 1949 to 2099: the equinox formula is valid
// only up to 2099, and a year outside the range is reported as such, never guessed.

#include "domain/date.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace jpki::domain {

inline constexpr std::chrono::year firstHolidayYear{1949};
inline constexpr std::chrono::year lastHolidayYear{2099};

// One kind per official name: a day whose name changed over time maps to a different kind in each
// period (29 April, 4 May, the Emperor's Birthday's date, 体育の日 becoming スポーツの日).
enum class HolidayKind : std::uint8_t {
    NewYearsDay,             // 元日
    ComingOfAgeDay,          // 成人の日: 15 Jan; 2nd Monday of January from 2000
    NationalFoundationDay,   // 建国記念の日: 11 Feb from 1967
    EmperorsBirthday,        // 天皇誕生日: 29 Apr to 1988, 23 Dec 1989-2018, 23 Feb from 2020
    VernalEquinoxDay,        // 春分の日
    ShowaDay,                // 昭和の日: 29 Apr from 2007
    GreeneryDay,             // みどりの日: 29 Apr 1989-2006, 4 May from 2007
    ConstitutionMemorialDay, // 憲法記念日
    ChildrensDay,            // こどもの日
    MarineDay,               // 海の日: 20 Jul from 1996; 3rd Monday of July from 2003
    MountainDay,             // 山の日: 11 Aug from 2016
    RespectForTheAgedDay,    // 敬老の日: 15 Sep from 1966; 3rd Monday of September from 2003
    AutumnalEquinoxDay,      // 秋分の日
    HealthAndSportsDay,      // 体育の日: 10 Oct 1966-1999; 2nd Monday of October 2000-2019
    SportsDay,               // スポーツの日: 2nd Monday of October from 2020
    CultureDay,              // 文化の日
    LabourThanksgivingDay,   // 勤労感謝の日
    SubstituteHoliday,       // 振替休日, from 1973-04-12
    CitizensHoliday,         // 国民の休日, from 1985-12-27 (also 2019-04-30 and 2019-05-02)
    CrownPrinceAkihitoWedding,  // 皇太子明仁親王の結婚の儀, 1959-04-10
    EmperorShowaFuneral,        // 昭和天皇の大喪の礼, 1989-02-24
    EnthronementCeremony,       // 即位礼正殿の儀, 1990-11-12 and 2019-10-22
    CrownPrinceNaruhitoWedding, // 皇太子徳仁親王の結婚の儀, 1993-06-09
    EmperorsAccession,          // 天皇の即位の日, 2019-05-01
};

// Every kind, in declaration order, for tables and tests that must cover them all.
inline constexpr std::array allHolidayKinds{
    HolidayKind::NewYearsDay,
    HolidayKind::ComingOfAgeDay,
    HolidayKind::NationalFoundationDay,
    HolidayKind::EmperorsBirthday,
    HolidayKind::VernalEquinoxDay,
    HolidayKind::ShowaDay,
    HolidayKind::GreeneryDay,
    HolidayKind::ConstitutionMemorialDay,
    HolidayKind::ChildrensDay,
    HolidayKind::MarineDay,
    HolidayKind::MountainDay,
    HolidayKind::RespectForTheAgedDay,
    HolidayKind::AutumnalEquinoxDay,
    HolidayKind::HealthAndSportsDay,
    HolidayKind::SportsDay,
    HolidayKind::CultureDay,
    HolidayKind::LabourThanksgivingDay,
    HolidayKind::SubstituteHoliday,
    HolidayKind::CitizensHoliday,
    HolidayKind::CrownPrinceAkihitoWedding,
    HolidayKind::EmperorShowaFuneral,
    HolidayKind::EnthronementCeremony,
    HolidayKind::CrownPrinceNaruhitoWedding,
    HolidayKind::EmperorsAccession,
};
static_assert(allHolidayKinds.size() ==
                  static_cast<std::size_t>(HolidayKind::EmperorsAccession) + 1,
              "allHolidayKinds must list every HolidayKind");

struct Holiday {
    Date date{};
    HolidayKind kind = HolidayKind::NewYearsDay;
    friend bool operator==(const Holiday&, const Holiday&) = default;
};

bool isHolidayYearSupported(std::chrono::year year);

// The holidays of one year. A struct rather than an optional list, so that a loop over
// `nationalHolidays(y).holidays` keeps the temporary alive.
struct HolidayYear {
    bool yearSupported = false;
    std::vector<Holiday> holidays; // in date order; empty when the year is not supported
};

// Outside firstHolidayYear..lastHolidayYear the year is reported as not supported.
HolidayYear nationalHolidays(std::chrono::year year);

// What is known about one day.
struct HolidayLookup {
    bool yearSupported = false;
    // Empty on an ordinary day, and on every day of an unsupported year.
    std::optional<HolidayKind> holiday;
};

// Constant time: reads a table of the whole supported range, built once on first use. A date
// that does not exist (2023-02-30) is answered like one of an unsupported year.
HolidayLookup holidayOn(const Date& date);

} // namespace jpki::domain
