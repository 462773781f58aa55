#include "platform/file_output.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>

namespace jpki::platform {

namespace {

struct FileText {
    Q_DECLARE_TR_FUNCTIONS(jpki::platform::Files)
};

} // namespace

std::filesystem::path nativePath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

FileResult<StagedFile> stagePrivateFile(const QString& target, ExistingTarget existing) {
    return StagedFile::create(nativePath(target), kPrivateFileMode, existing);
}

FileResult<void> writePrivateFile(const QString& target, const QByteArray& bytes,
                                  ExistingTarget existing) {
    return writeFileDurably(nativePath(target),
                            std::string_view(bytes.constData(), std::size_t(bytes.size())),
                            kPrivateFileMode, existing);
}

QString systemReasonText(int systemError) {
    switch (systemError) {
    case ENOENT:
    case ENOTDIR:
        //: en: the folder does not exist
        return FileText::tr("フォルダーがありません");
    case EACCES:
    case EPERM:
        //: en: no permission to write there
        return FileText::tr("書き込む権限がありません");
    case EROFS:
        //: en: the disk is read-only
        return FileText::tr("読み取り専用のディスクです");
    case ENOSPC:
    case EDQUOT:
        //: en: the disk is full
        return FileText::tr("ディスクがいっぱいです");
    default:
        return QString::fromLocal8Bit(std::strerror(systemError));
    }
}

QString fileErrorText(const FileError& error) {
    const QString path = QFile::decodeName(QByteArray::fromStdString(error.path.string()));
    switch (error.problem) {
    case FileProblem::NotARegularFile:
        //: en: %1 is a symbolic link, a device or another special file, not a regular file: nothing was written. Give the name of a regular file.
        return FileText::
            tr("%1 はシンボリックリンク・デバイスなどで、通常のファイルではないため、書き込みませんでした。通常のファイル名を指定してください。")
                .arg(path);
    case FileProblem::FileExists:
        //: en: %1 already exists and is not overwritten. Give another file name.
        return FileText::tr(
                   "%1 は既に存在するため、上書きしません。別のファイル名を指定してください。")
            .arg(path);
    case FileProblem::CannotCreate:
        //: en: %1 cannot be created (%2): nothing was written.
        return FileText::tr("%1 を作成できません(%2)。何も書き込んでいません。")
            .arg(path, systemReasonText(error.systemError));
    case FileProblem::CannotRename:
        //: en: The finished file could not be put in place as %1 (%2).
        return FileText::tr("書き上げたファイルを %1 として置けませんでした(%2)。")
            .arg(path, systemReasonText(error.systemError));
    case FileProblem::DiskFull:
    case FileProblem::CannotWrite:
        break;
    }
    //: en: %1 could not be written (%2): nothing was left under that name.
    return FileText::tr("%1 を書き込めませんでした(%2)。この名前のファイルは作成していません。")
        .arg(path, systemReasonText(error.systemError));
}

} // namespace jpki::platform
