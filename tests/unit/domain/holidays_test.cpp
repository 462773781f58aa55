#include "domain/holidays.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

using namespace jpki::domain;
using namespace std::chrono;
using K = HolidayKind;

namespace {

Date isoDate(const char* text) {
    const std::optional<Date> date = parseIsoDate(text);
    EXPECT_TRUE(date.has_value()) << text;
    return date.value_or(Date{});
}

// The enumerator's name, so that a failing comparison reads as a list of holidays.
const char* kindLabel(HolidayKind kind) {
    switch (kind) {
    case K::NewYearsDay:
        return "NewYearsDay";
    case K::ComingOfAgeDay:
        return "ComingOfAgeDay";
    case K::NationalFoundationDay:
        return "NationalFoundationDay";
    case K::EmperorsBirthday:
        return "EmperorsBirthday";
    case K::VernalEquinoxDay:
        return "VernalEquinoxDay";
    case K::ShowaDay:
        return "ShowaDay";
    case K::GreeneryDay:
        return "GreeneryDay";
    case K::ConstitutionMemorialDay:
        return "ConstitutionMemorialDay";
    case K::ChildrensDay:
        return "ChildrensDay";
    case K::MarineDay:
        return "MarineDay";
    case K::MountainDay:
        return "MountainDay";
    case K::RespectForTheAgedDay:
        return "RespectForTheAgedDay";
    case K::AutumnalEquinoxDay:
        return "AutumnalEquinoxDay";
    case K::HealthAndSportsDay:
        return "HealthAndSportsDay";
    case K::SportsDay:
        return "SportsDay";
    case K::CultureDay:
        return "CultureDay";
    case K::LabourThanksgivingDay:
        return "LabourThanksgivingDay";
    case K::SubstituteHoliday:
        return "SubstituteHoliday";
    case K::CitizensHoliday:
        return "CitizensHoliday";
    case K::CrownPrinceAkihitoWedding:
        return "CrownPrinceAkihitoWedding";
    case K::EmperorShowaFuneral:
        return "EmperorShowaFuneral";
    case K::EnthronementCeremony:
        return "EnthronementCeremony";
    case K::CrownPrinceNaruhitoWedding:
        return "CrownPrinceNaruhitoWedding";
    case K::EmperorsAccession:
        return "EmperorsAccession";
    }
    return "?";
}

std::string describe(const Date& date, std::optional<HolidayKind> kind) {
    return formatIsoDate(date) + " " + (kind ? kindLabel(*kind) : "none");
}

bool isNamedHoliday(HolidayKind kind) {
    return kind != K::SubstituteHoliday && kind != K::CitizensHoliday;
}

struct YearCase {
    const char* rule;
    int year;
    // "MM-DD Kind" entries separated by ", ", in date order.
    const char* expected;
};

// Full lists as published by the Cabinet Office (内閣府「国民の祝日について」, syukujitsu.csv,
// which starts in 1955); 1949 and 2099 worked out by hand from the Act and the equinox formula.
// The published list names substitute and citizens' holidays alike "休日"; which one each is
// follows from the day before (a Sunday holiday) or the days around it (two holidays).
const YearCase publishedYears[] = {
    {"R-CAL-HOLIDAY first supported year, original 1948 holidays only", 1949,
     "01-01 NewYearsDay, 01-15 ComingOfAgeDay, 03-21 VernalEquinoxDay, "
     "04-29 EmperorsBirthday, 05-03 ConstitutionMemorialDay, 05-05 ChildrensDay, "
     "09-23 AutumnalEquinoxDay, 11-03 CultureDay, 11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY one-off day 1959-04-10; no substitute for Sunday 3 May before 1973", 1959,
     "01-01 NewYearsDay, 01-15 ComingOfAgeDay, 03-21 VernalEquinoxDay, "
     "04-10 CrownPrinceAkihitoWedding, 04-29 EmperorsBirthday, "
     "05-03 ConstitutionMemorialDay, 05-05 ChildrensDay, 09-24 AutumnalEquinoxDay, "
     "11-03 CultureDay, 11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY substitute holiday from 1973-04-12 (none for Sunday 11 February)", 1973,
     "01-01 NewYearsDay, 01-15 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "03-21 VernalEquinoxDay, 04-29 EmperorsBirthday, 04-30 SubstituteHoliday, "
     "05-03 ConstitutionMemorialDay, 05-05 ChildrensDay, 09-15 RespectForTheAgedDay, "
     "09-23 AutumnalEquinoxDay, 09-24 SubstituteHoliday, 10-10 HealthAndSportsDay, "
     "11-03 CultureDay, 11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY last year of the Showa-era Emperor's Birthday; citizens' holiday 4 May", 1988,
     "01-01 NewYearsDay, 01-15 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "03-20 VernalEquinoxDay, 03-21 SubstituteHoliday, 04-29 EmperorsBirthday, "
     "05-03 ConstitutionMemorialDay, 05-04 CitizensHoliday, 05-05 ChildrensDay, "
     "09-15 RespectForTheAgedDay, 09-23 AutumnalEquinoxDay, 10-10 HealthAndSportsDay, "
     "11-03 CultureDay, 11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY 1989: funeral of Emperor Showa, みどりの日 on 29 April, birthday on 23 Dec",
     1989,
     "01-01 NewYearsDay, 01-02 SubstituteHoliday, 01-15 ComingOfAgeDay, "
     "01-16 SubstituteHoliday, 02-11 NationalFoundationDay, 02-24 EmperorShowaFuneral, "
     "03-21 VernalEquinoxDay, 04-29 GreeneryDay, 05-03 ConstitutionMemorialDay, "
     "05-04 CitizensHoliday, 05-05 ChildrensDay, 09-15 RespectForTheAgedDay, "
     "09-23 AutumnalEquinoxDay, 10-10 HealthAndSportsDay, 11-03 CultureDay, "
     "11-23 LabourThanksgivingDay, 12-23 EmperorsBirthday"},
    {"R-CAL-HOLIDAY one-off day 1990-11-12 (enthronement ceremony)", 1990,
     "01-01 NewYearsDay, 01-15 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-12 SubstituteHoliday, 03-21 VernalEquinoxDay, 04-29 GreeneryDay, "
     "04-30 SubstituteHoliday, 05-03 ConstitutionMemorialDay, 05-04 CitizensHoliday, "
     "05-05 ChildrensDay, 09-15 RespectForTheAgedDay, 09-23 AutumnalEquinoxDay, "
     "09-24 SubstituteHoliday, 10-10 HealthAndSportsDay, 11-03 CultureDay, "
     "11-12 EnthronementCeremony, 11-23 LabourThanksgivingDay, 12-23 EmperorsBirthday, "
     "12-24 SubstituteHoliday"},
    {"R-CAL-HOLIDAY one-off day 1993-06-09 (wedding of Crown Prince Naruhito)", 1993,
     "01-01 NewYearsDay, 01-15 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "03-20 VernalEquinoxDay, 04-29 GreeneryDay, 05-03 ConstitutionMemorialDay, "
     "05-04 CitizensHoliday, 05-05 ChildrensDay, 06-09 CrownPrinceNaruhitoWedding, "
     "09-15 RespectForTheAgedDay, 09-23 AutumnalEquinoxDay, 10-10 HealthAndSportsDay, "
     "10-11 SubstituteHoliday, 11-03 CultureDay, 11-23 LabourThanksgivingDay, "
     "12-23 EmperorsBirthday"},
    {"R-CAL-HOLIDAY 2007: 昭和の日, みどりの日 on 4 May, Happy Mondays", 2007,
     "01-01 NewYearsDay, 01-08 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-12 SubstituteHoliday, 03-21 VernalEquinoxDay, 04-29 ShowaDay, "
     "04-30 SubstituteHoliday, 05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, "
     "05-05 ChildrensDay, 07-16 MarineDay, 09-17 RespectForTheAgedDay, "
     "09-23 AutumnalEquinoxDay, 09-24 SubstituteHoliday, 10-08 HealthAndSportsDay, "
     "11-03 CultureDay, 11-23 LabourThanksgivingDay, 12-23 EmperorsBirthday, "
     "12-24 SubstituteHoliday"},
    {"R-CAL-HOLIDAY 2009: substitute on the first non-holiday (6 May), citizens' holiday 22 Sep",
     2009,
     "01-01 NewYearsDay, 01-12 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "03-20 VernalEquinoxDay, 04-29 ShowaDay, 05-03 ConstitutionMemorialDay, "
     "05-04 GreeneryDay, 05-05 ChildrensDay, 05-06 SubstituteHoliday, 07-20 MarineDay, "
     "09-21 RespectForTheAgedDay, 09-22 CitizensHoliday, 09-23 AutumnalEquinoxDay, "
     "10-12 HealthAndSportsDay, 11-03 CultureDay, 11-23 LabourThanksgivingDay, "
     "12-23 EmperorsBirthday"},
    {"R-CAL-HOLIDAY first Mountain Day, 2016-08-11", 2016,
     "01-01 NewYearsDay, 01-11 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "03-20 VernalEquinoxDay, 03-21 SubstituteHoliday, 04-29 ShowaDay, "
     "05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, 05-05 ChildrensDay, "
     "07-18 MarineDay, 08-11 MountainDay, 09-19 RespectForTheAgedDay, "
     "09-22 AutumnalEquinoxDay, 10-10 HealthAndSportsDay, 11-03 CultureDay, "
     "11-23 LabourThanksgivingDay, 12-23 EmperorsBirthday"},
    {"R-CAL-HOLIDAY 2019: accession and enthronement days, no Emperor's Birthday", 2019,
     "01-01 NewYearsDay, 01-14 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "03-21 VernalEquinoxDay, 04-29 ShowaDay, 04-30 CitizensHoliday, "
     "05-01 EmperorsAccession, 05-02 CitizensHoliday, 05-03 ConstitutionMemorialDay, "
     "05-04 GreeneryDay, 05-05 ChildrensDay, 05-06 SubstituteHoliday, 07-15 MarineDay, "
     "08-11 MountainDay, 08-12 SubstituteHoliday, 09-16 RespectForTheAgedDay, "
     "09-23 AutumnalEquinoxDay, 10-14 HealthAndSportsDay, 10-22 EnthronementCeremony, "
     "11-03 CultureDay, 11-04 SubstituteHoliday, 11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY 2020: Olympic moves of Marine, Sports and Mountain Day; birthday 23 Feb", 2020,
     "01-01 NewYearsDay, 01-13 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-23 EmperorsBirthday, 02-24 SubstituteHoliday, 03-20 VernalEquinoxDay, "
     "04-29 ShowaDay, 05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, 05-05 ChildrensDay, "
     "05-06 SubstituteHoliday, 07-23 MarineDay, 07-24 SportsDay, 08-10 MountainDay, "
     "09-21 RespectForTheAgedDay, 09-22 AutumnalEquinoxDay, 11-03 CultureDay, "
     "11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY 2021: Olympic moves, Mountain Day on Sunday 8 August gives 9 August", 2021,
     "01-01 NewYearsDay, 01-11 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-23 EmperorsBirthday, 03-20 VernalEquinoxDay, 04-29 ShowaDay, "
     "05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, 05-05 ChildrensDay, "
     "07-22 MarineDay, 07-23 SportsDay, 08-08 MountainDay, 08-09 SubstituteHoliday, "
     "09-20 RespectForTheAgedDay, 09-23 AutumnalEquinoxDay, 11-03 CultureDay, "
     "11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY 2025", 2025,
     "01-01 NewYearsDay, 01-13 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-23 EmperorsBirthday, 02-24 SubstituteHoliday, 03-20 VernalEquinoxDay, "
     "04-29 ShowaDay, 05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, 05-05 ChildrensDay, "
     "05-06 SubstituteHoliday, 07-21 MarineDay, 08-11 MountainDay, "
     "09-15 RespectForTheAgedDay, 09-23 AutumnalEquinoxDay, 10-13 SportsDay, "
     "11-03 CultureDay, 11-23 LabourThanksgivingDay, 11-24 SubstituteHoliday"},
    {"R-CAL-HOLIDAY 2026", 2026,
     "01-01 NewYearsDay, 01-12 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-23 EmperorsBirthday, 03-20 VernalEquinoxDay, 04-29 ShowaDay, "
     "05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, 05-05 ChildrensDay, "
     "05-06 SubstituteHoliday, 07-20 MarineDay, 08-11 MountainDay, "
     "09-21 RespectForTheAgedDay, 09-22 CitizensHoliday, 09-23 AutumnalEquinoxDay, "
     "10-12 SportsDay, 11-03 CultureDay, 11-23 LabourThanksgivingDay"},
    {"R-CAL-HOLIDAY last supported year", 2099,
     "01-01 NewYearsDay, 01-12 ComingOfAgeDay, 02-11 NationalFoundationDay, "
     "02-23 EmperorsBirthday, 03-20 VernalEquinoxDay, 04-29 ShowaDay, "
     "05-03 ConstitutionMemorialDay, 05-04 GreeneryDay, 05-05 ChildrensDay, "
     "05-06 SubstituteHoliday, 07-20 MarineDay, 08-11 MountainDay, "
     "09-21 RespectForTheAgedDay, 09-22 CitizensHoliday, 09-23 AutumnalEquinoxDay, "
     "10-12 SportsDay, 11-03 CultureDay, 11-23 LabourThanksgivingDay"},
};

std::vector<std::string> splitEntries(const std::string& text) {
    std::vector<std::string> entries;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = text.find(", ", start);
        const std::size_t end = comma == std::string::npos ? text.size() : comma;
        entries.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return entries;
}

} // namespace

