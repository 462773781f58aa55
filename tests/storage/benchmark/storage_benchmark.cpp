// Measures the case store at scale on a generated history (tests/storage/support): how long the
// history takes to write, the day query (plain, per counter, per clerk) with its query plan, and
// the audit walk against OpenSSL's SHA-256 alone over the same bytes.
//
//   storage_benchmark --db FILE [--days 20] [--cases-per-day 500] [--events-per-case 10] [--reuse]

#include "storage/audit_chain.h"
#include "support/store_fixture.h"
#include "support/synthetic_history.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace jpki;
using namespace jpki::storage;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Options {
    QString path;
    int days = 20;
    int casesPerDay = 500;
    int eventsPerCase = 10;
    bool reuse = false;
};

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const auto next = [&]() {
            return i + 1 < argc ? std::atoi(argv[++i]) : 0;
        };
        if (argument == "--db" && i + 1 < argc) {
            options.path = QString::fromLocal8Bit(argv[++i]);
        } else if (argument == "--days") {
            options.days = next();
        } else if (argument == "--cases-per-day") {
            options.casesPerDay = next();
        } else if (argument == "--events-per-case") {
            options.eventsPerCase = next();
        } else if (argument == "--reuse") {
            options.reuse = true;
        }
    }
    return options;
}

std::vector<domain::Date> weekdays(domain::Date day, int count) {
    std::vector<domain::Date> days;
    while (static_cast<int>(days.size()) < count) {
        if (domain::isoWeekday(day) <= 5) {
            days.push_back(day);
        }
        day = domain::addDays(day, 1);
    }
    return days;
}

// OpenSSL alone: the rows' encodings, read in slices into one contiguous buffer, hashed from
// memory; only the hashing is timed. The reading (step, read the columns, encode) is timed on its
// own: together they are what a one-thread walk would cost.
void hashOnlyBaseline(const QString& path, double verifyMilliseconds) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* walk = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT seq, case_id, staff_id, at, event_type, payload, prev_hash FROM"
                       " case_events ORDER BY seq",
                       -1, &walk, nullptr);
    EventHasher hasher;
    std::string slice;
    std::vector<std::size_t> ends;
    double hashing = 0;
    double reading = 0;
    std::int64_t bytes = 0;
    std::int64_t rows = 0;
    bool more = true;
    while (more) {
        slice.clear();
        ends.clear();
        const auto readStart = Clock::now();
        while (ends.size() < 200000) {
            if (sqlite3_step(walk) != SQLITE_ROW) {
                more = false;
                break;
            }
            ChainRow row;
            row.sequence = sqlite3_column_int64(walk, 0);
            if (sqlite3_column_type(walk, 1) != SQLITE_NULL) {
                row.caseId = sqlite3_column_int64(walk, 1);
            }
            if (sqlite3_column_type(walk, 2) != SQLITE_NULL) {
                row.staffId = sqlite3_column_int64(walk, 2);
            }
            row.atMilliseconds = sqlite3_column_int64(walk, 3);
            row.type = {reinterpret_cast<const char*>(sqlite3_column_text(walk, 4)),
                        std::size_t(sqlite3_column_bytes(walk, 4))};
            row.payload = {reinterpret_cast<const char*>(sqlite3_column_text(walk, 5)),
                           std::size_t(sqlite3_column_bytes(walk, 5))};
            Digest previous{};
            std::memcpy(previous.data(), sqlite3_column_blob(walk, 6), previous.size());
            encodeChainRow(previous, row, slice);
            ends.push_back(slice.size());
        }
        reading += millisecondsSince(readStart);
        const auto hashStart = Clock::now();
        std::size_t begin = 0;
        for (const std::size_t end : ends) {
            if (!hasher.sha256(std::string_view(slice.data() + begin, end - begin))) {
                std::fprintf(stderr, "hashing failed\n");
                return;
            }
            begin = end;
        }
        hashing += millisecondsSince(hashStart);
        bytes += static_cast<std::int64_t>(slice.size());
        rows += static_cast<std::int64_t>(ends.size());
    }
    sqlite3_finalize(walk);
    sqlite3_close(db);
    std::printf("SHA-256 alone over the same bytes: %lld rows, %.1f MB in %.0f ms "
                "(%.2f M rows/s, %.0f MB/s)\n",
                static_cast<long long>(rows), double(bytes) / 1e6, hashing,
                double(rows) / hashing / 1e3, double(bytes) / hashing / 1e3);
    std::printf("SQLite reading and encoding alone: %.0f ms\n", reading);
    std::printf("audit verify / SHA-256 alone: %.2f; / (reading + SHA-256): %.2f\n",
                verifyMilliseconds / hashing, verifyMilliseconds / (reading + hashing));
}

