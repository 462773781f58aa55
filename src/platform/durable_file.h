#pragma once

// The one way the programs write a file: exports, letters and receipts, reports, backups, the
// issuing authority's keys and the virtual card's state. Plain C++ (the issuer and the simulator
// have no Qt); file_output.h is the Qt side.
//
// The bytes go to a new file beside the target, created exclusively (O_EXCL | O_NOFOLLOW: never
// through a symbolic link, never an existing file) with its mode from the start; they are
// synced, and the file is then renamed to the target and the folder synced, so that the target
// is either the whole new file or what it was before. A target that is a symbolic link (even a
// dangling one), a device, a FIFO, a socket or a folder is refused, so that a name planted in a
// shared folder cannot send the bytes elsewhere. A failed write (a full disk) leaves nothing
// under the target's name and no temporary file.

#include "common/expected.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <utility>

namespace jpki::platform {

// Everything the programs keep or write (the case database and its -wal and -shm, logs,
// exports, the virtual card's state, the authority's files) is its owner's only.
inline constexpr mode_t kPrivateFileMode = 0600;
inline constexpr mode_t kPrivateFolderMode = 0700;

enum class FileProblem {
    NotARegularFile, // the target is a symbolic link, a device, a FIFO, a socket or a folder
    FileExists,      // the target exists and is to be kept
    CannotCreate,    // no new file beside the target: the folder is missing or not writable
    DiskFull,        // no space left (or the quota is used up)
    CannotWrite,     // any other failed write, sync or close
    CannotRename,    // the finished file could not take the target's place (or the folder
                     // could not be synced after it did)
};

// Stable id for events, logs and JSON: "not-a-regular-file", "file-exists", "cannot-create",
// "disk-full", "cannot-write", "cannot-rename".
std::string_view fileProblemId(FileProblem problem);

struct FileError {
    FileProblem problem = FileProblem::CannotWrite;
    int systemError = 0;        // errno; 0 when the target was refused by the check itself
    std::filesystem::path path; // the target
};

// One line for a log or an error's context: what, which file, the system's reason.
std::string describe(const FileError& error);

template <typename T> using FileResult = Expected<T, FileError>;

// Whether an existing regular file at the target may be replaced.
enum class ExistingTarget { Replace, Keep };

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
// writeAll with its failure as a FileError about `name` (DiskFull or CannotWrite): for a
// descriptor that is not a StagedFile's, such as standard output.
FileResult<void> writeWhole(int descriptor, std::string_view content,
                            const std::filesystem::path& name);

// A file on its way to the target: written under a temporary name beside it, then finished
// (synced and closed) and committed (renamed to the target). Destroyed uncommitted, it removes
// the temporary file, so that an error at any step leaves nothing behind.
class StagedFile {
public:
    // Checks the target (see FileProblem) and creates the temporary file, empty, with `mode`
    // exactly (whatever the umask).
    static FileResult<StagedFile> create(const std::filesystem::path& target, mode_t mode,
                                         ExistingTarget existing);

    StagedFile(StagedFile&& other) noexcept;
    StagedFile& operator=(StagedFile&&) = delete;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();

    const std::filesystem::path& target() const { return m_target; }
    // Where the bytes are until commit(); a program that writes by name (SQLite) may use it.
    const std::filesystem::path& temporaryPath() const { return m_temporary; }

    FileResult<void> write(std::string_view bytes);
    // Syncs and closes the temporary file: its bytes are on the disk.
    FileResult<void> finish();
    // Checks the target again, renames the finished file to it (with Keep, only while there is
    // no file of that name) and syncs the folder.
    FileResult<void> commit();

private:
    StagedFile(std::filesystem::path target, std::filesystem::path temporary, FileDescriptor file,
               ExistingTarget existing);
    FileError failure(FileProblem problem, int systemError) const;

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    FileDescriptor m_file;
    ExistingTarget m_existing;
    bool m_finished = false;
    bool m_committed = false;
};

// StagedFile's create, write, finish and commit in one.
FileResult<void> writeFileDurably(const std::filesystem::path& target, std::string_view content,
                                  mode_t mode, ExistingTarget existing);

// fsync of a folder, so that a file created or renamed in it lasts.
FileResult<void> syncDirectory(const std::filesystem::path& directory);

// Creates `directory` and any missing parent with kPrivateFolderMode, whatever the umask, or
// takes the existing one and makes it kPrivateFolderMode (its existing parents are left as they
// are; a folder of another owner, which this user may not change, is taken as it is).
// CannotCreate when it cannot be made or its mode cannot be set, NotARegularFile when it is not
// a folder.
FileResult<void> makePrivateDirectory(const std::filesystem::path& directory);

// Takes the group's and others' permissions away from an existing regular file, so that a file
// made before (or by another program, with a wider umask) is its owner's only. True when the mode
// was changed, false when it was already private or there is no such file (a symbolic link is
// left alone); CannotWrite with errno when it cannot be changed.
FileResult<bool> removeOthersAccess(const std::filesystem::path& file);

} // namespace jpki::platform
