#pragma once

// Runs one of the project's programs as a user would, for the tests through pcscd: standard
// output captured alone, standard error to a file of its own, `input` on standard input.

#include <QByteArray>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace jpki::test {

struct CommandRun {
    std::optional<int> status; // the waitpid status; nothing on timeout
    QByteArray out;
};

QByteArray readAll(const std::filesystem::path& path);

// Standard error goes to `folder`/stderr.txt.
CommandRun runProgram(const std::filesystem::path& folder, const std::vector<std::string>& command,
                      const std::string& input = {});

} // namespace jpki::test
