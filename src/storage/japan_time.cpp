#include "storage/japan_time.h"

#include <QTimeZone>

namespace jpki::storage {

namespace {

const QTimeZone& japanZone() {
    // Without the zone database Japan's offset is still +09:00: it has kept no summer time
    // since 1951, long before any record this program holds.
    static const QTimeZone zone = [] {
        QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        return tokyo.isValid() ? tokyo : QTimeZone(9 * 3600);
    }();
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
    const QDate date = QDateTime::fromMSecsSinceEpoch(toUnixMilliseconds(at), japanZone()).date();
    return domain::Date{std::chrono::year(date.year()),
                        std::chrono::month(static_cast<unsigned>(date.month())),
                        std::chrono::day(static_cast<unsigned>(date.day()))};
}

TimeRange japanDay(const domain::Date& day) {
    const QDate date(static_cast<int>(day.year()), static_cast<int>(unsigned(day.month())),
                     static_cast<int>(unsigned(day.day())));
    const QDateTime begin(date, QTime(0, 0), japanZone());
    const QDateTime end(date.addDays(1), QTime(0, 0), japanZone());
    return {fromQDateTime(begin), fromQDateTime(end)};
}

QDateTime japanDateTime(Timestamp at) {
    return QDateTime::fromMSecsSinceEpoch(toUnixMilliseconds(at), japanZone());
}

QString japanIsoTime(Timestamp at) {
    return japanDateTime(at).toString(Qt::ISODateWithMs);
}

} // namespace jpki::storage
