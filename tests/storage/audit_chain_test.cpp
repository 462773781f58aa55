// The audit hash chain (R-DATA-AUDIT): the encoding is pinned, the chain verifies, and each kind
// of tampering is named at its first row. The append-only triggers refuse changes in the
// database itself; the tampering tests drop them through a raw connection first.

#include "storage/audit_chain.h"
#include "storage/sqlite_connection.h"
#include "support/store_fixture.h"

#include <gtest/gtest.h>

namespace jpki::storage {
namespace {

using namespace testing;

const std::string kDropTriggers = "DROP TRIGGER case_events_no_update;"
                                  "DROP TRIGGER case_events_no_delete;";

class AuditChain : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.file(QStringLiteral("cases.sqlite3"));
        store.emplace(valueOrThrow(CaseStore::open(path, OpenOptions::creating())));
        clerk =
            addStaff(*store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0))
                .id;
    }

    // Events 1 (staff-created), 2 (case-opened) and then steps up to `total`.
    void appendEvents(int total) {
        const OpenedCase opened = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
        caseId = opened.id;
        for (int sequence = 3; sequence <= total; ++sequence) {
            appendStep(*store, caseId, clerk, japanTime(2026, 4, 1, 9, sequence),
                       QStringLiteral("step"), QStringLiteral("working"));
        }
    }

    ChainVerification verify() { return valueOrThrow(store->verifyChain()); }

    // The walk from `from` on, through its own read-only connection, in batches of `batch`.
    ChainVerification verifyFrom(std::int64_t from, std::size_t batch = 8192) {
        auto connection = valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadOnly,
                                                                std::chrono::milliseconds(1000)));
        return valueOrThrow(verifyChain(*connection, ChainWalkOptions{batch, from}));
    }

    StaffId signOffTheDay() {
        const StaffId supervisor = addStaff(*store, QStringLiteral("boss"), StaffRole::Supervisor,
                                            japanTime(2026, 4, 1, 17, 0))
                                       .id;
        valueOrThrow(store->write([&](CaseWriter& writer) {
            return writer.signOffDay({date(2026, 4, 1),
                                      QStringLiteral("1"),
                                      supervisor,
                                      japanTime(2026, 4, 1, 17, 30),
                                      std::nullopt,
                                      {}});
        }));
        return supervisor;
    }

    // A row whose own hash is right for the given previous hash, inserted with raw SQL.
    void insertForgedRow(std::int64_t sequence, const Digest& previous) {
        const std::string payload = R"({"forged":true})";
        EventHasher hasher;
        const Digest hash = valueOrThrow(hasher.hash(
            previous, {sequence, rawId(caseId), rawId(clerk),
                       toUnixMilliseconds(japanTime(2026, 4, 1, 12, 0)), "step", payload}));
        auto connection = valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadWrite,
                                                                std::chrono::milliseconds(1000)));
        auto insert = valueOrThrow(connection->prepare(
            "INSERT INTO case_events (seq, case_id, staff_id, at, event_type, payload, prev_hash,"
            " hash) VALUES (?1, ?2, ?3, ?4, 'step', ?5, ?6, ?7)"));
        insert.bind(1, sequence)
            .bind(2, rawId(caseId))
            .bind(3, rawId(clerk))
            .bind(4, toUnixMilliseconds(japanTime(2026, 4, 1, 12, 0)))
            .bind(5, std::string_view(payload))
            .bindBlob(6, previous)
            .bindBlob(7, hash);
        okOrThrow(insert.execute());
    }

    Digest storedHash(std::int64_t sequence) {
        const auto events = valueOrThrow(store->eventsOfDay(date(2026, 4, 1)));
        for (const CaseEvent& event : events) {
            if (event.sequence == sequence) {
                return event.hash;
            }
        }
        throw std::runtime_error("no such event");
    }

    TempFolder folder;
    QString path;
    std::optional<CaseStore> store;
    StaffId clerk{};
    CaseId caseId{};
};