void dayQueries(CaseStore& store, const std::vector<domain::Date>& days, StaffId clerk) {
    std::vector<double> plain;
    std::vector<double> perCounter;
    std::vector<double> perClerk;
    std::size_t rows = 0;
    const std::size_t step = std::max<std::size_t>(1, days.size() / 25);
    for (std::size_t i = 0; i < days.size(); i += step) {
        for (int repeat = 0; repeat < 3; ++repeat) {
            auto start = Clock::now();
            rows = testing::valueOrThrow(store.casesOfDay({days[i], {}, {}})).size();
            plain.push_back(millisecondsSince(start));
            start = Clock::now();
            testing::valueOrThrow(store.casesOfDay({days[i], QStringLiteral("2"), {}}));
            perCounter.push_back(millisecondsSince(start));
            start = Clock::now();
            testing::valueOrThrow(store.casesOfDay({days[i], {}, clerk}));
            perClerk.push_back(millisecondsSince(start));
        }
    }
    const auto report = [](const char* what, std::vector<double> times) {
        std::sort(times.begin(), times.end());
        std::printf("day query %-12s median %.2f ms, max %.2f ms (%zu runs)\n", what,
                    times[times.size() / 2], times.back(), times.size());
    };
    std::printf("day query returns %zu cases a day\n", rows);
    report("(all)", plain);
    report("(counter)", perCounter);
    report("(clerk)", perClerk);
    const QStringList plan = testing::valueOrThrow(store.explainDayQuery({days.front(), {}, {}}));
    std::printf("query plan:\n  %s\n", plan.join(QStringLiteral("\n  ")).toUtf8().constData());
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    if (options.path.isEmpty() || options.days < 1 || options.casesPerDay < 1 ||
        options.eventsPerCase < 2) {
        std::fprintf(stderr, "usage: storage_benchmark --db FILE [--days N] [--cases-per-day M]"
                             " [--events-per-case K] [--reuse]\n");
        return 2;
    }
    const domain::Date firstDay = testing::date(2023, 1, 2);
    if (!options.reuse) {
        QFile::remove(options.path);
        auto store = testing::valueOrThrow(CaseStore::open(options.path, OpenOptions::creating()));
        const auto start = Clock::now();
        const auto history = testing::valueOrThrow(testing::fillSyntheticHistory(
            store, {firstDay, options.days, options.casesPerDay, options.eventsPerCase, 4, 12, 1}));
        const double took = millisecondsSince(start);
        std::printf("generated %lld cases, %lld events in %.1f s (%.0f events/s)\n",
                    static_cast<long long>(history.cases), static_cast<long long>(history.events),
                    took / 1000, double(history.events) / took * 1000);
    }
    auto store = testing::valueOrThrow(CaseStore::open(options.path, OpenOptions::creating()));
    std::printf("database: %.1f MB\n", double(QFileInfo(options.path).size()) / 1e6);
    dayQueries(store, weekdays(firstDay, options.days), StaffId{3});

    std::optional<ChainVerification> chain;
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        chain = testing::valueOrThrow(store.verifyChain());
        times.push_back(millisecondsSince(start));
    }
    const double best = *std::min_element(times.begin(), times.end());
    std::printf("audit verify: %s, %lld events; runs %.0f / %.0f / %.0f ms; best %.2f M "
                "events/s\n",
                chain->holds() ? "holds" : "BROKEN", static_cast<long long>(chain->eventsChecked),
                times[0], times[1], times[2], double(chain->eventsChecked) / best / 1e3);
    hashOnlyBaseline(options.path, best);
    return chain->holds() ? 0 : 1;
}
