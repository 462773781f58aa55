#include "pg_cluster.h"

#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace jpki::test {

namespace {

namespace fs = std::filesystem;

constexpr const char* kFolderPrefix = "jpki-pg-";
constexpr const char* kOwnerFile = "owner";
constexpr const char* kServerUser = "postgres";
constexpr int kPort = 5432; // only names the socket file: each cluster has its own folder

// Run by the watchdog: waits for the test process to close its end of the pipe (on purpose or
// by dying), then stops the postmaster named by the pid file and removes the folder.
constexpr const char* kWatchdogScript = R"sh(
dir=$1
cat >/dev/null
pidfile="$dir/data/postmaster.pid"
if [ -f "$pidfile" ]; then
    pid=$(head -n 1 "$pidfile")
    kill -QUIT "$pid" 2>/dev/null
    tries=0
    while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 100 ]; do
        sleep 0.05
        tries=$((tries + 1))
    done
    kill -KILL "$pid" 2>/dev/null
fi
rm -rf "$dir"
)sh";

bool runningAsRoot() {
    return ::geteuid() == 0;
}

// The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), so that a
// reused process id is not taken for the owner; empty when there is no such process or only
// its zombie (a killed process that nobody has reaped yet).
std::string liveProcessStartTime(pid_t pid) {
    const std::string stat = readFile("/proc/" + std::to_string(pid) + "/stat");
    const std::size_t afterName = stat.rfind(')');
    if (afterName == std::string::npos) {
        return {};
    }
    std::istringstream fields(stat.substr(afterName + 2));
    std::string field;
    for (int index = 3; index <= 22 && fields >> field; ++index) {
        if (index == 3 && (field == "Z" || field == "X")) {
            return {};
        }
    }
    return field;
}

pid_t pidInFile(const fs::path& pidFile) {
    std::ifstream in(pidFile);
    long pid = -1;
    return in >> pid && pid > 0 ? static_cast<pid_t>(pid) : -1;
}

bool isPostgresProcess(pid_t pid) {
    const std::string name = readFile("/proc/" + std::to_string(pid) + "/comm");
    return name.starts_with("postgres");
}

void killPostmaster(const fs::path& dataDirectory) {
    const pid_t pid = pidInFile(dataDirectory / "postmaster.pid");
    if (pid <= 0 || !isPostgresProcess(pid)) {
        return;
    }
    ::kill(pid, SIGQUIT); // immediate shutdown: the postmaster takes its children down
    for (int tries = 0; tries < 100 && !liveProcessStartTime(pid).empty(); ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid, SIGKILL);
}

// The folder temporary clusters are made in: $TMPDIR, unless the server's user could not
// reach it (a root's private TMPDIR), then /tmp.
fs::path temporaryRoot() {
    const char* configured = std::getenv("TMPDIR");
    fs::path root = configured != nullptr && *configured != '\0' ? configured : "/tmp";
    if (!runningAsRoot()) {
        return root;
    }
    for (fs::path folder = fs::absolute(root); folder != folder.root_path();
         folder = folder.parent_path()) {
        struct stat status {};
        if (::stat(folder.c_str(), &status) != 0 || (status.st_mode & S_IXOTH) == 0) {
            return "/tmp";
        }
    }
    return root;
}

// Clusters left by test processes that are gone, and whose watchdog did not clean up either
// (it was killed with them): their postmaster stopped, their folder removed.
void removeAbandonedClusters(const fs::path& root) {
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(root, error)) {
        if (!entry.path().filename().string().starts_with(kFolderPrefix)) {
            continue;
        }
        std::istringstream owner(readFile(entry.path() / kOwnerFile));
        long pid = -1;
        std::string startTime;
        if (!(owner >> pid >> startTime)) {
            continue; // being set up right now, or not ours
        }
        if (liveProcessStartTime(static_cast<pid_t>(pid)) == startTime) {
            continue; // its test is still running
        }
        killPostmaster(entry.path() / "data");
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
    }
}

