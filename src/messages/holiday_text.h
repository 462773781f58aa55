#pragma once

// User-visible text for the counter calendar (R-CAL-HOLIDAY, R-CAL-CLOSED): the official names of
// the national holidays and why the counter is closed on a day. Japanese source text, translated
// through Qt Linguist (context "jpki::messages::Holiday").

#include "domain/business_calendar.h"
#include "domain/holidays.h"

#include <QString>
#include <chrono>

namespace jpki::messages {

// The holiday's official name (元日, 昭和の日, 振替休日, …).
QString holidayName(domain::HolidayKind kind);

// A short label for the kind of closure (土曜日, 年末年始の閉庁日, …).
QString closureKindText(domain::ClosureKind kind);

// The text to show for a closed day: the holiday's own name for a national holiday, otherwise
// the closure kind's label.
QString closureReasonText(const domain::ClosureReason& reason);

// R-CAL-HOURS: what the window says when the counter takes no applications now, with when it
// next does; empty while reception is open. `opens` and `closes` are the profile's hours.
QString receptionNoticeText(const domain::ReceptionStatus& status, std::chrono::minutes opens,
                            std::chrono::minutes closes);

} // namespace jpki::messages
