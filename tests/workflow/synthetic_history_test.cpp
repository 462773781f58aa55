// Synthetic history is made by the engine's own commands: every case on the chain, a mix of
// procedures and endings, the same mix for the same seed.

#include "workflow/synthetic/synthetic_history.h"
#include "workflow_test_support.h"

#include <spdlog/spdlog.h>

namespace jpki::workflow::testing {
namespace {

struct Made {
    HistoryReport report;
    bool chainHolds = false;
    std::size_t storedEvents = 0;
};

Made makeHistory(int days, int perDay, std::uint64_t seed) {
    spdlog::set_level(spdlog::level::warn); // the virtual card's own log is not wanted here
    QTemporaryDir directory;
    auto store = storage::CaseStore::open(directory.filePath(QStringLiteral("cases.sqlite3")),
                                          storage::OpenOptions::creating());
    EXPECT_TRUE(store.ok());
    auto authority = issuer::LocalAuthority::create(
        std::filesystem::path(directory.path().toStdString()) / "authority", testDay(),
        {{}, pooledKey, {}, "test"});
    EXPECT_TRUE(authority.ok());
    HistoryOptions options;
    options.start = testDay();
    options.days = days;
    options.casesPerDay = perDay;
    options.seed = seed;
    auto report = generateHistory(*store, *authority, options);
    EXPECT_TRUE(holds(report));
    Made made;
    if (report) {
        made.report = *report;
    }
    auto chain = store->verifyChain();
    made.chainHolds = chain.ok() && chain->holds();
    return made;
}

TEST(SyntheticHistory, CasesMadeThroughTheEngine) {
    const Made made = makeHistory(3, 6, 7);
    EXPECT_EQ(made.report.cases, 18);
    EXPECT_TRUE(made.chainHolds);
    EXPECT_GT(made.report.events, 18 * 5);
    int counted = 0;
    for (const auto& [step, cases] : made.report.byStep) {
        EXPECT_TRUE(parseStep(step.toStdString()).has_value()) << step.toStdString();
        counted += cases;
    }
    EXPECT_EQ(counted, 18);
    EXPECT_GT(made.report.byStep.at(QStringLiteral("completed")), 6);
}

TEST(SyntheticHistory, SameSeedSameMix) {
    const Made first = makeHistory(1, 5, 42);
    const Made second = makeHistory(1, 5, 42);
    EXPECT_EQ(first.report.byStep, second.report.byStep);
    EXPECT_EQ(first.report.events, second.report.events);
}

} // namespace
} // namespace jpki::workflow::testing
