#include "storage/japan_time.h"

#include <QTimeZone>

namespace jpki::storage {

namespace {

// Japan's fixed offset (domain::japanUtcOffset), so that a time shown and the day it is counted
// in never disagree, with or without a zone database on the machine.
const QTimeZone& japanZone() {
    static const QTimeZone zone(
        static_cast<int>(std::chrono::seconds(domain::japanUtcOffset).count()));
    return zone;
}

} // namespace

std::int64_t toUnixMilliseconds(Timestamp at) {
    return at.time_since_epoch().count();
}

Timestamp fromUnixMilliseconds(std::int64_t milliseconds) {
    return Timestamp(std::chrono::milliseconds(milliseconds));
}

Timestamp fromQDateTime(const QDateTime& at) {
    return fromUnixMilliseconds(at.toMSecsSinceEpoch());
}

domain::Date japanDate(Timestamp at) {
    return domain::japanDateOf(at);
}

TimeRange japanDay(const domain::Date& day) {
    const auto begin = domain::japanDayStart(day);
    return {Timestamp(begin), Timestamp(begin + std::chrono::days{1})};
}

QDateTime japanDateTime(Timestamp at) {
    return QDateTime::fromMSecsSinceEpoch(toUnixMilliseconds(at), japanZone());
}

QString japanIsoTime(Timestamp at) {
    return japanDateTime(at).toString(Qt::ISODateWithMs);
}

} // namespace jpki::storage
