#include "platform/clock.h"

namespace jpki::platform {

domain::Date japanDate(const QDateTime& instant) {
    return domain::japanDateOf(std::chrono::sys_time<std::chrono::milliseconds>(
        std::chrono::milliseconds(instant.toMSecsSinceEpoch())));
}

std::chrono::minutes japanMinutesAfterMidnight(const QDateTime& instant) {
    const QTime local = instant.toUTC().addSecs(9 * 3600).time();
    return std::chrono::minutes(local.hour() * 60 + local.minute());
}

domain::Date Clock::todayInJapan() const {
    return japanDate(nowUtc());
}

} // namespace jpki::platform