TEST(Holidays, EachYearMatchesItsPublishedList) {
    for (const YearCase& row : publishedYears) {
        const HolidayYear result = nationalHolidays(year{row.year});
        std::vector<std::string> actual;
        for (const Holiday& holiday : result.holidays) {
            // "YYYY-MM-DD Kind" without the year, which the row gives once.
            actual.push_back(describe(holiday.date, holiday.kind).substr(5));
        }
        EXPECT_TRUE(result.yearSupported) << row.rule;
        EXPECT_EQ(actual, splitEntries(row.expected)) << row.rule;
    }
}

TEST(Holidays, EquinoxDaysFollowTheAstronomicalFormulaAcrossTheRange) {
    struct Row {
        const char* rule;
        int year;
        unsigned vernalMarch;
        unsigned autumnalSeptember;
    };
    // 1955 to 2027 as published by the Cabinet Office; the others from the formula, which the
    // published lists match in every overlapping year.
    const Row rows[] = {
        {"R-CAL-HOLIDAY formula, 1900-1979 constants", 1951, 21, 24},
        {"R-CAL-HOLIDAY published", 1960, 20, 23},
        {"R-CAL-HOLIDAY published", 1963, 21, 24},
        {"R-CAL-HOLIDAY published", 1976, 20, 23},
        {"R-CAL-HOLIDAY published", 1979, 21, 24},
        {"R-CAL-HOLIDAY published, 1980-2099 constants", 1980, 20, 23},
        {"R-CAL-HOLIDAY published", 1999, 21, 23},
        {"R-CAL-HOLIDAY published", 2012, 20, 22},
        {"R-CAL-HOLIDAY published", 2024, 20, 22},
        {"R-CAL-HOLIDAY published", 2027, 21, 23},
        {"R-CAL-HOLIDAY formula", 2044, 20, 22},
        {"R-CAL-HOLIDAY formula: vernal equinox on 19 March", 2092, 19, 22},
        {"R-CAL-HOLIDAY formula", 2096, 19, 22},
        {"R-CAL-HOLIDAY formula", 2099, 20, 23},
    };
    for (const Row& row : rows) {
        const auto vernal = Date{year{row.year}, March, day{row.vernalMarch}};
        const auto autumnal = Date{year{row.year}, September, day{row.autumnalSeptember}};
        EXPECT_EQ(holidayOn(vernal).holiday, K::VernalEquinoxDay) << row.rule << " " << row.year;
        EXPECT_EQ(holidayOn(autumnal).holiday, K::AutumnalEquinoxDay)
            << row.rule << " " << row.year;
        int vernalCount = 0;
        int autumnalCount = 0;
        for (const Holiday& holiday : nationalHolidays(year{row.year}).holidays) {
            vernalCount += holiday.kind == K::VernalEquinoxDay ? 1 : 0;
            autumnalCount += holiday.kind == K::AutumnalEquinoxDay ? 1 : 0;
        }
        EXPECT_EQ(vernalCount, 1) << row.rule << " " << row.year;
        EXPECT_EQ(autumnalCount, 1) << row.rule << " " << row.year;
    }
}

