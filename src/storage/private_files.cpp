#include "storage/private_files.h"

#include "platform/durable_file.h"
#include "platform/file_output.h"
#include "platform/logging.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace jpki::storage::detail {

Result<void> createPrivateFile(const QString& path) {
    const std::filesystem::path name = platform::nativePath(path);
    platform::FileDescriptor file(::open(name.c_str(),
                                         O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                                         platform::kPrivateFileMode));
    // The umask may have taken the owner's write bit away; the mode is set exactly.
    if (!file.valid() || ::fchmod(file.get(), platform::kPrivateFileMode) != 0 || !file.close()) {
        StorageError error(StorageErrorCode::CannotOpen, "creating the new database file");
        error.context += ": " + std::string(std::strerror(errno));
        return error;
    }
    return {};
}

void keepDatabasePrivate(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        const auto tightened = platform::removeOthersAccess(platform::nativePath(file));
        if (!tightened) {
            platform::logger("db")->warn(
                "{} is readable by others and could not be made private: {}", file.toStdString(),
                std::strerror(tightened.error().systemError));
        } else if (*tightened) {
            platform::logger("db")->warn(
                "{} was readable by others; it is now readable by its owner only",
                file.toStdString());
        }
    }
}

} // namespace jpki::storage::detail
