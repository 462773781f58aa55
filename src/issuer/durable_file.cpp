#include "issuer/durable_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace jpki::issuer {

namespace fs = std::filesystem;

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

std::string systemFailure(std::string_view what, const fs::path& path) {
    return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

Result<void> writeFileDurably(const fs::path& path, std::string_view content, mode_t mode) {
    fs::path temporary = path;
    temporary += ".tmp";
    ::unlink(temporary.c_str()); // a leftover of an interrupted write, with whatever mode it had
    FileDescriptor file(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode));
    if (file.get() < 0) {
        return IssuerError(IssuerErrorCode::StorageFailure,
                           systemFailure("cannot create", temporary));
    }
    // The umask may have taken bits away; a public file is meant to be readable.
    if (::fchmod(file.get(), mode) != 0 || !writeAll(file.get(), content) ||
        ::fsync(file.get()) != 0 || !file.close()) {
        const IssuerError error(IssuerErrorCode::StorageFailure,
                                systemFailure("cannot write", temporary));
        ::unlink(temporary.c_str());
        return error;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        return IssuerError(IssuerErrorCode::StorageFailure, systemFailure("cannot rename", path));
    }
    return syncDirectory(path.parent_path().empty() ? fs::path(".") : path.parent_path());
}

Result<void> syncDirectory(const fs::path& directory) {
    FileDescriptor handle(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (handle.get() < 0 || ::fsync(handle.get()) != 0) {
        return IssuerError(IssuerErrorCode::StorageFailure,
                           systemFailure("cannot sync", directory));
    }
    return {};
}

Result<void> makePrivateDirectory(const fs::path& directory) {
    std::error_code error;
    fs::create_directories(directory, error);
    if (error) {
        return IssuerError(IssuerErrorCode::StorageFailure,
                           "cannot create " + directory.string() + ": " + error.message());
    }
    if (::chmod(directory.c_str(), S_IRWXU) != 0) {
        return IssuerError(IssuerErrorCode::StorageFailure,
                           systemFailure("cannot chmod", directory));
    }
    return {};
}

Result<std::string> readWholeFile(const fs::path& path) {
    std::error_code absence;
    if (!fs::exists(path, absence) && !absence) {
        return IssuerError(IssuerErrorCode::MissingFile, path.filename().string() +
                                                             " is missing from " +
                                                             path.parent_path().string());
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in || in.bad()) {
        return IssuerError(IssuerErrorCode::StorageFailure, systemFailure("cannot read", path));
    }
    return content.str();
}

} // namespace jpki::issuer
