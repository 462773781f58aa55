#pragma once

// A test and benchmark fixture, not the product's `db generate` (which drives the case engine):
// fills a case database quickly with plausible history through the store's own writer, one
// transaction per day, so that the queries and the audit walk can be measured at scale and the
// chain is real. Cases open on weekdays between 9:00 and 17:00 Japan time, their events follow
// minutes apart, interleaved across counters as at a real counter; most complete, some are
// refused or cancelled, a few stay open.

#include "storage/case_store.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace jpki::storage::testing {

struct SyntheticHistoryOptions {
    domain::Date firstDay;
    int days = 1; // weekdays with cases; Saturdays and Sundays are skipped
    int casesPerDay = 10;
    int eventsPerCase = 10; // including case-opened; at least 2
    int counters = 3;
    int clerks = 6;
    std::uint32_t seed = 1;
    // Called after each day's cases, to add what a test needs on that day: the store never
    // records a time before the last one, so a later day's history cannot be followed by more of
    // an earlier day.
    std::function<Result<void>(CaseStore&, const domain::Date&)> afterEachDay;
};

struct SyntheticHistory {
    std::vector<StaffId> clerks;
    std::vector<domain::Date> days;
    std::int64_t cases = 0;
    std::int64_t events = 0; // all events, staff-created included
};

Result<SyntheticHistory> fillSyntheticHistory(CaseStore& store,
                                              const SyntheticHistoryOptions& options);

} // namespace jpki::storage::testing
