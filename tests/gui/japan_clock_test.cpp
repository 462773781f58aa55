// The times the window shows come from the store's one Japan clock, which needs no time-zone
// database: on a PC without tzdata (a minimal install), today's cases still show their times.
// The test hides the zone database in a private mount namespace, so it needs root; under CI it
// must run.

#include "gui/case_presentation.h"
#include "storage/japan_time.h"

#include <QTimeZone>
#include <cstdlib>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>

namespace jpki::gui {
namespace {

bool underCi() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string(ci) == "true";
}

// A private mount namespace with empty folders over the zone database (single-threaded: before
// any Qt object exists). Returns why not, or nothing.
std::string hideTheZoneDatabase() {
    if (::unshare(CLONE_NEWNS) != 0) {
        return "no private mount namespace (needs root)";
    }
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return "mounts cannot be made private";
    }
    for (const char* folder : {"/usr/share/zoneinfo", "/usr/lib/zoneinfo"}) {
        if (::access(folder, F_OK) == 0 && ::mount("none", folder, "tmpfs", 0, "size=64k") != 0) {
            return std::string("cannot hide ") + folder;
        }
    }
    return {};
}

TEST(JapanClock, TodaysCasesShowTheirTimesWithoutAZoneDatabase) {
    const std::string problem = hideTheZoneDatabase();
    if (!problem.empty()) {
        if (underCi()) {
            FAIL() << problem;
        }
        GTEST_SKIP() << problem;
    }
    ASSERT_FALSE(QTimeZone(QByteArrayLiteral("Asia/Tokyo")).isValid()); // really hidden

    storage::CaseSummary summary;
    summary.reference = QStringLiteral("R2026-000001");
    // 2026-04-01 00:05 UTC is 09:05 in Japan.
    summary.openedAt = storage::fromUnixMilliseconds(std::int64_t{1775001600000} + 5 * 60 * 1000);
    summary.updatedAt = summary.openedAt;
    EXPECT_EQ(caseLine(summary).time, QStringLiteral("9:05"));
    EXPECT_EQ(storage::japanIsoTime(summary.openedAt),
              QStringLiteral("2026-04-01T09:05:00.000+09:00"));
}

} // namespace
} // namespace jpki::gui
