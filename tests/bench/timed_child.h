#pragma once

// A child process timed from just before fork to a moment of its own choosing: its exit, or the
// first line it prints that starts with a marker (the window shown). waitpid blocks instead of
// polling, so the figures carry no sleep granularity. Peak RSS comes from wait4's rusage.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace jpki::bench {

struct TimedRun {
    double milliseconds = 0;  // to the exit, or to the marker line when one was asked for
    bool markerSeen = false;  // the marker line arrived before the exit
    int status = 0;           // waitpid status
    long peakResidentKiB = 0; // ru_maxrss of the child
    std::string output;       // what it printed on stdout (stderr goes to /dev/null)
};

// Runs `arguments` (argv[0] a path) with `environment` added, and waits for it to end, at most
// `timeoutSeconds` (then SIGKILL). With `marker`, the time is taken when a stdout line starting
// with it arrives. Nothing when the program could not be started.
std::optional<TimedRun> runTimed(const std::vector<std::string>& arguments,
                                 const std::map<std::string, std::string>& environment = {},
                                 const std::string& marker = {}, int timeoutSeconds = 60);

double median(std::vector<double> values);

} // namespace jpki::bench
