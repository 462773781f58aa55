// Two counter processes on one PC writing into one SQLite case database at the same moment:
// the chain stays whole, no event is lost, duplicated or given a sequence number twice, and
// every case keeps its own reference.

#include "support/store_fixture.h"

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

namespace jpki::storage {
namespace {

using namespace storage::testing;

constexpr int kWriters = 2;
constexpr int kCasesPerWriter = 60;

TEST(ConcurrentWriters, TwoProcessesOnOneFileKeepTheChainWhole) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    StaffId clerk{};
    {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        clerk = addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk,
                         std::chrono::time_point_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now()))
                    .id;
    }
    const QString startFile = folder.file(QStringLiteral("start"));
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int writer = 0; writer < kWriters; ++writer) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(JPKI_CONCURRENT_WRITER_PATH),
                       {path, QStringLiteral("writer-%1").arg(writer),
                        QString::number(static_cast<std::int64_t>(clerk)),
                        QString::number(kCasesPerWriter), startFile});
        ASSERT_TRUE(process->waitForStarted(10000));
        writers.push_back(std::move(process));
    }
    QFile(startFile).open(QIODevice::WriteOnly); // every writer goes now
    for (auto& process : writers) {
        ASSERT_TRUE(process->waitForFinished(240000));
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0);
    }

    auto store = valueOrThrow(CaseStore::open(path));
    const ChainVerification chain = valueOrThrow(store.verifyChain());
    EXPECT_TRUE(chain.holds());
    EXPECT_TRUE(valueOrThrow(store.checkIntegrity()).ok());

    constexpr int kCases = kWriters * kCasesPerWriter;
    // Sequences 1..N with no gap and none twice: the staff account's event, then two per case.
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM case_events"), 1 + 2 * kCases);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(DISTINCT seq) FROM case_events"), 1 + 2 * kCases);
    EXPECT_EQ(rawQueryInt(path, "SELECT min(seq) FROM case_events"), 1);
    EXPECT_EQ(rawQueryInt(path, "SELECT max(seq) FROM case_events"), 1 + 2 * kCases);
    // Each row links to the one before it (the walk checks the hashes too).
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM case_events e JOIN case_events p"
                                " ON p.seq = e.seq - 1 WHERE e.prev_hash <> p.hash"),
              0);
    // Every writer's every step is there once, after its own case's opening.
    EXPECT_EQ(rawQueryInt(path, "SELECT count(DISTINCT json_extract(payload, '$.writer') || ':' ||"
                                " json_extract(payload, '$.index')) FROM case_events"
                                " WHERE event_type = 'test-step'"),
              kCases);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM case_events s JOIN case_events o"
                                " ON o.case_id = s.case_id AND o.event_type = 'case-opened'"
                                " WHERE s.event_type = 'test-step' AND o.seq < s.seq"
                                " AND json_extract(s.payload, '$.writer') = "
                                "(SELECT counter FROM cases WHERE id = s.case_id)"),
              kCases);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(DISTINCT reference) FROM cases"), kCases);
    // Time never runs backwards along the chain, whichever process wrote the row.
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM case_events e JOIN case_events p"
                                " ON p.seq = e.seq - 1 WHERE e.at < p.at"),
              0);
    // Both really wrote between each other's writes, or the test proved nothing.
    EXPECT_GT(rawQueryInt(path,
                          "SELECT count(*) FROM case_events e JOIN case_events p"
                          " ON p.seq = e.seq - 1 JOIN cases ce ON ce.id = e.case_id"
                          " JOIN cases cp ON cp.id = p.case_id WHERE ce.counter <> cp.counter"),
              2);
}

} // namespace
} // namespace jpki::storage