std::string quotedForConf(const std::string& value) {
    std::string out = "'";
    for (const char c : value) {
        out += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return out + "'";
}

} // namespace

fs::path postgresBinDirectory() {
    if (const char* overridden = std::getenv("JPKI_PG_BINDIR")) {
        return overridden;
    }
    return "/usr/lib/postgresql/15/bin";
}

std::string missingPostgresPrograms() {
    std::string missing;
    for (const char* program : {"initdb", "pg_ctl", "postgres", "psql"}) {
        if (::access((postgresBinDirectory() / program).c_str(), X_OK) != 0) {
            missing += " " + (postgresBinDirectory() / program).string();
        }
    }
    if (runningAsRoot()) {
        if (!findExecutable("runuser")) {
            missing += " runuser";
        }
        if (::getpwnam(kServerUser) == nullptr) {
            missing += " (user postgres)";
        }
    }
    return missing;
}

PostgresCluster::PostgresCluster(const PostgresClusterOptions& options) {
    const fs::path root = temporaryRoot();
    removeAbandonedClusters(root);
    std::string pattern = (root / (std::string(kFolderPrefix) + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a folder under " + root.string() + ": " +
                                 std::strerror(errno));
    }
    m_directory = pattern;
    try {
        {
            std::ofstream owner(m_directory / kOwnerFile);
            owner << ::getpid() << ' ' << liveProcessStartTime(::getpid()) << '\n';
        }
        startWatchdog();
        if (runningAsRoot()) {
            const passwd* user = ::getpwnam(kServerUser);
            if (user == nullptr || ::chown(m_directory.c_str(), user->pw_uid, user->pw_gid) != 0) {
                throw std::runtime_error("cannot give the cluster's folder to postgres");
            }
        }
        // Others may reach the socket inside (a test's role running as another user) but not
        // list the folder.
        ::chmod(m_directory.c_str(), 0711);
        initialise(options);
        start();
    } catch (...) {
        cleanUp();
        throw;
    }
}

PostgresCluster::~PostgresCluster() {
    cleanUp();
}

void PostgresCluster::startWatchdog() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe for the cluster's watchdog");
    }
    // Everything exec needs is made before fork: the child only calls async-signal-safe code.
    const std::string shell = "/bin/sh";
    const std::string directory = m_directory.string();
    const char* argv[] = {shell.c_str(),     "-c",   kWatchdogScript, "jpki-pg-watchdog",
                          directory.c_str(), nullptr};
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(ends[0]);
        ::close(ends[1]);
        throw std::runtime_error("fork for the cluster's watchdog");
    }
    if (pid == 0) {
        // Its own session: a signal to the test's process group (Ctrl-C, a test runner's
        // timeout) leaves it to do its work.
        ::setsid();
        ::dup2(ends[0], STDIN_FILENO); // the write end closes at exec (O_CLOEXEC)
        const int nullOutput = ::open("/dev/null", O_WRONLY);
        ::dup2(nullOutput, STDOUT_FILENO);
        ::dup2(nullOutput, STDERR_FILENO);
        ::execv(shell.c_str(), const_cast<char* const*>(argv));
        ::_exit(127);
    }
    ::close(ends[0]);
    m_watchdogPipe = ends[1];
    m_watchdog = pid;
}

std::vector<std::string> PostgresCluster::asOwner(std::vector<std::string> command) const {
    if (!runningAsRoot()) {
        return command;
    }
    std::vector<std::string> wrapped{"runuser", "-u", kServerUser, "--"};
    wrapped.insert(wrapped.end(), command.begin(), command.end());
    return wrapped;
}

void PostgresCluster::runOrThrow(const std::vector<std::string>& command, const std::string& what,
                                 std::chrono::seconds timeout) const {
    const fs::path output = m_directory / (what + ".log");
    std::error_code ignored;
    fs::remove(output, ignored); // the output of this run only
    const std::optional<int> status = runToCompletion(command, output, timeout);
    if (!status || !exitedWith(*status, 0)) {
        throw std::runtime_error(what + (status ? " failed: " : " timed out: ") + readFile(output) +
                                 readFile(m_directory / "server.log"));
    }
}

