#pragma once

// Times in the store: instants are UTC milliseconds since the Unix epoch; days are Japan local
// dates (UTC+9, domain::japanDateOf), because the counter's day, the daily log and its sign-off
// follow the clock on the town hall's wall. A case opened at 23:30 UTC belongs to the next Japan
// day.

#include "domain/date.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <cstdint>

namespace jpki::storage {

using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

// [begin, end): a Japan calendar day as UTC instants.
struct TimeRange {
    Timestamp begin;
    Timestamp end;
};

std::int64_t toUnixMilliseconds(Timestamp at);
Timestamp fromUnixMilliseconds(std::int64_t milliseconds);
Timestamp fromQDateTime(const QDateTime& at);

// The Japan calendar day an instant falls on.
domain::Date japanDate(Timestamp at);

// The instants of a Japan calendar day.
TimeRange japanDay(const domain::Date& day);

// The instant on the Japan wall clock (+09:00): what every time shown to the counter is
// formatted from.
QDateTime japanDateTime(Timestamp at);

// ISO 8601 in Japan time with its offset: "2026-04-01T09:12:03.250+09:00".
QString japanIsoTime(Timestamp at);

} // namespace jpki::storage
