#pragma once

#include "domain/date.h"

#include <QDateTime>
#include <chrono>

namespace jpki::platform {

// The counter's clock: the rules take "today" as a parameter, and this is where the programs
// get it, in Japan's time zone whatever the machine's own.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    domain::Date todayInJapan() const;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// The Japan-local calendar date of an instant.
domain::Date japanDate(const QDateTime& instant);

// The Japan-local time of day of an instant, in whole minutes after midnight (R-CAL-HOURS).
std::chrono::minutes japanMinutesAfterMidnight(const QDateTime& instant);

} // namespace jpki::platform
