#include "platform/clock.h"

#include <QTimeZone>

namespace jpki::platform {

domain::Date japanDate(const QDateTime& instant) {
    // Japan has had no daylight saving time since 1951: a fixed offset is exact and needs no
    // time-zone database on the machine.
    const QDate local = instant.toUTC().addSecs(9 * 3600).date();
    return domain::Date{std::chrono::year{local.year()},
                        std::chrono::month{static_cast<unsigned>(local.month())},
                        std::chrono::day{static_cast<unsigned>(local.day())}};
}

std::chrono::minutes japanMinutesAfterMidnight(const QDateTime& instant) {
    const QTime local = instant.toUTC().addSecs(9 * 3600).time();
    return std::chrono::minutes(local.hour() * 60 + local.minute());
}

domain::Date Clock::todayInJapan() const {
    return japanDate(nowUtc());
}

} // namespace jpki::platform