TEST(AuditChainEncoding, MatchesThePublishedFormat) {
    // Computed independently (Python hashlib) from the layout in audit_chain.h.
    EventHasher hasher;
    const Digest first =
        valueOrThrow(hasher.hash(kGenesisHash, {1, 7, std::nullopt, 1775000000000, "case-opened",
                                                R"({"reference":"R2026-000001"})"}));
    EXPECT_EQ(hexDigest(first),
              QStringLiteral("09de90e0e1b089db3c98733e1d19cb9fbc7f3e996367810b13e32f5ce98b32ce"));
    const Digest second =
        valueOrThrow(hasher.hash(first, {2, std::nullopt, 3, 1775000000001, "sign-in", "{}"}));
    EXPECT_EQ(hexDigest(second),
              QStringLiteral("71ccc0fa0688798f7fb7589b05361259208b6a00aa332fbc250c6773fad143d0"));
}

TEST(AuditChainEncoding, IsUnambiguous) {
    EventHasher hasher;
    const auto hashOf = [&](const ChainRow& row) {
        return valueOrThrow(hasher.hash(kGenesisHash, row));
    };
    // Moving a byte between type and payload, or a missing id against id 0, changes the hash.
    EXPECT_NE(hashOf({1, 1, 1, 0, "ab", "c"}), hashOf({1, 1, 1, 0, "a", "bc"}));
    EXPECT_NE(hashOf({1, std::nullopt, 1, 0, "a", "b"}), hashOf({1, 0, 1, 0, "a", "b"}));
    EXPECT_NE(hashOf({1, 5, std::nullopt, 0, "a", "b"}), hashOf({1, std::nullopt, 5, 0, "a", "b"}));
}

TEST_F(AuditChain, EmptyChainHolds) {
    TempFolder other;
    auto empty = valueOrThrow(
        CaseStore::open(other.file(QStringLiteral("empty.sqlite3")), OpenOptions::creating()));
    const ChainVerification chain = valueOrThrow(empty.verifyChain());
    EXPECT_TRUE(chain.holds());
    EXPECT_EQ(chain.eventsChecked, 0);
    EXPECT_EQ(chain.headHash, kGenesisHash);
}

TEST_F(AuditChain, EveryRowIsChainedAndVerifies) {
    appendEvents(40);
    const ChainVerification chain = verify();
    EXPECT_TRUE(chain.holds());
    EXPECT_EQ(chain.eventsChecked, 40);
    EXPECT_EQ(chain.headSequence, 40);
    EXPECT_EQ(chain.headHash, storedHash(40));
}

TEST_F(AuditChain, DatabaseRefusesToChangeOrRemoveEvents) {
    appendEvents(5);
    auto connection = valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadWrite,
                                                            std::chrono::milliseconds(1000)));
    for (const char* sql :
         {"UPDATE case_events SET payload = '{}' WHERE seq = 3",
          "DELETE FROM case_events WHERE seq = 5", "DELETE FROM cases", "DELETE FROM staff"}) {
        SCOPED_TRACE(sql);
        const auto refused = connection->executeScript(sql);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, StorageErrorCode::AppendOnly);
    }
    EXPECT_TRUE(verify().holds());
    EXPECT_EQ(verify().eventsChecked, 5);
}

TEST_F(AuditChain, ChangedPayloadIsNamed) {
    appendEvents(10);
    rawExecute(path, kDropTriggers +
                         "UPDATE case_events SET payload = replace(payload, 'step', 'stop')"
                         " WHERE seq = 6;");
    const ChainVerification chain = verify();
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::ContentChanged);
    EXPECT_EQ(chain.broken->sequence, 6);
    EXPECT_EQ(chain.eventsChecked, 5);
    EXPECT_TRUE(chainBreakText(*chain.broken).contains(QStringLiteral("6")));
}

