#include "gui_test_support.h"

#include "storage/password_hash.h"

namespace jpki::test {

std::optional<storage::StaffId> createClerk(storage::CaseStore& store) {
    // Cheap scrypt parameters: the password is never used by these tests.
    auto hash = storage::hashPassword("unused", storage::ScryptParameters{10, 8, 1});
    if (!hash) {
        return std::nullopt;
    }
    auto staff = store.write([&](storage::CaseWriter& writer) {
        return writer.createStaff({QStringLiteral("clerk"), QStringLiteral("窓口 花子"),
                                   storage::StaffRole::Clerk, *hash},
                                  std::nullopt,
                                  storage::fromQDateTime(QDateTime::currentDateTimeUtc()));
    });
    if (!staff) {
        return std::nullopt;
    }
    return staff->id;
}

} // namespace jpki::test
