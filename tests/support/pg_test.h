#pragma once

// The GoogleTest side of the PostgreSQL harness: one throwaway cluster per test process
// (CTest runs each test as its own process, so one per test there), started on the first test
// that needs it and stopped when the process ends, and a new database for every test. A test
// that cannot have its cluster is skipped with the reason, and fails instead under CI=true.

#include "pg_cluster.h"

#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace jpki::test {

// Members of this group role log in with a password (scram-sha-256); every other role is
// trusted on the cluster's socket.
inline constexpr const char* kPasswordLoginGroup = "password_login";

class PostgresTest : public ::testing::Test {
protected:
    void SetUp() override;

    PostgresCluster& cluster();
    // The test's own database, empty, owned by the superuser `postgres`.
    const std::string& database() const { return m_database; }
    // libpq key=value string to the test's database.
    std::string connectionString(const std::string& user = "postgres") const;
    // Runs SQL in the test's database as the superuser; throws when it fails.
    void superuserSql(const std::string& sql) const;

private:
    std::string m_database;
};

} // namespace jpki::test
