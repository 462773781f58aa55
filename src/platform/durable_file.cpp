#include "platform/durable_file.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace jpki::platform {

namespace fs = std::filesystem;

namespace {

constexpr int kNameAttempts = 100;

FileProblem writeProblem(int systemError) {
    return systemError == ENOSPC || systemError == EDQUOT ? FileProblem::DiskFull
                                                          : FileProblem::CannotWrite;
}

fs::path folderOf(const fs::path& target) {
    return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

// ".NAME.XXXXXX.part" beside the target: hidden, and never taken for the finished file.
fs::path temporaryNameFor(const fs::path& target) {
    static constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
    std::string suffix(6, 'x');
    for (char& letter : suffix) {
        letter = letters[pick(random)];
    }
    return folderOf(target) / ("." + target.filename().string() + "." + suffix + ".part");
}

// What is at the target now, without following a link: nothing, a regular file, or something
// that must not be written over.
FileResult<void> checkTarget(const fs::path& target, ExistingTarget existing) {
    struct stat found {};
    if (::lstat(target.c_str(), &found) != 0) {
        if (errno == ENOENT) {
            return {};
        }
        return FileError{FileProblem::CannotCreate, errno, target};
    }
    if (!S_ISREG(found.st_mode)) {
        return FileError{FileProblem::NotARegularFile, 0, target};
    }
    if (existing == ExistingTarget::Keep) {
        return FileError{FileProblem::FileExists, 0, target};
    }
    return {};
}

// rename(2) that never replaces: RENAME_NOREPLACE, or link and unlink where the file system
// lacks it. Sets errno on failure (EEXIST when the target appeared).
bool renameWithoutReplacing(const fs::path& from, const fs::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return false;
    }
    if (::link(from.c_str(), to.c_str()) != 0) {
        return false;
    }
    ::unlink(from.c_str());
    return true;
}

} // namespace

std::string_view fileProblemId(FileProblem problem) {
    switch (problem) {
    case FileProblem::NotARegularFile:
        return "not-a-regular-file";
    case FileProblem::FileExists:
        return "file-exists";
    case FileProblem::CannotCreate:
        return "cannot-create";
    case FileProblem::DiskFull:
        return "disk-full";
    case FileProblem::CannotWrite:
        return "cannot-write";
    case FileProblem::CannotRename:
        return "cannot-rename";
    }
    return "cannot-write";
}

std::string describe(const FileError& error) {
    std::string line = std::string(fileProblemId(error.problem)) + " " + error.path.string();
    if (error.systemError != 0) {
        line += ": ";
        line += std::strerror(error.systemError);
    }
    return line;
}

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept {
    if (this != &other) {
        FileDescriptor old(std::exchange(m_descriptor, other.release()));
    }
    return *this;
}

FileDescriptor::~FileDescriptor() {
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
    }
}

bool FileDescriptor::close() {
    return ::close(release()) == 0;
}