TEST_F(AuditChain, ChangedTimeOrStaffIsNamed) {
    appendEvents(10);
    rawExecute(path, kDropTriggers + "UPDATE case_events SET at = at + 1 WHERE seq = 4;");
    EXPECT_EQ(verify().broken->sequence, 4);
    EXPECT_EQ(verify().broken->kind, ChainBreakKind::ContentChanged);
}

TEST_F(AuditChain, RemovedRowIsNamed) {
    appendEvents(10);
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq = 7;");
    const ChainVerification chain = verify();
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::RowRemoved);
    EXPECT_EQ(chain.broken->sequence, 8);
    EXPECT_EQ(chain.broken->expectedSequence, 7);
    EXPECT_EQ(chain.eventsChecked, 6);
}

TEST_F(AuditChain, RemovedFirstRowIsNamed) {
    appendEvents(4);
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq = 1;");
    const ChainVerification chain = verify();
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::RowRemoved);
    EXPECT_EQ(chain.broken->sequence, 2);
    EXPECT_EQ(chain.broken->expectedSequence, 1);
}

TEST_F(AuditChain, RowInsertedOutOfOrderIsNamed) {
    appendEvents(10);
    // Self-consistent, but chained to row 3 instead of the head (row 10).
    insertForgedRow(11, storedHash(3));
    const ChainVerification chain = verify();
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::OutOfOrder);
    EXPECT_EQ(chain.broken->sequence, 11);
    EXPECT_EQ(chain.eventsChecked, 10);
}

TEST_F(AuditChain, ReplacedRowIsNamedAtTheRowAfterIt) {
    appendEvents(10);
    const Digest beforeReplaced = storedHash(4);
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq = 5;");
    // A forger who knows the algorithm rebuilds row 5 consistently; row 6 no longer follows.
    insertForgedRow(5, beforeReplaced);
    const ChainVerification chain = verify();
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::OutOfOrder);
    EXPECT_EQ(chain.broken->sequence, 6);
}

TEST_F(AuditChain, RowsCutOffAfterASignOffAreNamed) {
    appendEvents(10);
    const StaffId supervisor = addStaff(*store, QStringLiteral("boss"), StaffRole::Supervisor,
                                        japanTime(2026, 4, 1, 17, 0))
                                   .id;
    const DailySignOff signOff = valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.signOffDay({date(2026, 4, 1),
                                  QStringLiteral("1"),
                                  supervisor,
                                  japanTime(2026, 4, 1, 17, 30),
                                  std::nullopt,
                                  {}});
    }));
    EXPECT_EQ(signOff.chainSequence, 11);
    EXPECT_EQ(signOff.eventSequence, 12);
    EXPECT_TRUE(verify().holds());
    // Cutting the tail leaves a chain that is consistent in itself; the sign-off's anchor is not.
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq >= 9;");
    const ChainVerification chain = verify();
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::AnchorMismatch);
    EXPECT_EQ(chain.broken->sequence, 11);
}

