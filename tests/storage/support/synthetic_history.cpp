#include "synthetic_history.h"

#include "store_fixture.h"

#include <algorithm>
#include <random>

namespace jpki::storage::testing {

namespace {

struct PlannedStep {
    Timestamp at;
    int caseIndex = 0;
    int step = 0; // 0 opens the case
};

const QString kStepTypes[] = {
    QStringLiteral("identity-checked"), QStringLiteral("documents-checked"),
    QStringLiteral("card-checked"),     QStringLiteral("pin-entered"),
    QStringLiteral("card-operation"),   QStringLiteral("certificate-verified"),
};

struct DayCase {
    CaseId id{};
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    QString counter;
    StaffId clerk{};
    QString outcome; // empty: left open
};

Result<void> fillDay(CaseWriter& writer, const SyntheticHistoryOptions& options,
                     const std::vector<StaffId>& clerks, const domain::Date& day,
                     std::mt19937& random, std::int64_t& events) {
    std::uniform_int_distribution<int> startMinute(0, 8 * 60 - 1);
    std::uniform_int_distribution<int> stepMinutes(1, 6);
    std::uniform_int_distribution<int> percent(0, 99);
    std::vector<DayCase> cases(static_cast<std::size_t>(options.casesPerDay));
    std::vector<PlannedStep> plan;
    plan.reserve(cases.size() * static_cast<std::size_t>(options.eventsPerCase));
    const Timestamp opening = japanDay(day).begin + std::chrono::hours(9);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        DayCase& planned = cases[i];
        planned.procedure = domain::allProcedures[random() % domain::allProcedures.size()];
        planned.path = domain::allRequestPaths[random() % domain::allRequestPaths.size()];
        planned.counter = QString::number(1 + random() % unsigned(options.counters));
        planned.clerk = clerks[random() % clerks.size()];
        const int roll = percent(random);
        planned.outcome = roll < 2    ? QString()
                          : roll < 7  ? QStringLiteral("refused")
                          : roll < 10 ? QStringLiteral("cancelled")
                                      : QStringLiteral("completed");
        Timestamp at = opening + std::chrono::minutes(startMinute(random));
        for (int step = 0; step < options.eventsPerCase; ++step) {
            plan.push_back({at, static_cast<int>(i), step});
            at += std::chrono::minutes(stepMinutes(random)) + std::chrono::seconds(random() % 60);
        }
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedStep& a, const PlannedStep& b) { return a.at < b.at; });
    for (const PlannedStep& step : plan) {
        DayCase& planned = cases[static_cast<std::size_t>(step.caseIndex)];
        if (step.step == 0) {
            NewCase newCase{planned.procedure, planned.path, planned.counter,
                            planned.clerk,     step.at,      QStringLiteral("reception"),
                            std::nullopt};
            auto opened = writer.openCase(newCase);
            if (!opened) {
                return opened.error();
            }
            planned.id = opened->id;
            ++events;
            continue;
        }
        const bool last = step.step == options.eventsPerCase - 1;
        const bool closes = last && !planned.outcome.isEmpty();
        const QString& type = closes
                                  ? QStringLiteral("case-closed")
                                  : kStepTypes[std::size_t(step.step - 1) % std::size(kStepTypes)];
        NewEvent event{type, {{QStringLiteral("step"), step.step}}, planned.clerk, step.at};
        CaseProjection after{closes ? QStringLiteral("closed") : type,
                             closes ? std::optional<QString>(planned.outcome) : std::nullopt,
                             closes};
        auto appended = writer.appendCaseEvent(planned.id, event, after);
        if (!appended) {
            return appended.error();
        }
        ++events;
    }
    return {};
}

} // namespace

Result<SyntheticHistory> fillSyntheticHistory(CaseStore& store,
                                              const SyntheticHistoryOptions& options) {
    if (options.eventsPerCase < 2 || options.clerks < 1 || options.counters < 1) {
        return StorageError(StorageErrorCode::InvalidArgument, "synthetic history options");
    }
    SyntheticHistory history;
    std::mt19937 random(options.seed);
    const Timestamp created = japanDay(options.firstDay).begin + std::chrono::hours(8);
    auto password = hashPassword("synthetic", kCheapScrypt);
    if (!password) {
        return password.error();
    }
    auto staffWritten = store.write([&](CaseWriter& writer) -> Result<void> {
        for (int i = 0; i < options.clerks; ++i) {
            const QString login = QStringLiteral("clerk%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            auto staff = writer.createStaff(
                {login, QStringLiteral("窓口職員 %1").arg(i + 1), StaffRole::Clerk, *password},
                std::nullopt, created);
            if (!staff) {
                return staff.error();
            }
            history.clerks.push_back(staff->id);
            ++history.events;
        }
        return {};
    });
    if (!staffWritten) {
        return staffWritten.error();
    }
    domain::Date day = options.firstDay;
    while (static_cast<int>(history.days.size()) < options.days) {
        if (domain::isoWeekday(day) <= 5) {
            auto written = store.write([&](CaseWriter& writer) {
                return fillDay(writer, options, history.clerks, day, random, history.events);
            });
            if (!written) {
                return written.error();
            }
            history.days.push_back(day);
            history.cases += options.casesPerDay;
            if (options.afterEachDay) {
                auto added = options.afterEachDay(store, day);
                if (!added) {
                    return added.error();
                }
            }
        }
        day = domain::addDays(day, 1);
    }
    return history;
}

} // namespace jpki::storage::testing
