#include "gui_test_support.h"

#include "storage/password_hash.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace jpki::test {

std::optional<storage::StaffId> createClerk(storage::CaseStore& store) {
    // Cheap scrypt parameters: the password is never used by these tests.
    auto hash = storage::hashPassword("unused", storage::ScryptParameters{10, 8, 1});
    if (!hash) {
        return std::nullopt;
    }
    auto staff = store.write([&](storage::CaseWriter& writer) {
        return writer.createStaff(
            {QStringLiteral("clerk"), QStringLiteral("窓口 花子"), storage::StaffRole::Clerk,
             *hash},
            // Before any test's fixed clock: the store never records a
            // time before the last one.
            std::nullopt,
            storage::fromQDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
    });
    if (!staff) {
        return std::nullopt;
    }
    return staff->id;
}

std::unique_ptr<gui::CaseWorker> startedCaseWorker(const platform::Clock& clock,
                                                   const QString& databasePath,
                                                   const QString& authorityDirectory, int waitMs) {
    gui::CaseWorkerSettings settings;
    settings.databasePath = databasePath;
    settings.authorityDirectory = authorityDirectory.toStdString();
    auto worker = std::make_unique<gui::CaseWorker>(clock, settings);
    QSignalSpy opened(worker.get(), &gui::CaseWorker::opened);
    worker->start();
    EXPECT_TRUE(opened.wait(waitMs));
    return worker;
}

} // namespace jpki::test
