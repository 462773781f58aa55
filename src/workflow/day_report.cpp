// R-REP-*: the content of the daily and range reports, gathered from the store.

#include "workflow/day_report.h"

#include <algorithm>

namespace jpki::workflow {

namespace {

storage::Result<ReportedSignOff> reported(storage::CaseStore& store,
                                          const storage::DailySignOff& signOff) {
    ReportedSignOff entry{signOff, {}, {}};
    auto supervisor = store.findStaff(signOff.supervisor);
    if (!supervisor) {
        return supervisor.error();
    }
    entry.supervisor = {supervisor->id, supervisor->login, supervisor->displayName};
    for (const storage::Acknowledgement& acknowledgement : signOff.acknowledgements) {
        auto record = store.findCase(acknowledgement.caseId);
        if (!record) {
            return record.error();
        }
        entry.acknowledgedReferences.push_back(record->summary.reference);
    }
    return entry;
}

} // namespace

storage::Result<DailyReport> gatherDailyReport(storage::CaseStore& store,
                                               const storage::DayQuery& query,
                                               const domain::Date& today, storage::Timestamp now,
                                               FlagSettings settings) {
    DailyReport report;
    report.query = query;
    report.madeAt = now;
    auto chain = store.verifyChainFromDay(query.day);
    if (!chain) {
        return chain.error();
    }
    report.chain = *chain;
    if (auto broken = chainFlag(report.chain)) {
        report.flags.push_back(std::move(*broken));
    }
    settings.checkChain = false; // walked once above
    auto flags = computeFlags(store, query, today, settings);
    if (!flags) {
        return flags.error();
    }
    std::move(flags->begin(), flags->end(), std::back_inserter(report.flags));
    auto cases = store.casesOfDay(query);
    if (!cases) {
        return cases.error();
    }
    report.cases = std::move(*cases);
    std::vector<storage::CaseSummary> opened;
    std::copy_if(report.cases.begin(), report.cases.end(), std::back_inserter(opened),
                 [&](const storage::CaseSummary& summary) {
                     return summary.openedOn == query.day &&
                            (!query.clerk || summary.openedBy.id == *query.clerk);
                 });
    report.figures = figuresOf(opened, query.day, query.day);
    auto signOffs = store.signOffsOfDay(query.day);
    if (!signOffs) {
        return signOffs.error();
    }
    for (const storage::DailySignOff& signOff : *signOffs) {
        if (query.counter && signOff.counter != *query.counter) {
            continue;
        }
        auto entry = reported(store, signOff);
        if (!entry) {
            return entry.error();
        }
        report.signOffs.push_back(std::move(*entry));
    }
    return report;
}

storage::Result<RangeReport> gatherRangeReport(storage::CaseStore& store, const domain::Date& from,
                                               const domain::Date& to,
                                               const std::optional<QString>& counter,
                                               const domain::Date& today, storage::Timestamp now,
                                               FlagSettings settings) {
    RangeReport report;
    report.from = from;
    report.to = to;
    report.counter = counter;
    report.madeAt = now;
    auto figures = computeFigures(store, from, to, counter);
    if (!figures) {
        return figures.error();
    }
    report.figures = std::move(*figures);
    // From the range's first day: every day of it and everything after.
    auto chain = store.verifyChainFromDay(from);
    if (!chain) {
        return chain.error();
    }
    report.chain = *chain;
    settings.checkChain = false;
    for (int offset = 0; offset <= domain::daysBetween(from, to); ++offset) {
        ReportedDay reportedDay;
        reportedDay.day = domain::addDays(from, offset);
        const storage::DayQuery query{reportedDay.day, counter, std::nullopt};
        auto cases = store.casesOfDay(query);
        if (!cases) {
            return cases.error();
        }
        reportedDay.cases = static_cast<int>(cases->size());
        auto flags = computeFlags(store, query, today, settings);
        if (!flags) {
            return flags.error();
        }
        reportedDay.flags = static_cast<int>(flags->size());
        auto signOffs = store.signOffsOfDay(reportedDay.day);
        if (!signOffs) {
            return signOffs.error();
        }
        for (const storage::DailySignOff& signOff : *signOffs) {
            if (!counter || signOff.counter == *counter) {
                reportedDay.signedCounters.push_back(signOff.counter);
            }
        }
        report.days.push_back(std::move(reportedDay));
    }
    return report;
}

} // namespace jpki::workflow
