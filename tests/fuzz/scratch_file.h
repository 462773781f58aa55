#pragma once

// A file of this fuzzing process for the targets that read through a path: in memory (/dev/shm)
// where there is one, since a run writes it millions of times, and removed when the process ends.

#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>

namespace jpki::fuzz {

class ScratchFile {
public:
    explicit ScratchFile(const std::string& name) {
        std::error_code error;
        const std::filesystem::path memory("/dev/shm");
        const std::filesystem::path base = std::filesystem::is_directory(memory, error)
                                               ? memory
                                               : std::filesystem::temp_directory_path();
        m_folder = base / ("jpki-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_folder);
        m_file = m_folder / name;
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    ~ScratchFile() {
        std::error_code error;
        std::filesystem::remove_all(m_folder, error);
    }
    const std::filesystem::path& path() const { return m_file; }

private:
    std::filesystem::path m_folder;
    std::filesystem::path m_file;
};

} // namespace jpki::fuzz
