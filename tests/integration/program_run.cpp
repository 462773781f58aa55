#include "program_run.h"

#include "child_process.h"

#include <chrono>
#include <fstream>
#include <sstream>

namespace jpki::test {

QByteArray readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return QByteArray::fromStdString(text.str());
}

CommandRun runProgram(const std::filesystem::path& folder, const std::vector<std::string>& command,
                      const std::string& input) {
    const auto inputFile = folder / "stdin.txt";
    std::ofstream(inputFile) << input;
    const auto outFile = folder / "stdout.txt";
    const auto errFile = folder / "stderr.txt";
    std::vector<std::string> shell = {
        "sh", "-c", "exec \"$@\" <\"$STDIN_FILE\" >\"$STDOUT_FILE\" 2>\"$STDERR_FILE\"", "sh"};
    shell.insert(shell.end(), command.begin(), command.end());
    const auto status = runToCompletion(shell, folder / "runner.txt", std::chrono::seconds(60),
                                        {{"STDIN_FILE", inputFile.string()},
                                         {"STDOUT_FILE", outFile.string()},
                                         {"STDERR_FILE", errFile.string()}});
    return {status, readAll(outFile)};
}

} // namespace jpki::test
