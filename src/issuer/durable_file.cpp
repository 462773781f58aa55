#include "issuer/durable_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace jpki::issuer {

namespace fs = std::filesystem;

std::string systemFailure(std::string_view what, const fs::path& path) {
    return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

Result<void> writeFileDurably(const fs::path& path, std::string_view content, mode_t mode) {
    auto written =
        platform::writeFileDurably(path, content, mode, platform::ExistingTarget::Replace);
    if (!written) {
        return IssuerError(IssuerErrorCode::StorageFailure, platform::describe(written.error()));
    }
    return {};
}

Result<void> syncDirectory(const fs::path& directory) {
    if (auto synced = platform::syncDirectory(directory); !synced) {
        return IssuerError(IssuerErrorCode::StorageFailure, platform::describe(synced.error()));
    }
    return {};
}

Result<void> makePrivateDirectory(const fs::path& directory) {
    if (auto made = platform::makePrivateDirectory(directory); !made) {
        return IssuerError(IssuerErrorCode::StorageFailure, platform::describe(made.error()));
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
