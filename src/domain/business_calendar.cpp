#include "domain/business_calendar.h"

#include <algorithm>

namespace jpki::domain {

using namespace std::chrono;

namespace {

unsigned monthDayKey(unsigned month, unsigned day) {
    return month * 100 + day;
}

bool isSupported(const Date& date) {
    return date.ok() && isHolidayYearSupported(date.year());
}

} // namespace

BusinessCalendar::BusinessCalendar(const MunicipalityProfile& profile)
    : m_receptionOpens(profile.receptionOpens)
    , m_receptionCloses(profile.receptionCloses)
    , m_yearEndClosureFrom(profile.yearEndClosureFrom)
    , m_yearEndClosureTo(profile.yearEndClosureTo)
    , m_extraClosedDays(profile.extraClosedDays) {
    std::sort(m_extraClosedDays.begin(), m_extraClosedDays.end());
    m_extraClosedDays.erase(std::unique(m_extraClosedDays.begin(), m_extraClosedDays.end()),
                            m_extraClosedDays.end());
}

bool BusinessCalendar::isInYearEndClosure(const Date& date) const {
    const unsigned key =
        monthDayKey(static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    const unsigned from = monthDayKey(m_yearEndClosureFrom.month, m_yearEndClosureFrom.day);
    const unsigned to = monthDayKey(m_yearEndClosureTo.month, m_yearEndClosureTo.day);
    // The closure normally spans the new year (from > to); a profile may also give a range
    // inside one year.
    return from <= to ? (key >= from && key <= to) : (key >= from || key <= to);
}

bool BusinessCalendar::isExtraClosedDay(const Date& date) const {
    return std::binary_search(m_extraClosedDays.begin(), m_extraClosedDays.end(), date);
}

std::optional<ClosureReason> BusinessCalendar::closureReason(const Date& date) const {
    const HolidayLookup lookup = holidayOn(date);
    if (!lookup.yearSupported) {
        return ClosureReason{ClosureKind::HolidaysUnknown, std::nullopt};
    }
    if (lookup.holiday) {
        return ClosureReason{ClosureKind::NationalHoliday, lookup.holiday};
    }
    if (isInYearEndClosure(date)) {
        return ClosureReason{ClosureKind::YearEndClosure, std::nullopt};
    }
    const weekday dayOfWeek{sys_days{date}};
    if (dayOfWeek == Saturday) {
        return ClosureReason{ClosureKind::Saturday, std::nullopt};
    }
    if (dayOfWeek == Sunday) {
        return ClosureReason{ClosureKind::Sunday, std::nullopt};
    }
    if (isExtraClosedDay(date)) {
        return ClosureReason{ClosureKind::ExtraClosedDay, std::nullopt};
    }
    return std::nullopt;
}

bool BusinessCalendar::isBusinessDay(const Date& date) const {
    return !closureReason(date).has_value();
}

std::optional<Date> BusinessCalendar::nextBusinessDay(const Date& date) const {
    if (!isSupported(date)) {
        return std::nullopt;
    }
    for (Date candidate = addDays(date, 1); isHolidayYearSupported(candidate.year());
         candidate = addDays(candidate, 1)) {
        if (isBusinessDay(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<int> BusinessCalendar::businessDaysBetween(const Date& from, const Date& to) const {
    if (!isSupported(from) || !isSupported(to)) {
        return std::nullopt;
    }
    const bool backwards = to < from;
    const Date& earlier = backwards ? to : from;
    const Date& later = backwards ? from : to;
    int count = 0;
    for (Date day = addDays(earlier, 1); day <= later; day = addDays(day, 1)) {
        if (isBusinessDay(day)) {
            ++count;
        }
    }
    return backwards ? -count : count;
}

std::optional<Date> BusinessCalendar::addBusinessDays(const Date& date, int n) const {
    if (!isSupported(date)) {
        return std::nullopt;
    }
    const int step = n < 0 ? -1 : 1;
    long long remaining = n < 0 ? -static_cast<long long>(n) : n;
    Date current = date;
    while (remaining > 0) {
        current = addDays(current, step);
        if (!isHolidayYearSupported(current.year())) {
            return std::nullopt;
        }
        if (isBusinessDay(current)) {
            --remaining;
        }
    }
    return current;
}

bool BusinessCalendar::isWithinReceptionHours(const Date& date,
                                              minutes minutesAfterMidnight) const {
    return receptionStatus(date, minutesAfterMidnight).state == ReceptionState::Open;
}

ReceptionStatus BusinessCalendar::receptionStatus(const Date& date,
                                                  minutes minutesAfterMidnight) const {
    ReceptionStatus status;
    status.closure = closureReason(date);
    if (status.closure) {
        status.state = ReceptionState::ClosedDay;
    } else if (minutesAfterMidnight < m_receptionOpens) {
        status.state = ReceptionState::BeforeOpening;
    } else if (minutesAfterMidnight < m_receptionCloses) {
        status.state = ReceptionState::Open;
    } else {
        status.state = ReceptionState::AfterClosing;
    }
    if (status.state == ReceptionState::BeforeOpening) {
        status.nextOpeningDay = date;
    } else if (status.state != ReceptionState::Open) {
        status.nextOpeningDay = nextBusinessDay(date);
    }
    return status;
}

} // namespace jpki::domain
