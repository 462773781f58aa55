#pragma once

// What the widget tests share: a clock standing still on a Japan day, and a clerk account
// created in a case store directly.

#include "gui/case_worker.h"
#include "platform/clock.h"
#include "storage/case_store.h"

#include <QDate>
#include <QDateTime>
#include <memory>
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

// A case worker on the SQLite file `databasePath`, its authority in `authorityDirectory`,
// started; the test fails when it has not opened them within `waitMs`.
std::unique_ptr<gui::CaseWorker> startedCaseWorker(const platform::Clock& clock,
                                                   const QString& databasePath,
                                                   const QString& authorityDirectory,
                                                   int waitMs = 20'000);

} // namespace jpki::test
