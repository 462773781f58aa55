#include "pg_test.h"

#include "skip_policy.h"

#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace jpki::test {

namespace {

// The process's cluster: started once, stopped by the static destructor at exit (also after
// failed tests; a crash is the watchdog's part).
struct SharedCluster {
    std::unique_ptr<PostgresCluster> cluster;
    std::optional<std::string> failure; // why it could not start; not tried again
    int databases = 0;
};

SharedCluster& shared() {
    static SharedCluster state;
    return state;
}

} // namespace

void PostgresTest::SetUp() {
    SharedCluster& state = shared();
    if (!state.cluster && !state.failure) {
        if (const std::string missing = missingPostgresPrograms(); !missing.empty()) {
            state.failure = "missing:" + missing;
        } else {
            try {
                PostgresClusterOptions options;
                options.hbaLines.push_back("local all +" + std::string(kPasswordLoginGroup) +
                                           " scram-sha-256");
                state.cluster = std::make_unique<PostgresCluster>(options);
            } catch (const std::exception& error) {
                state.failure = std::string("the test cluster did not start: ") + error.what();
            }
        }
    }
    if (state.failure) {
        if (skipsAreFailures()) {
            GTEST_FAIL() << "CI=true and PostgreSQL cannot run: " << *state.failure;
        }
        GTEST_SKIP() << *state.failure;
    }
    m_database = "test_" + std::to_string(++state.databases);
    state.cluster->psql("CREATE DATABASE " + m_database);
}

PostgresCluster& PostgresTest::cluster() {
    return *shared().cluster;
}

std::string PostgresTest::connectionString(const std::string& user) const {
    return shared().cluster->connectionString(m_database, user);
}

void PostgresTest::superuserSql(const std::string& sql) const {
    shared().cluster->psql(sql, m_database);
}

} // namespace jpki::test