TEST_F(AuditChain, BreaksAreFoundAcrossBatchEdges) {
    appendEvents(40);
    rawExecute(path, kDropTriggers);
    // The walk hands rows to the hashing thread in batches; a break on either side of a batch
    // edge, and on the edge, is named the same way as with one batch.
    for (std::int64_t changed : {1, 2, 7, 8, 9, 16, 17, 40}) {
        rawExecute(path,
                   "UPDATE case_events SET at = at + 1 WHERE seq = " + std::to_string(changed));
        for (std::size_t batch : {1, 2, 3, 8, 16, 1000}) {
            SCOPED_TRACE(std::to_string(changed) + " in batches of " + std::to_string(batch));
            auto connection = valueOrThrow(sqlite::Connection::open(
                path, sqlite::OpenMode::ReadOnly, std::chrono::milliseconds(1000)));
            const ChainVerification chain =
                valueOrThrow(verifyChain(*connection, ChainWalkOptions{batch}));
            ASSERT_FALSE(chain.holds());
            EXPECT_EQ(chain.broken->kind, ChainBreakKind::ContentChanged);
            EXPECT_EQ(chain.broken->sequence, changed);
            EXPECT_EQ(chain.eventsChecked, changed - 1);
            EXPECT_EQ(chain.headSequence, changed - 1);
            EXPECT_EQ(chain.headHash, changed == 1 ? kGenesisHash : storedHash(changed - 1));
        }
        rawExecute(path,
                   "UPDATE case_events SET at = at - 1 WHERE seq = " + std::to_string(changed));
    }
    for (std::size_t batch : {1, 3, 8}) {
        auto connection = valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadOnly,
                                                                std::chrono::milliseconds(1000)));
        const ChainVerification chain =
            valueOrThrow(verifyChain(*connection, ChainWalkOptions{batch}));
        EXPECT_TRUE(chain.holds());
        EXPECT_EQ(chain.eventsChecked, 40);
        EXPECT_EQ(chain.headHash, storedHash(40));
    }
}

TEST_F(AuditChain, AChangedRowBeforeAGapIsNamedFirst) {
    appendEvents(30);
    rawExecute(path, kDropTriggers + "UPDATE case_events SET at = at + 1 WHERE seq = 12;"
                                     "DELETE FROM case_events WHERE seq = 20;");
    auto connection = valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadOnly,
                                                            std::chrono::milliseconds(1000)));
    for (std::size_t batch : {1, 4, 64}) {
        const ChainVerification chain =
            valueOrThrow(verifyChain(*connection, ChainWalkOptions{batch}));
        ASSERT_FALSE(chain.holds());
        EXPECT_EQ(chain.broken->kind, ChainBreakKind::ContentChanged);
        EXPECT_EQ(chain.broken->sequence, 12);
    }
}

// --- The walk from a later row (a day's review: from its first event to the head) -----------

TEST_F(AuditChain, AWalkFromALaterRowChecksTheRowsFromItOn) {
    appendEvents(40);
    for (std::size_t batch : {1, 3, 8, 1000}) {
        SCOPED_TRACE("batches of " + std::to_string(batch));
        const ChainVerification chain = verifyFrom(11, batch);
        EXPECT_TRUE(chain.holds());
        EXPECT_EQ(chain.firstSequence, 11);
        EXPECT_EQ(chain.eventsChecked, 30);
        EXPECT_EQ(chain.headSequence, 40);
        EXPECT_EQ(chain.headHash, storedHash(40));
    }
    const ChainVerification whole = verifyFrom(1);
    EXPECT_EQ(whole.firstSequence, 1);
    EXPECT_EQ(whole.eventsChecked, 40);
    EXPECT_EQ(verify().firstSequence, 1);
}

TEST_F(AuditChain, AChangedRowAfterTheStartIsNamed) {
    appendEvents(40);
    rawExecute(path, kDropTriggers + "UPDATE case_events SET at = at + 1 WHERE seq = 17;");
    for (std::size_t batch : {1, 3, 8, 1000}) {
        SCOPED_TRACE("batches of " + std::to_string(batch));
        for (std::int64_t from : {11, 17}) {
            const ChainVerification chain = verifyFrom(from, batch);
            ASSERT_FALSE(chain.holds());
            EXPECT_EQ(chain.broken->kind, ChainBreakKind::ContentChanged);
            EXPECT_EQ(chain.broken->sequence, 17);
            EXPECT_EQ(chain.eventsChecked, 17 - from);
            EXPECT_EQ(chain.headSequence, 16);
            EXPECT_EQ(chain.headHash, storedHash(16));
        }
    }
}

