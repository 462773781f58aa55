#pragma once

// Files that survive a crash or a power cut: written whole under a temporary name, synced, then
// renamed over the target, and the directory synced so that the rename itself lasts. The mode is
// given when the file is created, so that a key is never readable by others, not even briefly.

#include "issuer/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <utility>

namespace jpki::issuer {

// Owns a POSIX file descriptor; closes it when destroyed.
class FileDescriptor {
public:
    explicit FileDescriptor(int descriptor = -1)
        : m_descriptor(descriptor) {}
    FileDescriptor(FileDescriptor&& other) noexcept
        : m_descriptor(other.release()) {}
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor();

    int get() const { return m_descriptor; }
    bool valid() const { return m_descriptor >= 0; }
    int release() { return std::exchange(m_descriptor, -1); }
    // Closes now, reporting whether the kernel accepted the last writes.
    bool close();

private:
    int m_descriptor;
};

// Writes all of `content`, retrying short writes and interruptions; false on an error (errno).
bool writeAll(int descriptor, std::string_view content);

Result<void> writeFileDurably(const std::filesystem::path& path, std::string_view content,
                              mode_t mode);

Result<void> syncDirectory(const std::filesystem::path& directory);

// Creates the directory (and its parents) or takes the existing one; either way its mode
// becomes 0700.
Result<void> makePrivateDirectory(const std::filesystem::path& directory);

// MissingFile when there is no such file, StorageFailure when it cannot be read.
Result<std::string> readWholeFile(const std::filesystem::path& path);

// "what path: strerror(errno)", for a StorageFailure's context.
std::string systemFailure(std::string_view what, const std::filesystem::path& path);

} // namespace jpki::issuer
