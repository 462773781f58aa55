// R-FIG-*: the counts and handling times of a day or a range of days.

#include "workflow/day_figures.h"

#include "workflow/payload_codec.h"
#include "workflow/step.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace jpki::workflow {

namespace {

constexpr int kLongestRange = 366;

// The order the results are listed in: completed first, open last.
int resultRank(const QString& result) {
    static const std::array order{Step::Completed, Step::Refused, Step::Cancelled,
                                  Step::ApplicantLeft};
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (result == payload::text(stepId(order[i]))) {
            return static_cast<int>(i);
        }
    }
    return static_cast<int>(order.size());
}

int japanHour(storage::Timestamp at) {
    using namespace std::chrono;
    const auto japan = at + domain::japanUtcOffset;
    return static_cast<int>(duration_cast<hours>(japan - floor<days>(japan)).count());
}

} // namespace

QString caseResultId(const storage::CaseSummary& summary) {
    const std::optional<Step> step = parseStep(summary.state.toStdString());
    if (step && isFinal(*step)) {
        return summary.state;
    }
    return QStringLiteral("open");
}

DayFigures figuresOf(const std::vector<storage::CaseSummary>& cases, const domain::Date& from,
                     const domain::Date& to) {
    DayFigures figures;
    figures.from = from;
    figures.to = to;
    std::map<std::tuple<int, int, int, QString>, int> results;
    std::map<QString, ClerkCount> clerks;
    std::vector<std::chrono::milliseconds> handling;
    const QString completed = payload::text(stepId(Step::Completed));
    for (const storage::CaseSummary& summary : cases) {
        ++figures.cases;
        const QString result = caseResultId(summary);
        ++results[{static_cast<int>(summary.procedure), static_cast<int>(summary.path),
                   resultRank(result), result}];
        ++figures.byHour[static_cast<std::size_t>(japanHour(summary.openedAt))];
        ClerkCount& clerk = clerks[summary.openedBy.login];
        clerk.clerk = summary.openedBy;
        ++clerk.cases;
        if (result != completed) {
            continue;
        }
        ++figures.completed;
        ++clerk.completed;
        if (summary.closedAt && storage::japanDate(*summary.closedAt) == summary.openedOn) {
            handling.push_back(*summary.handlingTime());
        } else {
            ++figures.completedOverSeveralDays;
        }
    }
    for (const auto& [key, count] : results) {
        figures.byResult.push_back(ResultCount{static_cast<domain::Procedure>(std::get<0>(key)),
                                               static_cast<domain::RequestPath>(std::get<1>(key)),
                                               std::get<3>(key), count});
    }
    for (auto& [login, count] : clerks) {
        figures.byClerk.push_back(std::move(count));
    }
    if (!handling.empty()) {
        std::sort(handling.begin(), handling.end());
        const auto total =
            std::accumulate(handling.begin(), handling.end(), std::chrono::milliseconds{0});
        figures.averageHandling = total / static_cast<std::int64_t>(handling.size());
        const std::size_t middle = handling.size() / 2;
        figures.medianHandling = handling.size() % 2 == 1
                                     ? handling[middle]
                                     : (handling[middle - 1] + handling[middle]) / 2;
    }
    return figures;
}

storage::Result<DayFigures> computeFigures(storage::CaseStore& store, const domain::Date& from,
                                           const domain::Date& to,
                                           const std::optional<QString>& counter,
                                           const std::optional<storage::StaffId>& clerk) {
    const int length = domain::daysBetween(from, to);
    if (length < 0 || length >= kLongestRange) {
        return storage::StorageError(storage::StorageErrorCode::InvalidArgument,
                                     "a range of figures runs forward, 366 days at most");
    }
    std::vector<storage::CaseSummary> opened;
    for (int offset = 0; offset <= length; ++offset) {
        const domain::Date day = domain::addDays(from, offset);
        auto cases = store.casesOfDay(storage::DayQuery{day, counter, clerk});
        if (!cases) {
            return cases.error();
        }
        // The day's list also holds cases opened before, or by another clerk, and worked on that
        // day: each case counts once, on its opening day, for the clerk who opened it.
        std::copy_if(cases->begin(), cases->end(), std::back_inserter(opened),
                     [&](const storage::CaseSummary& summary) {
                         return summary.openedOn == day &&
                                (!clerk || summary.openedBy.id == *clerk);
                     });
    }
    return figuresOf(opened, from, to);
}

} // namespace jpki::workflow
