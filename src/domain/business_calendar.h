#pragma once

// The counter's calendar (domain-rules.md section 7): which days the counter is open, why it is
// closed on the others, counting and adding business days, and the reception hours.
//
// R-CAL-CLOSED: closed on Saturdays, Sundays, national holidays (R-CAL-HOLIDAY), the year-end
// closure and the town's extra closed days. National holidays are known for 1949-2099 only; a day
// outside that range is never reported as open, and every query that would need one says so.

#include "domain/date.h"
#include "domain/holidays.h"
#include "domain/municipality_profile.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace jpki::domain {

// In the order of precedence closureReason applies when several reasons hold on one day.
enum class ClosureKind : std::uint8_t {
    HolidaysUnknown, // the year is outside firstHolidayYear..lastHolidayYear
    NationalHoliday, // R-CAL-HOLIDAY; the reason carries the holiday's kind
    YearEndClosure,  // R-CAL-CLOSED: 29 December to 3 January by default
    Saturday,        // R-CAL-CLOSED
    Sunday,          // R-CAL-CLOSED
    ExtraClosedDay,  // one of the profile's extra closed days
};

inline constexpr std::array allClosureKinds{
    ClosureKind::HolidaysUnknown, ClosureKind::NationalHoliday, ClosureKind::YearEndClosure,
    ClosureKind::Saturday,        ClosureKind::Sunday,          ClosureKind::ExtraClosedDay,
};
static_assert(allClosureKinds.size() == static_cast<std::size_t>(ClosureKind::ExtraClosedDay) + 1,
              "allClosureKinds must list every ClosureKind");

// Why the counter is closed on a day: the first applicable kind in the order above, so that a
// holiday on a Saturday is given by its name and a Saturday in the year-end closure as the closure.
struct ClosureReason {
    ClosureKind kind = ClosureKind::HolidaysUnknown;
    std::optional<HolidayKind> holiday; // set exactly when kind is NationalHoliday
    friend bool operator==(const ClosureReason&, const ClosureReason&) = default;
};

// R-CAL-HOURS at a moment: whether the counter takes applications now, and if not, why and when
// it next does.
enum class ReceptionState : std::uint8_t {
    Open,          // a business day, within the reception hours
    BeforeOpening, // a business day, before the hours: reception opens later today
    AfterClosing,  // a business day, after the hours
    ClosedDay,     // not a business day (closure carries why)
};

struct ReceptionStatus {
    ReceptionState state = ReceptionState::ClosedDay;
    std::optional<ClosureReason> closure; // set exactly when state is ClosedDay
    // When reception next opens (at receptionOpens on that day), unless state is Open: today
    // for BeforeOpening, else the next business day; nothing when that lies beyond the known
    // holidays.
    std::optional<Date> nextOpeningDay;
    friend bool operator==(const ReceptionStatus&, const ReceptionStatus&) = default;
};

class BusinessCalendar {
public:
    explicit BusinessCalendar(const MunicipalityProfile& profile);

    // R-CAL-CLOSED. False on every day of a year whose holidays are unknown.
    bool isBusinessDay(const Date& date) const;

    // Nothing when the counter is open on `date`.
    std::optional<ClosureReason> closureReason(const Date& date) const;

    // The first business day strictly after `date`; nothing when there is none up to the end of
    // lastHolidayYear, or when `date` itself lies outside the supported years.
    std::optional<Date> nextBusinessDay(const Date& date) const;

    // The number of business days in the half-open interval (from, to]: `to` counts, `from` does
    // not. Zero when from == to; when `to` is before `from`, minus the number of business days in
    // (to, from], so that swapping the arguments flips the sign. Nothing when either date lies
    // outside the supported years.
    std::optional<int> businessDaysBetween(const Date& from, const Date& to) const;

    // The n-th business day after `date` (n > 0), or before it (n < 0); `date` itself, open or
    // not, when n == 0. It undoes businessDaysBetween: for a business day t,
    // addBusinessDays(d, businessDaysBetween(d, t)) == t whenever t is after d or d is itself a
    // business day. Nothing when `date` or the walk leaves the supported years.
    std::optional<Date> addBusinessDays(const Date& date, int n) const;

    // R-CAL-HOURS: reception is open from receptionOpens (inclusive) to receptionCloses
    // (exclusive), on business days only.
    bool isWithinReceptionHours(const Date& date, std::chrono::minutes minutesAfterMidnight) const;

    // R-CAL-HOURS and R-CAL-CLOSED at `minutesAfterMidnight` (Japan time) on `date`.
    ReceptionStatus receptionStatus(const Date& date,
                                    std::chrono::minutes minutesAfterMidnight) const;

    std::chrono::minutes receptionOpens() const { return m_receptionOpens; }
    std::chrono::minutes receptionCloses() const { return m_receptionCloses; }

private:
    bool isInYearEndClosure(const Date& date) const;
    bool isExtraClosedDay(const Date& date) const;

    std::chrono::minutes m_receptionOpens;
    std::chrono::minutes m_receptionCloses;
    MonthDay m_yearEndClosureFrom;
    MonthDay m_yearEndClosureTo;
    std::vector<Date> m_extraClosedDays; // sorted, no duplicates
};

} // namespace jpki::domain
