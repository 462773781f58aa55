// Not a test: one of several processes writing cases into one SQLite case database at once
// (ConcurrentWriters in concurrent_writers_test.cpp starts them).
//
//   concurrent_case_writer DATABASE WRITER CLERK-ID CASES START-FILE
//
// Waits until START-FILE exists (so that every writer starts together), then opens CASES cases
// at counter WRITER, each with one step whose payload names the writer and the case's index:
// the even ones in one transaction with their case-opened event, the odd ones in a second
// transaction after it, with a pause of up to 4 ms between cases (a counter's clerk does not
// write without a break; without one SQLite's busy wait lets one writer keep the lock and the
// other only gets in at the end). Exits 0 when every write was committed, 2 on the first failure.

#include "storage/case_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <chrono>
#include <iostream>
#include <random>
#include <thread>

using namespace jpki::storage;

namespace {

Timestamp now() {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

NewCase caseAt(const QString& writer, StaffId clerk) {
    NewCase newCase;
    newCase.procedure = jpki::domain::Procedure::Renewal;
    newCase.path = jpki::domain::RequestPath::Self;
    newCase.counter = writer;
    newCase.openedBy = clerk;
    newCase.at = now();
    newCase.initialState = QStringLiteral("reception");
    return newCase;
}

Result<AppendedEvent> appendStep(CaseWriter& writer, CaseId caseId, const QString& name, int index,
                                 StaffId clerk) {
    const QJsonObject payload{{QStringLiteral("writer"), name}, {QStringLiteral("index"), index}};
    return writer.appendCaseEvent(caseId, {QStringLiteral("test-step"), payload, clerk, now()},
                                  {QStringLiteral("documents"), std::nullopt, false});
}

int fail(const StorageError& error) {
    std::cerr << "concurrent_case_writer: " << describe(error) << "\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    if (argc != 6) {
        std::cerr << "usage: concurrent_case_writer DATABASE WRITER CLERK-ID CASES START-FILE\n";
        return 2;
    }
    const QString database = QString::fromLocal8Bit(argv[1]);
    const QString name = QString::fromLocal8Bit(argv[2]);
    const StaffId clerk{static_cast<std::int64_t>(std::stoll(argv[3]))};
    const int cases = std::stoi(argv[4]);
    const QString startFile = QString::fromLocal8Bit(argv[5]);

    auto store = CaseStore::open(database);
    if (!store) {
        return fail(store.error());
    }
    while (!QFileInfo::exists(startFile)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    std::mt19937 random(static_cast<unsigned>(QCoreApplication::applicationPid()));
    std::uniform_int_distribution<int> pause(0, 4000);
    for (int index = 0; index < cases; ++index) {
        std::this_thread::sleep_for(std::chrono::microseconds(pause(random)));
        if (index % 2 == 0) {
            auto written = store->write([&](CaseWriter& writer) -> Result<AppendedEvent> {
                auto opened = writer.openCase(caseAt(name, clerk));
                if (!opened) {
                    return opened.error();
                }
                return appendStep(writer, opened->id, name, index, clerk);
            });
            if (!written) {
                return fail(written.error());
            }
            continue;
        }
        auto opened =
            store->write([&](CaseWriter& writer) { return writer.openCase(caseAt(name, clerk)); });
        if (!opened) {
            return fail(opened.error());
        }
        auto stepped = store->write(
            [&](CaseWriter& writer) { return appendStep(writer, opened->id, name, index, clerk); });
        if (!stepped) {
            return fail(stepped.error());
        }
    }
    return 0;
}