TEST(Holidays, NamesAndDatesChangeOnTheDaysTheActChanged) {
    struct Row {
        const char* rule;
        const char* date;
        std::optional<HolidayKind> expected;
    };
    const Row rows[] = {
        {"R-CAL-HOLIDAY 29 Apr: 天皇誕生日 to 1988", "1988-04-29", K::EmperorsBirthday},
        {"R-CAL-HOLIDAY 29 Apr: みどりの日 from 1989", "1989-04-29", K::GreeneryDay},
        {"R-CAL-HOLIDAY 29 Apr: みどりの日 to 2006", "2006-04-29", K::GreeneryDay},
        {"R-CAL-HOLIDAY 29 Apr: 昭和の日 from 2007", "2007-04-29", K::ShowaDay},
        {"R-CAL-HOLIDAY no citizens' holiday before 1985-12-27", "1985-05-04", std::nullopt},
        {"R-CAL-HOLIDAY a citizens' holiday is never a Sunday", "1986-05-04", std::nullopt},
        {"R-CAL-HOLIDAY 4 May after Sunday 3 May is a substitute", "1987-05-04",
         K::SubstituteHoliday},
        {"R-CAL-HOLIDAY 4 May sandwiched, on a Saturday too", "1991-05-04", K::CitizensHoliday},
        {"R-CAL-HOLIDAY 4 May sandwiched to 2006", "2006-05-04", K::CitizensHoliday},
        {"R-CAL-HOLIDAY 4 May みどりの日 from 2007", "2007-05-04", K::GreeneryDay},
        {"R-CAL-HOLIDAY 23 Dec before 1989", "1988-12-23", std::nullopt},
        {"R-CAL-HOLIDAY 23 Dec from 1989", "1989-12-23", K::EmperorsBirthday},
        {"R-CAL-HOLIDAY 23 Dec to 2018", "2018-12-23", K::EmperorsBirthday},
        {"R-CAL-HOLIDAY no Emperor's Birthday in 2019", "2019-12-23", std::nullopt},
        {"R-CAL-HOLIDAY no Emperor's Birthday in 2019", "2019-02-23", std::nullopt},
        {"R-CAL-HOLIDAY 23 Feb from 2020", "2020-02-23", K::EmperorsBirthday},
        {"R-CAL-HOLIDAY 成人の日 15 Jan to 1999", "1999-01-15", K::ComingOfAgeDay},
        {"R-CAL-HOLIDAY 成人の日 2nd Monday from 2000", "2000-01-15", std::nullopt},
        {"R-CAL-HOLIDAY 成人の日 2nd Monday from 2000", "2000-01-10", K::ComingOfAgeDay},
        {"R-CAL-HOLIDAY 建国記念の日 from 1967", "1966-02-11", std::nullopt},
        {"R-CAL-HOLIDAY 建国記念の日 from 1967", "1967-02-11", K::NationalFoundationDay},
        {"R-CAL-HOLIDAY 敬老の日 from 1966", "1965-09-15", std::nullopt},
        {"R-CAL-HOLIDAY 敬老の日 15 Sep from 1966", "1966-09-15", K::RespectForTheAgedDay},
        {"R-CAL-HOLIDAY 敬老の日 on Sunday 2002-09-15", "2002-09-16", K::SubstituteHoliday},
        {"R-CAL-HOLIDAY 敬老の日 3rd Monday from 2003", "2004-09-15", std::nullopt},
        {"R-CAL-HOLIDAY 敬老の日 3rd Monday from 2003", "2004-09-20", K::RespectForTheAgedDay},
        {"R-CAL-HOLIDAY 体育の日 from 1966", "1965-10-10", std::nullopt},
        {"R-CAL-HOLIDAY 体育の日 10 Oct from 1966", "1966-10-10", K::HealthAndSportsDay},
        {"R-CAL-HOLIDAY 体育の日 10 Oct to 1999", "1999-10-10", K::HealthAndSportsDay},
        {"R-CAL-HOLIDAY 体育の日 2nd Monday from 2000", "2000-10-10", std::nullopt},
        {"R-CAL-HOLIDAY 体育の日 2nd Monday from 2000", "2000-10-09", K::HealthAndSportsDay},
        {"R-CAL-HOLIDAY 体育の日 to 2019", "2019-10-14", K::HealthAndSportsDay},
        {"R-CAL-HOLIDAY スポーツの日 from 2020", "2022-10-10", K::SportsDay},
        {"R-CAL-HOLIDAY 海の日 from 1996", "1995-07-20", std::nullopt},
        {"R-CAL-HOLIDAY 海の日 20 Jul from 1996", "1996-07-20", K::MarineDay},
        {"R-CAL-HOLIDAY 海の日 20 Jul to 2002", "2002-07-20", K::MarineDay},
        {"R-CAL-HOLIDAY 海の日 3rd Monday from 2003", "2003-07-20", std::nullopt},
        {"R-CAL-HOLIDAY 海の日 3rd Monday from 2003", "2003-07-21", K::MarineDay},
        {"R-CAL-HOLIDAY 山の日 from 2016", "2015-08-11", std::nullopt},
        {"R-CAL-HOLIDAY Olympic move: not on the usual 海の日", "2020-07-20", std::nullopt},
        {"R-CAL-HOLIDAY Olympic move: not on the usual 山の日", "2020-08-11", std::nullopt},
        {"R-CAL-HOLIDAY Olympic move: not on the usual スポーツの日", "2020-10-12", std::nullopt},
        {"R-CAL-HOLIDAY Olympic move: not on the usual 海の日", "2021-07-19", std::nullopt},
        {"R-CAL-HOLIDAY Olympic move: not on the usual 山の日", "2021-08-11", std::nullopt},
        {"R-CAL-HOLIDAY Olympic move: not on the usual スポーツの日", "2021-10-11", std::nullopt},
        {"R-CAL-HOLIDAY substitute only from 1973-04-12", "1973-02-12", std::nullopt},
        {"R-CAL-HOLIDAY substitute: the first later non-holiday from 2007", "2008-05-06",
         K::SubstituteHoliday},
        {"R-CAL-HOLIDAY substitute: the first later non-holiday from 2007", "2015-05-06",
         K::SubstituteHoliday},
        {"R-CAL-HOLIDAY one-off day", "1959-04-10", K::CrownPrinceAkihitoWedding},
        {"R-CAL-HOLIDAY one-off day", "1989-02-24", K::EmperorShowaFuneral},
        {"R-CAL-HOLIDAY one-off day", "1990-11-12", K::EnthronementCeremony},
        {"R-CAL-HOLIDAY one-off day", "1993-06-09", K::CrownPrinceNaruhitoWedding},
        {"R-CAL-HOLIDAY one-off day", "2019-05-01", K::EmperorsAccession},
        {"R-CAL-HOLIDAY one-off day", "2019-10-22", K::EnthronementCeremony},
        {"R-CAL-HOLIDAY one-off days are not repeated", "2020-05-01", std::nullopt},
        {"R-CAL-HOLIDAY one-off days are not repeated", "1994-06-09", std::nullopt},
    };
    for (const Row& row : rows) {
        const Date date = isoDate(row.date);
        const HolidayLookup lookup = holidayOn(date);
        EXPECT_TRUE(lookup.yearSupported) << row.rule;
        EXPECT_EQ(describe(date, lookup.holiday), describe(date, row.expected)) << row.rule;
    }
}