void PostgresCluster::initialise(const PostgresClusterOptions& options) {
    const fs::path data = m_directory / "data";
    runOrThrow(asOwner({(postgresBinDirectory() / "initdb").string(), "--pgdata", data.string(),
                        "--username", "postgres", "--auth", "trust", "--encoding", "UTF8",
                        "--locale", "C.UTF-8", "--no-sync"}),
               "initdb", std::chrono::seconds(60));
    // Appended after initdb's own settings, so these win.
    std::ofstream conf(data / "postgresql.conf", std::ios::app);
    conf << "\n# jpki-counter test cluster\n"
         << "listen_addresses = ''\n"
         << "unix_socket_directories = " << quotedForConf(m_directory.string()) << "\n"
         << "port = " << kPort << "\n"
         << "max_connections = 50\n"
         << "shared_buffers = 16MB\n"
         << "fsync = off\n"
         << "synchronous_commit = off\n"
         << "full_page_writes = off\n"
         << "logging_collector = off\n";
    std::ofstream hba(data / "pg_hba.conf", std::ios::trunc);
    for (const std::string& line : options.hbaLines) {
        hba << line << "\n";
    }
    hba << "local all all trust\n";
}

void PostgresCluster::start() {
    runOrThrow(
        asOwner({(postgresBinDirectory() / "pg_ctl").string(), "--pgdata",
                 (m_directory / "data").string(), "--log", (m_directory / "server.log").string(),
                 "--wait", "--timeout", "30", "start"}),
        "pg_ctl-start", std::chrono::seconds(40));
}

void PostgresCluster::stop() {
    const fs::path data = m_directory / "data";
    if (!fs::exists(data / "postmaster.pid")) {
        return;
    }
    const fs::path output = m_directory / "pg_ctl-stop.log";
    const std::optional<int> status = runToCompletion(
        asOwner({(postgresBinDirectory() / "pg_ctl").string(), "--pgdata", data.string(), "--mode",
                 "immediate", "--wait", "--timeout", "10", "stop"}),
        output, std::chrono::seconds(15));
    if (!status || !exitedWith(*status, 0)) {
        killPostmaster(data);
    }
}

void PostgresCluster::restart() {
    stop();
    start();
}

void PostgresCluster::cleanUp() {
    if (!m_directory.empty()) {
        stop();
        std::error_code ignored;
        fs::remove_all(m_directory, ignored);
        m_directory.clear();
    }
    if (m_watchdogPipe >= 0) {
        ::close(m_watchdogPipe); // the watchdog finds nothing left to do and exits
        m_watchdogPipe = -1;
    }
    if (m_watchdog > 0) {
        int status = 0;
        ::waitpid(m_watchdog, &status, 0);
        m_watchdog = -1;
    }
}

pid_t PostgresCluster::postmasterPid() const {
    return pidInFile(m_directory / "data" / "postmaster.pid");
}

std::string PostgresCluster::serverLog() const {
    return readFile(m_directory / "server.log");
}

std::string PostgresCluster::connectionString(const std::string& database,
                                              const std::string& user) const {
    return "host=" + m_directory.string() + " port=" + std::to_string(kPort) +
           " dbname=" + database + " user=" + user;
}

std::string PostgresCluster::uri(const std::string& database, const std::string& user) const {
    return "postgresql:///" + database + "?host=" + m_directory.string() +
           "&port=" + std::to_string(kPort) + "&user=" + user;
}

void PostgresCluster::psql(const std::string& sql, const std::string& database) const {
    runOrThrow({(postgresBinDirectory() / "psql").string(), "--no-psqlrc", "--quiet", "--set",
                "ON_ERROR_STOP=1", "--dbname", connectionString(database), "--command", sql},
               "psql", std::chrono::seconds(30));
}

} // namespace jpki::test
