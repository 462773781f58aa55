#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace jpki::test {

namespace {

namespace fs = std::filesystem;

bool isExecutable(const fs::path& path) {
    return ::access(path.c_str(), X_OK) == 0 && fs::is_regular_file(path);
}

} // namespace

ChildProcess::~ChildProcess() {
    stop();
}

void ChildProcess::start(const std::vector<std::string>& arguments, const fs::path& output,
                         const std::map<std::string, std::string>& environment) {
    if (running()) {
        throw std::logic_error("child process already running");
    }
    if (arguments.empty()) {
        throw std::invalid_argument("no command");
    }
    // Everything exec needs is prepared before fork: the child only calls async-signal-safe
    // functions.
    std::vector<char*> argv;
    for (const std::string& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    std::vector<std::string> environmentEntries;
    for (char** entry = environ; *entry; ++entry) {
        const std::string text = *entry;
        const std::string name = text.substr(0, text.find('='));
        if (!environment.contains(name)) {
            environmentEntries.push_back(text);
        }
    }
    for (const auto& [name, value] : environment) {
        environmentEntries.push_back(name + "=" + value);
    }
    std::vector<char*> envp;
    for (std::string& entry : environmentEntries) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    const std::optional<fs::path> program = arguments[0].find('/') == std::string::npos
                                                ? findExecutable(arguments[0])
                                                : std::optional<fs::path>(arguments[0]);
    if (!program) {
        throw std::runtime_error(arguments[0] + " not found");
    }
    const std::string programPath = program->string();
    const int outputFile = ::open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (outputFile < 0) {
        throw std::runtime_error("cannot open " + output.string());
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(outputFile);
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(127); // the test died between fork and prctl
        }
        ::setpgid(0, 0); // Ctrl-C in a terminal reaches the test alone; the children die with it
        const int nullInput = ::open("/dev/null", O_RDONLY);
        ::dup2(nullInput, STDIN_FILENO);
        ::dup2(outputFile, STDOUT_FILENO);
        ::dup2(outputFile, STDERR_FILENO);
        ::execve(programPath.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(outputFile);
    m_pid = pid;
    m_status.reset();
}

bool ChildProcess::running() {
    if (m_pid <= 0) {
        return false;
    }
    int status = 0;
    const pid_t result = ::waitpid(m_pid, &status, WNOHANG);
    if (result == m_pid) {
        m_status = status;
        m_pid = -1;
        return false;
    }
    return true;
}

std::optional<int> ChildProcess::waitForExit(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return m_status;
}

std::optional<int> ChildProcess::stop(std::chrono::milliseconds grace) {
    if (!running()) {
        return std::nullopt;
    }
    ::kill(m_pid, SIGTERM);
    if (const std::optional<int> status = waitForExit(grace)) {
        return status;
    }
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    m_status = status;
    return status;
}

bool exitedWith(int status, int code) {
    return WIFEXITED(status) && WEXITSTATUS(status) == code;
}

std::optional<int> runToCompletion(const std::vector<std::string>& arguments,
                                   const fs::path& output, std::chrono::milliseconds timeout,
                                   const std::map<std::string, std::string>& environment) {
    ChildProcess child;
    child.start(arguments, output, environment);
    if (const std::optional<int> status = child.waitForExit(timeout)) {
        return status;
    }
    child.stop(std::chrono::milliseconds(500));
    return std::nullopt;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::optional<fs::path> findExecutable(const std::string& name) {
    std::vector<fs::path> directories;
    if (const char* path = std::getenv("PATH")) {
        const std::string text = path;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find(':', start), text.size());
            if (end > start) {
                directories.emplace_back(text.substr(start, end - start));
            }
            start = end + 1;
        }
    }
    directories.emplace_back("/usr/sbin");
    directories.emplace_back("/sbin");
    for (const fs::path& directory : directories) {
        if (isExecutable(directory / name)) {
            return directory / name;
        }
    }
    return std::nullopt;
}

} // namespace jpki::test
