#pragma once

// What the widget tests share: a clock standing still on a Japan day, and a clerk account
// created in a case store directly.

#include "platform/clock.h"
#include "storage/case_store.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace jpki::test {

// A counter clock standing still at noon, Japan time, on the given day.
class FixedClock final : public platform::Clock {
public:
    explicit FixedClock(QDate japanDay)
        : m_instant(QDateTime(japanDay, QTime(3, 0), Qt::UTC)) {}
    QDateTime nowUtc() const override { return m_instant; }

private:
    QDateTime m_instant;
};

// A clerk named 窓口 花子 (login "clerk"), or nothing when the store refused.
std::optional<storage::StaffId> createClerk(storage::CaseStore& store);

} // namespace jpki::test
