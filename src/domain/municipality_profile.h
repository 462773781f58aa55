#pragma once

// What differs from town to town: the counter, its hours, its closure days and its lists of
// identity documents. Mino City is the shipped default; a settings file may override any field
// (read by the application layer, never here).

#include <chrono>
#include <string>
#include <vector>

#include "domain/date.h"

namespace jpki::domain {

struct MonthDay {
    unsigned month = 1;
    unsigned day = 1;
    friend bool operator==(const MonthDay&, const MonthDay&) = default;
};

struct MunicipalityProfile {
    std::string name;           // 美濃市
    std::string code;           // 全国地方公共団体コード, five digits and a check digit (美濃市: 212075)
    std::string counterName;    // 市民生活課 1番窓口
    std::string counterPlace;   // 市役所1階
    std::chrono::minutes receptionOpens{9 * 60};    // R-CAL-HOURS: minutes after midnight
    std::chrono::minutes receptionCloses{17 * 60};
    // R-CAL-CLOSED: the year-end closure, inclusive, spanning the new year (29 Dec to 3 Jan).
    MonthDay yearEndClosureFrom{12, 29};
    MonthDay yearEndClosureTo{1, 3};
    // Further closure days particular to the town (one-off dates).
    std::vector<Date> extraClosedDays;
    // R-DOC-AUTH: the registered-domicile (本籍) municipality whose family register the counter
    // can consult itself, so that the copy of the family register is waived.
    std::string registeredDomicileMunicipality;
    // R-DOC: the date from which a health-insurance certificate no longer counts as an ID.
    Date healthInsuranceCardValidUntil{std::chrono::year{2025}, std::chrono::December,
                                       std::chrono::day{1}};
};

// The shipped default: 美濃市 市民生活課 1番窓口, 9:00 to 17:00.
MunicipalityProfile minoCityProfile();

} // namespace jpki::domain
