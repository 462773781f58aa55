#pragma once

// Synthetic case history for demonstrations, training and benchmarks (jpki-counter-cli db
// generate): cases made by driving the engine's own commands, day by day, with a mix of
// procedures, paths and outcomes drawn from a seed. Every card step works on a virtual card of
// one of the simulator's profiles, issued by the given authority, in process: nothing is ever
// written around the engine.

#include "domain/date.h"
#include "domain/municipality_profile.h"
#include "issuer/local_authority.h"
#include "storage/case_store.h"
#include "workflow/workflow_error.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <map>

namespace jpki::workflow {

struct HistoryOptions {
    domain::Date start{};   // the first day; closed days are skipped (R-CAL-CLOSED)
    int days = 1;           // business days
    int casesPerDay = 10;   // new cases opened each day
    std::uint64_t seed = 1; // the same seed gives the same mix
    domain::MunicipalityProfile profile = domain::minoCityProfile();
    QString counter = QStringLiteral("1");
};

struct HistoryReport {
    int cases = 0;
    int secondVisits = 0;          // voluntary proxies' returns
    std::map<QString, int> byStep; // final and open steps ("completed", "awaiting-reply", …)
    std::int64_t events = 0;
};

// Reports each case as it is done: the day and the number made so far.
using HistoryProgress = std::function<void(const domain::Date& day, int casesSoFar)>;

// Uses the store's active staff, or makes three synthetic clerks (who cannot sign in) when
// there are none. Stops at the first error the engine did not expect.
Outcome<HistoryReport> generateHistory(storage::CaseStore& store, issuer::LocalAuthority& authority,
                                       const HistoryOptions& options,
                                       const HistoryProgress& progress = {});

} // namespace jpki::workflow
