#include "simulator/authority.h"

namespace jpki::sim {

std::filesystem::path authorityDirectoryFor(const std::filesystem::path& stateFile) {
    std::filesystem::path directory = stateFile;
    directory += ".authority";
    return directory;
}

} // namespace jpki::sim
