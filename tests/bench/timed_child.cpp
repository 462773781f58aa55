#include "timed_child.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace jpki::bench {

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> mergedEnvironment(const std::map<std::string, std::string>& added) {
    std::vector<std::string> entries;
    for (char** entry = environ; *entry; ++entry) {
        const std::string text = *entry;
        if (!added.contains(text.substr(0, text.find('=')))) {
            entries.push_back(text);
        }
    }
    for (const auto& [name, value] : added) {
        entries.push_back(name + "=" + value);
    }
    return entries;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (std::string& text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

} // namespace

std::optional<TimedRun> runTimed(const std::vector<std::string>& arguments,
                                 const std::map<std::string, std::string>& environment,
                                 const std::string& marker, int timeoutSeconds) {
    std::vector<std::string> argumentCopies = arguments;
    std::vector<std::string> environmentEntries = mergedEnvironment(environment);
    const std::vector<char*> argv = pointersTo(argumentCopies);
    const std::vector<char*> envp = pointersTo(environmentEntries);
    int pipeEnds[2];
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0) {
        return std::nullopt;
    }
    const auto start = Clock::now();
    const pid_t child = ::fork();
    if (child < 0) {
        return std::nullopt;
    }
    if (child == 0) {
        ::dup2(pipeEnds[1], STDOUT_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDERR_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(pipeEnds[1]);

    TimedRun run;
    const auto deadline = start + std::chrono::seconds(timeoutSeconds);
    std::string pending;
    char buffer[4096];
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            ::kill(child, SIGKILL);
            break;
        }
        pollfd readable{pipeEnds[0], POLLIN, 0};
        if (::poll(&readable, 1, static_cast<int>(left.count())) <= 0) {
            continue;
        }
        const ssize_t got = ::read(pipeEnds[0], buffer, sizeof buffer);
        if (got <= 0) {
            break; // the child closed its stdout: it has ended
        }
        run.output.append(buffer, static_cast<std::size_t>(got));
        if (!marker.empty() && !run.markerSeen) {
            pending.append(buffer, static_cast<std::size_t>(got));
            const bool atLineStart =
                pending.rfind(marker, 0) == 0 || pending.find("\n" + marker) != std::string::npos;
            if (atLineStart) {
                run.markerSeen = true;
                run.milliseconds =
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            }
        }
    }
    ::close(pipeEnds[0]);
    rusage usage{};
    ::wait4(child, &run.status, 0, &usage);
    if (marker.empty()) {
        run.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }
    run.peakResidentKiB = usage.ru_maxrss;
    return run;
}

double median(std::vector<double> values) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace jpki::bench
