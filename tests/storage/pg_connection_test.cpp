// The RAII layer over libpq against a real, throwaway PostgreSQL 15 cluster (tests/support):
// binary parameters and results, prepared statements, transactions that roll back unless
// committed, and the server's failures as the closed error codes with the clerk's text.

#include "pg_test.h"
#include "storage/pg_connection.h"
#include "support/store_fixture.h"

#include <QCoreApplication>
#include <array>
#include <cstdlib>
#include <fstream>
#include <limits>

namespace jpki::storage::postgres {
namespace {

using storage::testing::okOrThrow;
using storage::testing::valueOrThrow;

class PgConnection : public test::PostgresTest {
protected:
    void SetUp() override {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFailure()) {
            return;
        }
        superuserSql("CREATE TABLE t (id bigserial PRIMARY KEY, n bigint, b bytea, s text UNIQUE,"
                     " f boolean)");
        connection = valueOrThrow(Connection::open(connectionString()));
    }

    std::int64_t rows(Connection& on) {
        auto counted = valueOrThrow(on.run("SELECT count(*) FROM t"));
        return valueOrThrow(counted.readInt(0, 0));
    }

    // The error of a call that must fail.
    template <typename T> static StorageError failure(const Result<T>& result) {
        if (result) {
            throw std::runtime_error("the call succeeded");
        }
        return result.error();
    }

    std::unique_ptr<Connection> connection;
};

TEST_F(PgConnection, RoundTripsIntegersBytesAndTextInBinary) {
    // NUL and 0xFF bytes, the extremes of int8 and text with quotes and Japanese survive only
    // if nothing on the way formats them as SQL text.
    const std::array<std::uint8_t, 6> bytes{0x00, 0x01, 0x27, 0x5c, 0xff, 0x00};
    const QString text = QStringLiteral("美濃市 1番窓口 'quoted' \\ 終");
    const std::string insert = "INSERT INTO t (n, b, s, f) VALUES ($1, $2, $3, $4) RETURNING id";
    const std::array<std::int64_t, 3> numbers{std::numeric_limits<std::int64_t>::min(), -1,
                                              std::numeric_limits<std::int64_t>::max()};
    std::vector<std::int64_t> ids;
    for (const std::int64_t number : numbers) {
        auto inserted =
            valueOrThrow(connection->run(insert, Parameters()
                                                     .add(number)
                                                     .addBytes(bytes)
                                                     .add(text + QString::number(number))
                                                     .add(number > 0)));
        ASSERT_EQ(inserted.count(), 1);
        ids.push_back(valueOrThrow(inserted.readInt(0, 0)));
    }
    auto nulls = valueOrThrow(connection->run(insert, Parameters()
                                                          .add(std::optional<std::int64_t>())
                                                          .addNullBytes()
                                                          .add(std::optional<QString>())
                                                          .add(false)));
    ids.push_back(valueOrThrow(nulls.readInt(0, 0)));

    const std::string select = "SELECT n, b, s, f FROM t WHERE id = $1";
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        auto found = valueOrThrow(connection->run(select, Parameters().add(ids[i])));
        ASSERT_EQ(found.count(), 1);
        EXPECT_EQ(valueOrThrow(found.readInt(0, 0)), numbers[i]);
        const auto read = valueOrThrow(found.readBytes(0, 1));
        EXPECT_TRUE(std::equal(read.begin(), read.end(), bytes.begin(), bytes.end()));
        EXPECT_EQ(valueOrThrow(found.readText(0, 2)), text + QString::number(numbers[i]));
        EXPECT_EQ(valueOrThrow(found.readBool(0, 3)), numbers[i] > 0);
    }
    auto empty = valueOrThrow(connection->run(select, Parameters().add(ids.back())));
    EXPECT_TRUE(empty.isNull(0, 0));
    EXPECT_TRUE(empty.isNull(0, 1));
    EXPECT_TRUE(empty.isNull(0, 2));
    EXPECT_FALSE(empty.readInt(0, 0)); // a NULL is not read as 0
    // The server holds the values themselves, not a text rendering of them.
    auto asServerSees =
        valueOrThrow(connection->run("SELECT octet_length(b), n = $2 FROM t WHERE id = $1",
                                     Parameters().add(ids[0]).add(numbers[0])));
    EXPECT_EQ(valueOrThrow(asServerSees.readInt(0, 0)), 6);
    EXPECT_TRUE(valueOrThrow(asServerSees.readBool(0, 1)));
}