TEST(Holidays, YearsOutsideTheSupportedRangeAreReportedAsUnsupported) {
    struct Row {
        const char* rule;
        int year;
        bool supported;
    };
    const Row rows[] = {
        {"R-CAL-HOLIDAY before the first supported year", 1948, false},
        {"R-CAL-HOLIDAY first supported year", 1949, true},
        {"R-CAL-HOLIDAY last supported year", 2099, true},
        {"R-CAL-HOLIDAY after the equinox formula's range", 2100, false},
        {"R-CAL-HOLIDAY far outside", -5, false},
        {"R-CAL-HOLIDAY far outside", 9999, false},
    };
    for (const Row& row : rows) {
        const HolidayYear result = nationalHolidays(year{row.year});
        EXPECT_EQ(isHolidayYearSupported(year{row.year}), row.supported) << row.rule;
        EXPECT_EQ(result.yearSupported, row.supported) << row.rule;
        EXPECT_EQ(result.holidays.empty(), !row.supported) << row.rule;
        // 1 January is a holiday in every supported year, so an unsupported year cannot pass
        // for an ordinary one here.
        const HolidayLookup newYear = holidayOn(Date{year{row.year}, January, day{1}});
        EXPECT_EQ(newYear.yearSupported, row.supported) << row.rule;
        EXPECT_EQ(newYear.holiday.has_value(), row.supported) << row.rule;
    }
    EXPECT_FALSE(holidayOn(isoDate("1948-12-31")).yearSupported);
    EXPECT_TRUE(holidayOn(isoDate("2099-12-31")).yearSupported);
    EXPECT_FALSE(holidayOn(isoDate("2099-12-31")).holiday.has_value());
    EXPECT_FALSE(holidayOn(isoDate("2100-01-01")).yearSupported);
}