bool writeAll(int descriptor, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(descriptor, content.data(), content.size());
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

FileResult<void> writeWhole(int descriptor, std::string_view content, const fs::path& name) {
    if (!writeAll(descriptor, content)) {
        return FileError{writeProblem(errno), errno, name};
    }
    return {};
}

StagedFile::StagedFile(fs::path target, fs::path temporary, FileDescriptor file,
                       ExistingTarget existing)
    : m_target(std::move(target))
    , m_temporary(std::move(temporary))
    , m_file(std::move(file))
    , m_existing(existing) {}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_temporary(std::move(other.m_temporary))
    , m_file(std::move(other.m_file))
    , m_existing(other.m_existing)
    , m_finished(other.m_finished)
    , m_committed(std::exchange(other.m_committed, true)) {}

StagedFile::~StagedFile() {
    if (!m_committed) {
        m_file = FileDescriptor();
        ::unlink(m_temporary.c_str());
    }
}

FileError StagedFile::failure(FileProblem problem, int systemError) const {
    return FileError{problem, systemError, m_target};
}

FileResult<StagedFile> StagedFile::create(const fs::path& target, mode_t mode,
                                          ExistingTarget existing) {
    if (auto checked = checkTarget(target, existing); !checked) {
        return checked.error();
    }
    for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
        fs::path temporary = temporaryNameFor(target);
        FileDescriptor file(
            ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
        if (!file.valid()) {
            if (errno == EEXIST) {
                continue;
            }
            return FileError{FileProblem::CannotCreate, errno, target};
        }
        StagedFile staged(target, std::move(temporary), std::move(file), existing);
        // The umask may have taken bits away; a public file is meant to be readable.
        if (::fchmod(staged.m_file.get(), mode) != 0) {
            return staged.failure(FileProblem::CannotWrite, errno);
        }
        return staged;
    }
    return FileError{FileProblem::CannotCreate, EEXIST, target};
}

FileResult<void> StagedFile::write(std::string_view bytes) {
    if (m_finished || !m_file.valid()) {
        return failure(FileProblem::CannotWrite, EBADF);
    }
    return writeWhole(m_file.get(), bytes, m_target);
}

FileResult<void> StagedFile::finish() {
    if (m_finished) {
        return {};
    }
    if (!m_file.valid()) {
        return failure(FileProblem::CannotWrite, EBADF);
    }
    if (::fsync(m_file.get()) != 0 || !m_file.close()) {
        return failure(writeProblem(errno), errno);
    }
    m_finished = true;
    return {};
}

FileResult<void> StagedFile::commit() {
    if (auto finished = finish(); !finished) {
        return finished;
    }
    if (auto checked = checkTarget(m_target, m_existing); !checked) {
        return checked;
    }
    const bool renamed = m_existing == ExistingTarget::Keep
                             ? renameWithoutReplacing(m_temporary, m_target)
                             : ::rename(m_temporary.c_str(), m_target.c_str()) == 0;
    if (!renamed) {
        return failure(errno == EEXIST ? FileProblem::FileExists : FileProblem::CannotRename,
                       errno);
    }
    m_committed = true;
    if (auto synced = syncDirectory(folderOf(m_target)); !synced) {
        // The file is whole, but its new name may not outlast a power cut.
        return failure(FileProblem::CannotRename, synced.error().systemError);
    }
    return {};
}

FileResult<void> writeFileDurably(const fs::path& target, std::string_view content, mode_t mode,
                                  ExistingTarget existing) {
    auto staged = StagedFile::create(target, mode, existing);
    if (!staged) {
        return staged.error();
    }
    if (auto written = staged->write(content); !written) {
        return written;
    }
    return staged->commit();
}

FileResult<void> makePrivateDirectory(const fs::path& directory) {
    struct stat found {};
    if (::stat(directory.c_str(), &found) != 0) {
        // Each missing folder is made with the private mode from the start; mkdir(2) applies
        // the umask, which can only take more away, and the last one is set exactly below.
        fs::path partial;
        for (const fs::path& part : directory) {
            partial /= part;
            if (::mkdir(partial.c_str(), kPrivateFolderMode) != 0 && errno != EEXIST) {
                return FileError{FileProblem::CannotCreate, errno, directory};
            }
        }
        if (::stat(directory.c_str(), &found) != 0) {
            return FileError{FileProblem::CannotCreate, errno, directory};
        }
    }
    if (!S_ISDIR(found.st_mode)) {
        return FileError{FileProblem::NotARegularFile, ENOTDIR, directory};
    }
    // Another user's folder (a read-only copy shared on purpose) is used as it is.
    if ((found.st_mode & 07777) != kPrivateFolderMode &&
        ::chmod(directory.c_str(), kPrivateFolderMode) != 0 && errno != EPERM) {
        return FileError{FileProblem::CannotCreate, errno, directory};
    }
    return {};
}

FileResult<bool> removeOthersAccess(const fs::path& file) {
    struct stat found {};
    if (::lstat(file.c_str(), &found) != 0) {
        if (errno == ENOENT) {
            return false;
        }
        return FileError{FileProblem::CannotWrite, errno, file};
    }
    if (!S_ISREG(found.st_mode) || (found.st_mode & 077) == 0) {
        return false;
    }
    if (::chmod(file.c_str(), found.st_mode & 07700) != 0) {
        return FileError{FileProblem::CannotWrite, errno, file};
    }
    return true;
}

FileResult<void> syncDirectory(const fs::path& directory) {
    FileDescriptor handle(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!handle.valid() || ::fsync(handle.get()) != 0) {
        return FileError{writeProblem(errno), errno, directory};
    }
    return {};
}

} // namespace jpki::platform