TEST_F(PgConnection, ReadsCheckTheColumnsType) {
    auto row = valueOrThrow(connection->run("SELECT 'text'::text, 42::int4, 7::int2"));
    EXPECT_EQ(failure(row.readInt(0, 0)).code, StorageErrorCode::InvalidData);
    EXPECT_EQ(failure(row.readBytes(0, 1)).code, StorageErrorCode::InvalidData);
    EXPECT_EQ(valueOrThrow(row.readInt(0, 1)), 42);
    EXPECT_EQ(valueOrThrow(row.readInt(0, 2)), 7);
    EXPECT_EQ(failure(row.readInt(1, 1)).code, StorageErrorCode::Internal); // no second row
}

TEST_F(PgConnection, PreparesEachStatementOncePerConnection) {
    for (std::int64_t n = 0; n < 5; ++n) {
        valueOrThrow(connection->run("INSERT INTO t (n) VALUES ($1)", Parameters().add(n)));
    }
    auto prepared = valueOrThrow(connection->run(
        "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO t%'"));
    EXPECT_EQ(valueOrThrow(prepared.readInt(0, 0)), 1);
    EXPECT_EQ(rows(*connection), 5);
}

TEST_F(PgConnection, TransactionRollsBackUnlessCommitted) {
    {
        auto transaction = valueOrThrow(Transaction::begin(*connection));
        valueOrThrow(
            connection->run("INSERT INTO t (n) VALUES ($1)", Parameters().add(std::int64_t{1})));
        EXPECT_TRUE(connection->inTransaction());
    } // dropped uncommitted
    EXPECT_FALSE(connection->inTransaction());
    EXPECT_EQ(rows(*connection), 0);
    // And a sequence is the one thing a rollback leaves moved: ids are not the chain's order.
    auto transaction =
        valueOrThrow(Transaction::begin(*connection, Transaction::Isolation::Serializable));
    valueOrThrow(
        connection->run("INSERT INTO t (n) VALUES ($1)", Parameters().add(std::int64_t{2})));
    okOrThrow(transaction.commit());
    EXPECT_EQ(rows(*connection), 1);
}

TEST_F(PgConnection, CommitOfAFailedTransactionIsNoSuccess) {
    valueOrThrow(connection->run("INSERT INTO t (s) VALUES ($1)", Parameters().add("taken")));
    auto transaction = valueOrThrow(Transaction::begin(*connection));
    valueOrThrow(connection->run("INSERT INTO t (s) VALUES ($1)", Parameters().add("new")));
    EXPECT_FALSE(connection->run("INSERT INTO t (s) VALUES ($1)", Parameters().add("taken")));
    // The server ends it with ROLLBACK whatever it is told: that must not read as committed.
    EXPECT_FALSE(transaction.commit());
    EXPECT_EQ(rows(*connection), 1);
}

