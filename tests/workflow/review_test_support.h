#pragma once

// Helpers for the access and review tests on the engine's bench: supervisors and sessions in the
// bench's store, instants of the test day in Japan time, and the audit events of a type.

#include "storage/event_types.h"
#include "storage/password_hash.h"
#include "workflow/session.h"
#include "workflow_test_support.h"

#include <algorithm>
#include <vector>

namespace jpki::workflow::testing {

// scrypt's lowest accepted cost: these tests hash many passwords.
inline constexpr storage::ScryptParameters kCheapScrypt{10, 8, 1};

// `hour`:`minute` in Japan on `day`, as the clock's UTC instant.
inline QDateTime japanTime(const domain::Date& day, int hour, int minute = 0) {
    const QDateTime asIfUtc(
        QDate(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day()))),
        QTime(hour, minute), Qt::UTC);
    return asIfUtc.addSecs(-9 * 3600); // Japan is UTC+9 all year
}

inline Session addStaff(storage::CaseStore& store, const QString& login, storage::StaffRole role,
                        std::string_view password = "correct horse battery") {
    auto hash = storage::hashPassword(password, kCheapScrypt);
    EXPECT_TRUE(hash.ok());
    const storage::NewStaff staff{login, login, role, *hash};
    auto created = store.write([&](storage::CaseWriter& writer) {
        // The counter's own accounts are made at 10:00, and the store never records a time
        // before the last one: so is this one.
        return writer.createStaff(staff, std::nullopt,
                                  storage::fromQDateTime(japanTime(testDay(), 10)));
    });
    EXPECT_TRUE(created.ok());
    return Session{created->id, login, login, role};
}

inline Session clerkSession(const Counter& counter) {
    return Session{counter.clerk(), QStringLiteral("clerk-a"), QStringLiteral("clerk-a"),
                   storage::StaffRole::Clerk};
}

// Every stored event of `type`, on any day, in chain order.
inline std::vector<storage::CaseEvent>
eventsOfType(storage::CaseStore& store, const domain::Date& day, std::string_view type) {
    auto events = store.eventsOfDay(day);
    EXPECT_TRUE(events.ok());
    std::vector<storage::CaseEvent> found;
    if (events) {
        std::copy_if(events->begin(), events->end(), std::back_inserter(found),
                     [&](const storage::CaseEvent& event) {
                         return event.type == QLatin1String(type.data(), qsizetype(type.size()));
                     });
    }
    return found;
}

} // namespace jpki::workflow::testing
