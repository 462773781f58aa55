#pragma once

// A file of this fuzzing process for the targets that read through a path: in memory (/dev/shm)
// where there is one, since a run writes it millions of times, and removed when the process ends.

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <string_view>
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

    // Replaces the file's content: plain system calls, since a stream's set-up per input costs
    // more than the write.
    void write(std::string_view content) const {
        // libFuzzer's timers interrupt system calls (its handlers do not ask for a restart).
        int descriptor = -1;
        do {
            descriptor = ::open(m_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        } while (descriptor < 0 && errno == EINTR);
        if (descriptor < 0) {
            std::abort(); // the folder is gone: nothing would be tested any more
        }
        while (!content.empty()) {
            const ssize_t written = ::write(descriptor, content.data(), content.size());
            if (written < 0 && errno == EINTR) {
                continue;
            }
            if (written <= 0) {
                std::abort();
            }
            content.remove_prefix(static_cast<std::size_t>(written));
        }
        ::close(descriptor);
    }

private:
    std::filesystem::path m_folder;
    std::filesystem::path m_file;
};

} // namespace jpki::fuzz