TEST_F(PgConnection, UniqueViolationHasItsCodeAndNeverQuotesTheValue) {
    const std::string insert = "INSERT INTO t (s) VALUES ($1)";
    valueOrThrow(connection->run(insert, Parameters().add("山田太郎")));
    const StorageError error = failure(connection->run(insert, Parameters().add("山田太郎")));
    EXPECT_EQ(error.code, StorageErrorCode::UniqueViolation);
    EXPECT_EQ(error.sqlState, "23505");
    EXPECT_NE(error.context.find("t_s_key"), std::string::npos) << error.context;
    // The server's DETAIL ("Key (s)=(山田太郎) already exists.") is not taken.
    EXPECT_EQ(describe(error).find("山田太郎"), std::string::npos) << describe(error);
    EXPECT_EQ(errorText(error),
              QStringLiteral("同じ内容がすでに記録されているため、重ねて保存しませんでした。"));
    EXPECT_TRUE(connection->isOpen());
}

TEST_F(PgConnection, RoleWithoutRightsIsRefusedWithPermissionDenied) {
    superuserSql("CREATE ROLE clerk_without_rights LOGIN");
    auto clerk = valueOrThrow(Connection::open(connectionString("clerk_without_rights")));
    const StorageError error =
        failure(clerk->run("INSERT INTO t (n) VALUES ($1)", Parameters().add(std::int64_t{1})));
    EXPECT_EQ(error.code, StorageErrorCode::PermissionDenied);
    EXPECT_EQ(error.sqlState, "42501");
    EXPECT_EQ(
        errorText(error),
        QStringLiteral("この窓口のデータベース利用者にはこの操作の権限がないため、何も変更して"
                       "いません。システム担当者に連絡してください。"));
    EXPECT_EQ(failure(clerk->run("DELETE FROM t")).code, StorageErrorCode::PermissionDenied);
    EXPECT_EQ(rows(*connection), 0);
}

TEST_F(PgConnection, KilledConnectionIsConnectionLostAndComesBack) {
    const std::string select = "SELECT count(*) FROM t WHERE n = $1";
    valueOrThrow(connection->run(select, Parameters().add(std::int64_t{1})));
    auto transaction = valueOrThrow(Transaction::begin(*connection));
    valueOrThrow(
        connection->run("INSERT INTO t (n) VALUES ($1)", Parameters().add(std::int64_t{1})));

    auto other = valueOrThrow(Connection::open(connectionString()));
    auto terminated = valueOrThrow(
        other->run("SELECT pg_terminate_backend($1::int4, 5000)",
                   Parameters().add(static_cast<std::int64_t>(connection->serverProcessId()))));
    ASSERT_TRUE(valueOrThrow(terminated.readBool(0, 0)));

    const StorageError error = failure(transaction.commit());
    EXPECT_EQ(error.code, StorageErrorCode::ConnectionLost) << describe(error);
    EXPECT_FALSE(connection->isOpen());
    EXPECT_EQ(errorText(error),
              QStringLiteral(
                  "データベースサーバーとの接続が切れました。これまでの記録は失われていません。"
                  "直前の操作が記録されたかどうかは、接続が戻ってから案件を開き直すと表示"
                  "されます。接続が戻らない場合は、システム担当者に連絡してください。"));
    EXPECT_EQ(failure(connection->run(select, Parameters().add(std::int64_t{1}))).code,
              StorageErrorCode::ConnectionLost);

    okOrThrow(connection->reconnect());
    // The statement is prepared again on the new session; the cut transaction left nothing.
    auto counted = valueOrThrow(connection->run(select, Parameters().add(std::int64_t{1})));
    EXPECT_EQ(valueOrThrow(counted.readInt(0, 0)), 0);
}

TEST_F(PgConnection, ServerThatIsNotThereIsUnreachable) {
    storage::testing::TempFolder folder;
    const StorageError error = failure(
        Connection::open("host=" + folder.path().toStdString() + " dbname=jpki user=postgres", 2));
    EXPECT_EQ(error.code, StorageErrorCode::ServerUnreachable) << describe(error);
    EXPECT_EQ(failure(Connection::open(cluster().connectionString("no_such_database"))).code,
              StorageErrorCode::ServerUnreachable);
}

