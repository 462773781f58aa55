#pragma once

// durable_file.h for the Qt front ends and libraries: paths as QString, bytes as QByteArray, the
// files that hold applicants' data readable by their owner only, and the user's message for each
// FileProblem.

#include "platform/durable_file.h"

#include <QByteArray>
#include <QString>
#include <filesystem>

namespace jpki::platform {

std::filesystem::path nativePath(const QString& path);

// A private file (kPrivateFileMode) on its way to `target` (StagedFile::create).
FileResult<StagedFile> stagePrivateFile(const QString& target, ExistingTarget existing);
FileResult<void> writePrivateFile(const QString& target, const QByteArray& bytes,
                                  ExistingTarget existing);

// What went wrong and what to do, with the file's name, in the current language.
QString fileErrorText(const FileError& error);
// The system's reason (errno) in the user's words where they say what to do ("the disk is full").
QString systemReasonText(int systemError);

} // namespace jpki::platform
