#include "storage/storage_error.h"

#include "platform/file_output.h"

#include <QCoreApplication>

namespace jpki::storage {

std::string_view codeName(StorageErrorCode code) {
    switch (code) {
    case StorageErrorCode::Busy:
        return "Busy";
    case StorageErrorCode::DiskFull:
        return "DiskFull";
    case StorageErrorCode::ReadOnly:
        return "ReadOnly";
    case StorageErrorCode::Corrupt:
        return "Corrupt";
    case StorageErrorCode::NotADatabase:
        return "NotADatabase";
    case StorageErrorCode::IoError:
        return "IoError";
    case StorageErrorCode::CannotOpen:
        return "CannotOpen";
    case StorageErrorCode::NoDatabase:
        return "NoDatabase";
    case StorageErrorCode::NotARegularFile:
        return "NotARegularFile";
    case StorageErrorCode::NotSynthetic:
        return "NotSynthetic";
    case StorageErrorCode::Constraint:
        return "Constraint";
    case StorageErrorCode::AppendOnly:
        return "AppendOnly";
    case StorageErrorCode::NewerSchema:
        return "NewerSchema";
    case StorageErrorCode::OlderSchema:
        return "OlderSchema";
    case StorageErrorCode::NotFound:
        return "NotFound";
    case StorageErrorCode::SecretRefused:
        return "SecretRefused";
    case StorageErrorCode::InvalidArgument:
        return "InvalidArgument";
    case StorageErrorCode::InvalidData:
        return "InvalidData";
    case StorageErrorCode::BackupWriteFailure:
        return "BackupWriteFailure";
    case StorageErrorCode::Unproven:
        return "Unproven";
    case StorageErrorCode::ServerUnreachable:
        return "ServerUnreachable";
    case StorageErrorCode::AuthenticationFailed:
        return "AuthenticationFailed";
    case StorageErrorCode::ConnectionLost:
        return "ConnectionLost";
    case StorageErrorCode::WriteConflict:
        return "WriteConflict";
    case StorageErrorCode::PermissionDenied:
        return "PermissionDenied";
    case StorageErrorCode::UniqueViolation:
        return "UniqueViolation";
    case StorageErrorCode::Internal:
        return "Internal";
    }
    return "Unknown";
}

std::string describe(const StorageError& error) {
    std::string line(codeName(error.code));
    if (error.sqliteCode != 0) {
        line += " (sqlite " + std::to_string(error.sqliteCode) + ")";
    }
    if (!error.sqlState.empty()) {
        line += " (sqlstate " + error.sqlState + ")";
    }
    if (error.code == StorageErrorCode::NewerSchema ||
        error.code == StorageErrorCode::OlderSchema) {
        line += " schema " + std::to_string(error.foundSchemaVersion) + ", supported " +
                std::to_string(error.supportedSchemaVersion);
    }
    if (!error.context.empty()) {
        line += ": " + error.context;
    }
    if (error.file) {
        line += ": " + platform::describe(*error.file);
    }
    return line;
}

QString errorText(const StorageError& error) {
    switch (error.code) {
    case StorageErrorCode::Busy:
        //: en: Another program is using the case database. Wait a moment and try again.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースを他のプログラムが使用中です。しばらく待ってからもう一度操作してください。");
    case StorageErrorCode::DiskFull:
        //: en: The disk is full, so this step was not recorded. Everything recorded before is kept. Call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "ディスクの空き容量が不足しているため、この操作は記録されませんでした。これまでの記録は失われていません。システム担当者に連絡してください。");
    case StorageErrorCode::ReadOnly:
        //: en: The case database is read-only, so this step was not recorded. Everything recorded before is kept. Call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースが読み取り専用のため、この操作は記録されませんでした。これまでの記録は失われていません。システム担当者に連絡してください。");
    case StorageErrorCode::Corrupt:
        //: en: The case database is damaged. Stop work at this counter and call the system administrator; it must be restored from a backup.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースが破損しています。この窓口での作業を中止し、システム担当者に連絡してください(バックアップからの復元が必要です)。");
    case StorageErrorCode::NotADatabase:
        //: en: This file is not a case database of this program. It was left unchanged.
        return QCoreApplication::translate(
            "jpki::storage",
            "このファイルは本プログラムの案件データベースではありません。ファイルは変更していません。");
    case StorageErrorCode::IoError:
        //: en: Reading or writing the case database failed. Check the disk or the network drive, and call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースの読み書きに失敗しました。ディスクやネットワークドライブを確認し、システム担当者に連絡してください。");
    case StorageErrorCode::CannotOpen:
        //: en: The case database could not be opened. Check that the file and its folder exist and that you may use them.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースを開けませんでした。ファイルとフォルダーがあるか、使用する権限があるかを確認してください。");
    case StorageErrorCode::NoDatabase:
        //: en: There is no case database here (the file is missing or empty), and none was created. Check the path.
        return QCoreApplication::translate(
            "jpki::storage",
            "ここに案件データベースはありません(ファイルがないか、空です)。新しく作成もしていません。パスを確認してください。");
    case StorageErrorCode::NotARegularFile:
        //: en: This is not a regular file (a folder, a FIFO, a device or a socket), so it was not opened.
        return QCoreApplication::translate(
            "jpki::storage",
            "通常のファイルではないため(フォルダー、FIFO、デバイス、ソケットなど)、開いていません。");
    case StorageErrorCode::NotSynthetic:
        //: en: This database was not made for synthetic history, so nothing was written to it. Give a new file.
        return QCoreApplication::translate(
            "jpki::storage",
            "このデータベースは架空の履歴用に作成されたものではないため、何も書き込んでいません。新しいファイルを指定してください。");
    case StorageErrorCode::Constraint:
        //: en: This record contradicts what is already recorded, so it was not saved.
        return QCoreApplication::translate(
            "jpki::storage", "既存の記録と矛盾するため、この内容は保存しませんでした。");
    case StorageErrorCode::AppendOnly:
        //: en: A recorded entry cannot be changed or removed. Record a correction as a new entry.
        return QCoreApplication::translate(
            "jpki::storage",
            "記録済みの内容は変更・削除できません。訂正は新しい記録として追加してください。");
    case StorageErrorCode::NewerSchema:
        //: en: This case database was written by a newer version of the program (database version %1; this program reads up to version %2). Update the program. The file was left unchanged.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "この案件データベースは新しいバージョンのプログラムで作成されています(データベースのバージョン %1、このプログラムが扱えるのはバージョン %2 まで)。プログラムを更新してください。ファイルは変更していません。")
            .arg(error.foundSchemaVersion)
            .arg(error.supportedSchemaVersion);
    case StorageErrorCode::OlderSchema:
        //: en: This case database is in an older format (version %1; current version %2) and cannot be upgraded when opened read-only. Open it once in the counter application.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "この案件データベースは古い形式です(バージョン %1、現在の形式はバージョン %2)。読み取り専用では更新できません。窓口アプリケーションで一度開いてください。")
            .arg(error.foundSchemaVersion)
            .arg(error.supportedSchemaVersion);
    case StorageErrorCode::NotFound:
        //: en: No matching record was found.
        return QCoreApplication::translate("jpki::storage", "該当する記録が見つかりません。");
    case StorageErrorCode::SecretRefused:
        //: en: PINs, passwords and My Numbers are never recorded; the entry was not saved.
        return QCoreApplication::translate(
            "jpki::storage",
            "暗証番号・パスワード・個人番号は記録できません。この内容は保存しませんでした。");
    case StorageErrorCode::InvalidArgument:
        //: en: The entry is incomplete or malformed, so it was not saved.
        return QCoreApplication::translate(
            "jpki::storage", "入力内容が不足しているか形式が正しくないため、保存しませんでした。");
    case StorageErrorCode::InvalidData:
        //: en: The case database holds a value this program does not understand. Call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースに、このプログラムが解釈できない値があります。システム担当者に連絡してください。");
    case StorageErrorCode::Unproven:
        //: en: A record in the case database does not match the audit chain: it was changed outside this program. It is not used. Call the supervisor and the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースの記録が監査記録と一致しません。プログラムの外で変更されています。この記録は使用しません。監督者とシステム担当者に連絡してください。");
    case StorageErrorCode::ServerUnreachable:
        //: en: Could not connect to the database server, so nothing was recorded. Check the network and the server's address, and call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "データベースサーバーに接続できないため、何も記録していません。ネットワークとサーバーの指定を確認し、システム担当者に連絡してください。");
    case StorageErrorCode::AuthenticationFailed:
        //: en: The database server did not accept this counter's user name or password, so nothing was recorded. Call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "データベースサーバーがこの窓口のユーザー名またはパスワードを受け付けなかったため、何も記録していません。システム担当者に連絡してください。");
    case StorageErrorCode::ConnectionLost:
        //: en: The connection to the database server was lost. Everything recorded before is kept; whether the last step was recorded shows when the case is opened again after the connection is back. If the connection does not come back, call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "データベースサーバーとの接続が切れました。これまでの記録は失われていません。直前の操作が記録されたかどうかは、接続が戻ってから案件を開き直すと表示されます。接続が戻らない場合は、システム担当者に連絡してください。");
    case StorageErrorCode::WriteConflict:
        //: en: Another counter was recording at the same moment, so this step was not recorded. Try again.
        return QCoreApplication::translate(
            "jpki::storage",
            "他の窓口が同時に記録していたため、この操作は記録されませんでした。もう一度操作してください。");
    case StorageErrorCode::PermissionDenied:
        //: en: This counter's database user is not allowed to do this, so nothing was changed. Call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "この窓口のデータベース利用者にはこの操作の権限がないため、何も変更していません。システム担当者に連絡してください。");
    case StorageErrorCode::UniqueViolation:
        //: en: The same entry is already recorded, so it was not saved again.
        return QCoreApplication::translate(
            "jpki::storage", "同じ内容がすでに記録されているため、重ねて保存しませんでした。");
    case StorageErrorCode::BackupWriteFailure:
        if (error.file) {
            return platform::fileErrorText(*error.file);
        }
        [[fallthrough]];
    case StorageErrorCode::Internal:
        //: en: An unexpected error occurred in the case database. Call the system administrator.
        return QCoreApplication::translate(
            "jpki::storage",
            "案件データベースで予期しないエラーが発生しました。システム担当者に連絡してください。");
    }
    return {};
}

} // namespace jpki::storage
