#pragma once

// A child process for the integration tests (pcscd, jpki-card-sim, pkcs15-tool): started with
// its output in a file, stopped with SIGTERM and, after a bounded wait, SIGKILL. A child dies
// with the test process (PR_SET_PDEATHSIG), so a crashed test leaves no daemon behind.

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace jpki::test {

class ChildProcess {
public:
    ChildProcess() = default;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    // Starts `arguments[0]` (looked up in PATH when it has no slash) with stdout and stderr
    // appended to `output`; `environment` adds or replaces variables. Throws on failure.
    void start(const std::vector<std::string>& arguments, const std::filesystem::path& output,
               const std::map<std::string, std::string>& environment = {});

    bool running();
    // SIGTERM, then SIGKILL when it has not exited within `grace`. Returns the exit status
    // (as waitpid gives it), or nothing when no child was running.
    std::optional<int> stop(std::chrono::milliseconds grace = std::chrono::seconds(3));
    // Waits for the child to exit on its own; nothing when it is still running at the deadline.
    std::optional<int> waitForExit(std::chrono::milliseconds timeout);

    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    std::optional<int> m_status;
};

// Whole-process helpers for a finished child's status.
bool exitedWith(int status, int code);

// Runs a command to completion with a time limit (killed when over); its output goes to `output`.
// Returns the waitpid status, or nothing on timeout.
std::optional<int> runToCompletion(const std::vector<std::string>& arguments,
                                   const std::filesystem::path& output,
                                   std::chrono::milliseconds timeout,
                                   const std::map<std::string, std::string>& environment = {});

// A file's whole content (a child's log); empty when it cannot be read.
std::string readFile(const std::filesystem::path& path);

// The first executable named `name` in PATH, /usr/sbin or /sbin (pcscd lives in sbin, which
// is not always in PATH).
std::optional<std::filesystem::path> findExecutable(const std::string& name);

} // namespace jpki::test
