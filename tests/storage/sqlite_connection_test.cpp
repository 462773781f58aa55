// The RAII layer over SQLite: typed binds and reads, transactions that roll back unless
// committed, and SQLite's result codes as typed errors.

#include "storage/sqlite_connection.h"
#include "support/store_fixture.h"

#include <gtest/gtest.h>

namespace jpki::storage::sqlite {
namespace {

using namespace storage::testing;

class SqliteConnection : public ::testing::Test {
protected:
    void SetUp() override {
        connection =
            valueOrThrow(Connection::open(folder.file(QStringLiteral("t.sqlite3")),
                                          OpenMode::ReadWrite, std::chrono::milliseconds(100)));
        okOrThrow(connection->executeScript(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT UNIQUE, b BLOB) STRICT;"));
    }

    std::int64_t rows() { return valueOrThrow(connection->queryInt("SELECT count(*) FROM t")); }

    TempFolder folder;
    std::unique_ptr<Connection> connection;
};

TEST_F(SqliteConnection, BindsAndReadsTypedValues) {
    auto insert = valueOrThrow(connection->prepare("INSERT INTO t (n, s, b) VALUES (?1, ?2, ?3)"));
    const std::array<std::uint8_t, 3> bytes{0, 1, 255};
    insert.bind(1, std::int64_t{-5}).bind(2, QStringLiteral("窓口")).bindBlob(3, bytes);
    okOrThrow(insert.execute());
    insert.reset();
    insert.bind(1, std::optional<std::int64_t>()).bind(2, std::optional<QString>()).bindNull(3);
    okOrThrow(insert.execute());

    auto select = valueOrThrow(connection->prepare("SELECT n, s, b FROM t ORDER BY id"));
    ASSERT_TRUE(valueOrThrow(select.step()));
    EXPECT_EQ(select.readInt(0), -5);
    EXPECT_EQ(select.readText(1), QStringLiteral("窓口"));
    const auto blob = select.readBlob(2);
    EXPECT_TRUE(std::equal(blob.begin(), blob.end(), bytes.begin(), bytes.end()));
    ASSERT_TRUE(valueOrThrow(select.step()));
    EXPECT_FALSE(select.readOptionalInt(0).has_value());
    EXPECT_FALSE(select.readOptionalText(1).has_value());
    EXPECT_FALSE(valueOrThrow(select.step()));
}

TEST_F(SqliteConnection, BadBindIsReportedByStep) {
    auto insert = valueOrThrow(connection->prepare("INSERT INTO t (n) VALUES (?1)"));
    insert.bind(7, std::int64_t{1}); // there is no ?7
    const auto stepped = insert.step();
    ASSERT_FALSE(stepped);
    EXPECT_EQ(rows(), 0);
}

TEST_F(SqliteConnection, TransactionRollsBackUnlessCommitted) {
    {
        auto transaction =
            valueOrThrow(Transaction::begin(*connection, Transaction::Kind::Immediate));
        okOrThrow(connection->executeScript("INSERT INTO t (n) VALUES (1)"));
    }
    EXPECT_EQ(rows(), 0);
    {
        auto transaction =
            valueOrThrow(Transaction::begin(*connection, Transaction::Kind::Immediate));
        okOrThrow(connection->executeScript("INSERT INTO t (n) VALUES (1)"));
        okOrThrow(transaction.commit());
    }
    EXPECT_EQ(rows(), 1);
    EXPECT_FALSE(connection->inTransaction());
}

TEST_F(SqliteConnection, ErrorInsideATransactionRollsEverythingBack) {
    okOrThrow(connection->executeScript("INSERT INTO t (s) VALUES ('taken')"));
    {
        auto transaction =
            valueOrThrow(Transaction::begin(*connection, Transaction::Kind::Immediate));
        okOrThrow(connection->executeScript("INSERT INTO t (s) VALUES ('new')"));
        const auto clash = connection->executeScript("INSERT INTO t (s) VALUES ('taken')");
        ASSERT_FALSE(clash);
        EXPECT_EQ(clash.error().code, StorageErrorCode::Constraint);
        EXPECT_NE(clash.error().context.find("UNIQUE"), std::string::npos);
    }
    EXPECT_EQ(rows(), 1);
}

TEST_F(SqliteConnection, TransactionsDoNotNest) {
    auto transaction = valueOrThrow(Transaction::begin(*connection, Transaction::Kind::Deferred));
    EXPECT_FALSE(Transaction::begin(*connection, Transaction::Kind::Immediate));
}

TEST_F(SqliteConnection, CachedStatementsAreReusedAndReset) {
    for (int i = 0; i < 3; ++i) {
        auto insert = valueOrThrow(connection->cached("INSERT INTO t (n) VALUES (?1)"));
        insert->bind(1, std::int64_t{i});
        okOrThrow(insert->execute());
    }
    EXPECT_EQ(rows(), 3);
    // A SELECT left mid-way by its lease is reset, so it holds no read snapshot afterwards.
    {
        auto select = valueOrThrow(connection->cached("SELECT n FROM t"));
        ASSERT_TRUE(valueOrThrow(select->step()));
    }
    EXPECT_FALSE(connection->inTransaction());
}

TEST(SqliteErrors, MapToTypedCodes) {
    struct Row {
        int sqlite;
        StorageErrorCode code;
    };
    for (const Row& row :
         {Row{5, StorageErrorCode::Busy}, Row{6, StorageErrorCode::Busy},
          Row{13, StorageErrorCode::DiskFull}, Row{8, StorageErrorCode::ReadOnly},
          Row{11, StorageErrorCode::Corrupt}, Row{26, StorageErrorCode::NotADatabase},
          Row{10, StorageErrorCode::IoError}, Row{14, StorageErrorCode::CannotOpen},
          Row{19, StorageErrorCode::Constraint}, Row{19 | (7 << 8), StorageErrorCode::AppendOnly},
          Row{21, StorageErrorCode::Internal}}) {
        SCOPED_TRACE(row.sqlite);
        const StorageError error = errorFromSqlite(nullptr, row.sqlite, "test");
        EXPECT_EQ(error.code, row.code);
        EXPECT_EQ(error.sqliteCode, row.sqlite);
        EXPECT_FALSE(errorText(error).isEmpty());
    }
}

} // namespace
} // namespace jpki::storage::sqlite