TEST(Holidays, ANonexistentDateIsNotTreatedAsAnOrdinaryDay) {
    const Date february30{year{2023}, February, day{30}};
    EXPECT_FALSE(holidayOn(february30).yearSupported);
}

TEST(Holidays, EveryYearListIsSortedWithoutDuplicatesAndInsideItsYear) {
    for (year y = firstHolidayYear; y <= lastHolidayYear; ++y) {
        const std::vector<Holiday> holidays = nationalHolidays(y).holidays;
        ASSERT_GE(holidays.size(), 9u) << "R-CAL-HOLIDAY " << static_cast<int>(y);
        for (std::size_t i = 0; i < holidays.size(); ++i) {
            EXPECT_EQ(holidays[i].date.year(), y) << "R-CAL-HOLIDAY";
            if (i > 0) {
                EXPECT_LT(holidays[i - 1].date, holidays[i].date)
                    << "R-CAL-HOLIDAY " << formatIsoDate(holidays[i].date);
            }
        }
    }
}

TEST(Holidays, LookupOfEveryDayAgreesWithTheYearLists) {
    for (year y = firstHolidayYear; y <= lastHolidayYear; ++y) {
        const std::vector<Holiday> holidays = nationalHolidays(y).holidays;
        std::size_t next = 0;
        for (Date date{y, January, day{1}}; date.year() == y; date = addDays(date, 1)) {
            std::optional<HolidayKind> expected;
            if (next < holidays.size() && holidays[next].date == date) {
                expected = holidays[next++].kind;
            }
            const HolidayLookup lookup = holidayOn(date);
            ASSERT_TRUE(lookup.yearSupported) << formatIsoDate(date);
            ASSERT_EQ(describe(date, lookup.holiday), describe(date, expected)) << "R-CAL-HOLIDAY";
        }
        EXPECT_EQ(next, holidays.size()) << "R-CAL-HOLIDAY " << static_cast<int>(y);
    }
}