TEST_F(AuditChain, AChangedRowBeforeTheStartIsLeftToTheWholeWalk) {
    appendEvents(40);
    rawExecute(path, kDropTriggers + "UPDATE case_events SET at = at + 1 WHERE seq = 10;");
    // Row 11 links to row 10's stored hash, which the change left as it was.
    const ChainVerification fromTheDay = verifyFrom(11);
    EXPECT_TRUE(fromTheDay.holds());
    EXPECT_EQ(fromTheDay.eventsChecked, 30);
    const ChainVerification whole = verify();
    ASSERT_FALSE(whole.holds());
    EXPECT_EQ(whole.broken->kind, ChainBreakKind::ContentChanged);
    EXPECT_EQ(whole.broken->sequence, 10);
}

TEST_F(AuditChain, ARowRemovedRightBeforeTheStartIsNamed) {
    appendEvents(20);
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq = 10;");
    const ChainVerification chain = verifyFrom(11);
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::RowRemoved);
    EXPECT_EQ(chain.broken->sequence, 11);
    EXPECT_EQ(chain.broken->expectedSequence, 10);
    EXPECT_EQ(chain.eventsChecked, 0);
    // The first rows gone: the start has nothing before it to link to.
    rawExecute(path, "DELETE FROM case_events WHERE seq < 10;");
    const ChainVerification cut = verifyFrom(11);
    ASSERT_FALSE(cut.holds());
    EXPECT_EQ(cut.broken->kind, ChainBreakKind::RowRemoved);
    EXPECT_EQ(cut.broken->expectedSequence, 1);
}

TEST_F(AuditChain, ARowReplacedRightBeforeTheStartIsNamedAtTheStart) {
    appendEvents(10);
    const Digest beforeReplaced = storedHash(4);
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq = 5;");
    insertForgedRow(5, beforeReplaced);
    // Row 6 no longer links to the stored hash of the row before it.
    const ChainVerification chain = verifyFrom(6);
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::OutOfOrder);
    EXPECT_EQ(chain.broken->sequence, 6);
    EXPECT_EQ(chain.eventsChecked, 0);
}

TEST_F(AuditChain, ARowRemovedAtTheStartIsNamed) {
    appendEvents(20);
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq = 11;");
    const ChainVerification chain = verifyFrom(11);
    ASSERT_FALSE(chain.holds());
    EXPECT_EQ(chain.broken->kind, ChainBreakKind::RowRemoved);
    EXPECT_EQ(chain.broken->sequence, 12);
    EXPECT_EQ(chain.broken->expectedSequence, 11);
}

TEST_F(AuditChain, AnAnchorAfterTheStartIsCheckedAndOneBeforeItIsNot) {
    appendEvents(10);
    signOffTheDay(); // anchors row 11 (the supervisor's account), its own event is row 12
    appendStep(*store, caseId, clerk, japanTime(2026, 4, 2, 9, 0), QStringLiteral("step"),
               QStringLiteral("working"));
    EXPECT_TRUE(verifyFrom(5).holds());
    rawExecute(path, "DROP TRIGGER daily_sign_offs_no_update;"
                     "UPDATE daily_sign_offs SET chain_head = zeroblob(32);");
    for (std::int64_t from : {5, 11}) {
        const ChainVerification chain = verifyFrom(from);
        ASSERT_FALSE(chain.holds()) << from;
        EXPECT_EQ(chain.broken->kind, ChainBreakKind::AnchorMismatch);
        EXPECT_EQ(chain.broken->sequence, 11);
    }
    const ChainVerification afterTheAnchor = verifyFrom(12);
    EXPECT_TRUE(afterTheAnchor.holds());
    EXPECT_EQ(afterTheAnchor.eventsChecked, 2);
}

TEST_F(AuditChain, RowsCutOffAfterASignOffAreNamedFromALaterStart) {
    appendEvents(10);
    signOffTheDay();
    rawExecute(path, kDropTriggers + "DELETE FROM case_events WHERE seq >= 9;");
    for (std::int64_t from : {5, 9, 100}) {
        const ChainVerification chain = verifyFrom(from);
        ASSERT_FALSE(chain.holds()) << from;
        EXPECT_EQ(chain.broken->kind, ChainBreakKind::AnchorMismatch);
        EXPECT_EQ(chain.broken->sequence, 11);
    }
}

