#include "platform/clock.h"

namespace jpki::platform {

domain::Date japanDate(const QDateTime& instant) {
    return domain::japanDateOf(std::chrono::sys_time<std::chrono::milliseconds>(
        std::chrono::milliseconds(instant.toMSecsSinceEpoch())));
}

domain::Date Clock::todayInJapan() const {
    return japanDate(nowUtc());
}

} // namespace jpki::platform