TEST(Holidays, EverySundayHolidayHasItsSubstituteAndEverySubstituteHasItsSunday) {
    const Date substitutesFrom = isoDate("1973-04-12");
    const Date rulesWidenedFrom = isoDate("2007-01-01");
    for (year y = firstHolidayYear; y <= lastHolidayYear; ++y) {
        for (const Holiday& holiday : nationalHolidays(y).holidays) {
            const bool sunday = weekday{sys_days{holiday.date}} == Sunday;
            if (isNamedHoliday(holiday.kind) && sunday && holiday.date >= substitutesFrom) {
                // The substitute is the first day after the run of named holidays that starts
                // here (before 2007 only the Monday, which was never a named holiday then).
                Date after = addDays(holiday.date, 1);
                while (holidayOn(after).holiday && isNamedHoliday(*holidayOn(after).holiday)) {
                    after = addDays(after, 1);
                }
                EXPECT_EQ(holidayOn(after).holiday, K::SubstituteHoliday)
                    << "R-CAL-HOLIDAY substitute for " << formatIsoDate(holiday.date);
                if (holiday.date < rulesWidenedFrom) {
                    EXPECT_EQ(daysBetween(holiday.date, after), 1)
                        << "R-CAL-HOLIDAY Monday only before 2007: " << formatIsoDate(after);
                }
            }
            if (holiday.kind == K::SubstituteHoliday) {
                EXPECT_GE(holiday.date, substitutesFrom) << "R-CAL-HOLIDAY";
                Date before = addDays(holiday.date, -1);
                while (weekday{sys_days{before}} != Sunday) {
                    ASSERT_TRUE(holidayOn(before).holiday.has_value())
                        << "R-CAL-HOLIDAY substitute " << formatIsoDate(holiday.date)
                        << " not after a run of holidays from a Sunday";
                    before = addDays(before, -1);
                }
                EXPECT_TRUE(holidayOn(before).holiday.has_value())
                    << "R-CAL-HOLIDAY substitute " << formatIsoDate(holiday.date);
            }
        }
    }
}

TEST(Holidays, CitizensHolidaysAreNonSundaysBetweenTwoNamedHolidaysSinceLate1985) {
    const Date citizensFrom = isoDate("1985-12-27");
    int count = 0;
    for (year y = firstHolidayYear; y <= lastHolidayYear; ++y) {
        for (const Holiday& holiday : nationalHolidays(y).holidays) {
            if (holiday.kind != K::CitizensHoliday) {
                continue;
            }
            ++count;
            const auto before = holidayOn(addDays(holiday.date, -1)).holiday;
            const auto after = holidayOn(addDays(holiday.date, 1)).holiday;
            EXPECT_GE(holiday.date, citizensFrom) << "R-CAL-HOLIDAY";
            EXPECT_NE(weekday{sys_days{holiday.date}}, Sunday) << "R-CAL-HOLIDAY";
            EXPECT_TRUE(before && isNamedHoliday(*before) && after && isNamedHoliday(*after))
                << "R-CAL-HOLIDAY not between two named holidays: " << formatIsoDate(holiday.date);
        }
    }
    // 4 May in most years of 1988-2006, and the September days between 敬老の日 and 秋分の日.
    EXPECT_GT(count, 15) << "R-CAL-HOLIDAY";
}