TEST_F(AuditChain, AStartBeyondTheHeadWalksNothingAndGivesTheHead) {
    appendEvents(10);
    for (std::int64_t from : {11, 12, 1000}) {
        const ChainVerification chain = verifyFrom(from);
        EXPECT_TRUE(chain.holds()) << from;
        EXPECT_EQ(chain.firstSequence, 11);
        EXPECT_EQ(chain.eventsChecked, 0);
        EXPECT_EQ(chain.headSequence, 10);
        EXPECT_EQ(chain.headHash, storedHash(10));
    }
    TempFolder other;
    auto empty = valueOrThrow(
        CaseStore::open(other.file(QStringLiteral("empty.sqlite3")), OpenOptions::creating()));
    const ChainVerification nothing = valueOrThrow(empty.verifyChainFrom(5));
    EXPECT_TRUE(nothing.holds());
    EXPECT_EQ(nothing.eventsChecked, 0);
    EXPECT_EQ(nothing.headHash, kGenesisHash);
}

TEST_F(AuditChain, ADaysWalkStartsAtItsFirstEvent) {
    appendEvents(10); // rows 1 to 10 on April 1st
    // Late on April 1st in UTC is already April 2nd in Japan.
    appendStep(*store, caseId, clerk, utcTime(2026, 4, 1, 15, 30), QStringLiteral("step"),
               QStringLiteral("working"));
    appendStep(*store, caseId, clerk, japanTime(2026, 4, 3, 9, 0), QStringLiteral("step"),
               QStringLiteral("working"));
    EXPECT_EQ(valueOrThrow(store->firstSequenceFrom(date(2026, 3, 31))), 1);
    EXPECT_EQ(valueOrThrow(store->firstSequenceFrom(date(2026, 4, 1))), 1);
    EXPECT_EQ(valueOrThrow(store->firstSequenceFrom(date(2026, 4, 2))), 11);
    EXPECT_EQ(valueOrThrow(store->firstSequenceFrom(date(2026, 4, 3))), 12);
    EXPECT_FALSE(valueOrThrow(store->firstSequenceFrom(date(2026, 4, 4))).has_value());

    const ChainVerification fromTheSecond =
        valueOrThrow(store->verifyChainFromDay(date(2026, 4, 2)));
    EXPECT_TRUE(fromTheSecond.holds());
    EXPECT_EQ(fromTheSecond.firstSequence, 11);
    EXPECT_EQ(fromTheSecond.eventsChecked, 2);
    EXPECT_EQ(fromTheSecond.headSequence, 12);
    const ChainVerification later = valueOrThrow(store->verifyChainFromDay(date(2026, 4, 4)));
    EXPECT_TRUE(later.holds());
    EXPECT_EQ(later.eventsChecked, 0);
    EXPECT_EQ(later.headSequence, 12);
    EXPECT_EQ(later.headHash, verify().headHash);
}

TEST_F(AuditChain, TheFirstEventOfADayIsFoundThroughTheTimeIndex) {
    appendEvents(5);
    const QStringList plan = valueOrThrow(store->explainFirstSequenceFrom(date(2026, 4, 1)));
    SCOPED_TRACE(plan.join(QLatin1String(" | ")).toStdString());
    ASSERT_FALSE(plan.isEmpty());
    for (const QString& step : plan) {
        EXPECT_FALSE(step.startsWith(QLatin1String("SCAN "))) << step.toStdString();
    }
    EXPECT_TRUE(plan.join(QLatin1Char('\n')).contains(QLatin1String("case_events_by_time")));
}

} // namespace
} // namespace jpki::storage
