#pragma once

// A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl (PostgreSQL 15's own
// programs) in a new temporary folder, reachable only through a Unix socket in that folder
// (listen_addresses = '', so no TCP port is shared with anything), trust authentication for
// local connections, tuned for speed rather than safety (fsync off, small shared buffers).
//
// As root, every server program runs as the `postgres` user through `runuser` (initdb refuses
// root) and the folder belongs to it; otherwise they run as the test's own user.
//
// Nothing outlives the test: the destructor stops the server (immediate shutdown) and removes
// the folder; a watchdog process, started first and holding one end of a pipe, does the same
// when the test process dies without its destructor (a crash, SIGKILL, a timeout); and a
// cluster left behind by a test whose watchdog died too is found by its folder's owner file
// and removed when the next one starts.

#include <chrono>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace jpki::test {

struct PostgresClusterOptions {
    // pg_hba.conf lines placed before the closing `local all all trust`, e.g. to make one
    // role log in with a password: "local all counter_pw scram-sha-256".
    std::vector<std::string> hbaLines;
};

class PostgresCluster {
public:
    // Creates, configures and starts the cluster; returns once it accepts connections. Throws
    // std::runtime_error (with initdb's or the server's log) when it cannot, leaving nothing.
    explicit PostgresCluster(const PostgresClusterOptions& options = {});
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;
    ~PostgresCluster();

    // libpq key=value string to `database` as `user` over the cluster's socket.
    std::string connectionString(const std::string& database = "postgres",
                                 const std::string& user = "postgres") const;
    // The same as a URI: postgresql:///DATABASE?host=FOLDER&user=USER.
    std::string uri(const std::string& database = "postgres",
                    const std::string& user = "postgres") const;

    // Runs SQL through psql as the superuser; throws with psql's output when it fails.
    void psql(const std::string& sql, const std::string& database = "postgres") const;

    // Stops the server at once (as a crash would) and starts it again on the same data.
    void restart();
    // The running postmaster's process id (from its pid file); -1 when none.
    pid_t postmasterPid() const;

    const std::filesystem::path& directory() const { return m_directory; }
    std::string serverLog() const;

private:
    void initialise(const PostgresClusterOptions& options);
    void start();
    void stop();
    void startWatchdog();
    void cleanUp();
    // The command as the cluster's owner (runuser -u postgres -- … as root).
    std::vector<std::string> asOwner(std::vector<std::string> command) const;
    void runOrThrow(const std::vector<std::string>& command, const std::string& what,
                    std::chrono::seconds timeout) const;

    std::filesystem::path m_directory;
    int m_watchdogPipe = -1; // the write end; its closing tells the watchdog to clean up
    pid_t m_watchdog = -1;
};

// The folder of PostgreSQL's server programs: $JPKI_PG_BINDIR, else Debian 12's
// /usr/lib/postgresql/15/bin.
std::filesystem::path postgresBinDirectory();

// The programs a cluster needs that are missing (" initdb runuser"); empty when all are there.
std::string missingPostgresPrograms();

} // namespace jpki::test
