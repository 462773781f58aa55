#pragma once

// Files that survive a crash or a power cut, through platform/durable_file.h: written whole under
// a temporary name, synced, then renamed over the target, and the directory synced so that the
// rename itself lasts. The mode is given when the file is created, so that a key is never
// readable by others, not even briefly.

#include "issuer/result.h"
#include "platform/durable_file.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace jpki::issuer {

using platform::FileDescriptor;
using platform::writeAll;

// platform::writeFileDurably, replacing a regular file at `path`; its errors as StorageFailure.
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