TEST_F(PgConnection, PasswordNeverReachesAMessage) {
    superuserSql(std::string("CREATE ROLE ") + test::kPasswordLoginGroup + " NOLOGIN");
    superuserSql(std::string("CREATE ROLE counter_pw LOGIN PASSWORD 'right-horse' IN ROLE ") +
                 test::kPasswordLoginGroup);
    const std::string socket = cluster().directory().string();
    const std::string wrong =
        "postgresql://counter_pw:wrong-battery@/" + database() + "?host=" + socket;
    const StorageError refused = failure(Connection::open(wrong));
    EXPECT_EQ(refused.code, StorageErrorCode::AuthenticationFailed) << describe(refused);
    EXPECT_EQ(describe(refused).find("wrong-battery"), std::string::npos) << describe(refused);
    EXPECT_NE(describe(refused).find("counter_pw:***@"), std::string::npos) << describe(refused);
    EXPECT_FALSE(errorText(refused).contains(QStringLiteral("wrong-battery")));

    auto accepted = valueOrThrow(Connection::open("host=" + socket + " dbname=" + database() +
                                                  " user=counter_pw password='right-horse'"));
    EXPECT_EQ(accepted->displayName().find("right-horse"), std::string::npos);
    EXPECT_NE(accepted->displayName().find("password=***"), std::string::npos);
}

TEST_F(PgConnection, ConnectsThroughAUriAndAServiceName) {
    auto byUri = valueOrThrow(Connection::open(cluster().uri(database())));
    EXPECT_TRUE(byUri->isOpen());

    storage::testing::TempFolder folder;
    const QString serviceFile = folder.file(QStringLiteral("pg_service.conf"));
    {
        std::ofstream out(serviceFile.toStdString());
        out << "[jpki_counter_test]\nhost=" << cluster().directory().string()
            << "\nport=5432\ndbname=" << database() << "\nuser=postgres\n";
    }
    ::setenv("PGSERVICEFILE", serviceFile.toStdString().c_str(), 1);
    auto byService = valueOrThrow(Connection::open("service=jpki_counter_test"));
    ::unsetenv("PGSERVICEFILE");
    auto name = valueOrThrow(byService->run("SELECT current_database()"));
    EXPECT_EQ(valueOrThrow(name.readTextView(0, 0)), database());
}

struct Mapping {
    const char* sqlState;
    bool open;
    StorageErrorCode code;
};

TEST(PgErrorMapping, MapsSqlStatesToTheClosedCodes) {
    for (const Mapping& row : {
             Mapping{"23505", true, StorageErrorCode::UniqueViolation},
             Mapping{"23503", true, StorageErrorCode::Constraint},
             Mapping{"42501", true, StorageErrorCode::PermissionDenied},
             Mapping{"40001", true, StorageErrorCode::WriteConflict},
             Mapping{"40P01", true, StorageErrorCode::WriteConflict},
             Mapping{"53100", true, StorageErrorCode::DiskFull},
             Mapping{"08006", true, StorageErrorCode::ConnectionLost},
             Mapping{"57P01", true, StorageErrorCode::ConnectionLost},
             Mapping{"28P01", true, StorageErrorCode::AuthenticationFailed},
             Mapping{"25006", true, StorageErrorCode::ReadOnly},
             Mapping{"55P03", true, StorageErrorCode::Busy},
             Mapping{"XX001", true, StorageErrorCode::Corrupt},
             Mapping{"58030", true, StorageErrorCode::IoError},
             Mapping{"42P01", true, StorageErrorCode::Internal},
             Mapping{"", true, StorageErrorCode::Internal},
             Mapping{"", false, StorageErrorCode::ConnectionLost},
             Mapping{"23505", false, StorageErrorCode::ConnectionLost},
         }) {
        EXPECT_EQ(codeForSqlState(row.sqlState, row.open), row.code)
            << row.sqlState << (row.open ? " open" : " closed");
    }
}

} // namespace
} // namespace jpki::storage::postgres
