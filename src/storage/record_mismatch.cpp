#include "storage/record_mismatch.h"

#include <QCoreApplication>

namespace jpki::storage {

std::string_view recordKindId(RecordKind kind) {
    switch (kind) {
    case RecordKind::Case:
        return "case";
    case RecordKind::Staff:
        return "staff";
    case RecordKind::DocumentCheck:
        return "document-check";
    case RecordKind::Letter:
        return "letter";
    case RecordKind::SignOff:
        return "sign-off";
    }
    return "unknown";
}

std::string_view recordProblemId(RecordProblem problem) {
    switch (problem) {
    case RecordProblem::NoEvent:
        return "no-event";
    case RecordProblem::NoRow:
        return "no-row";
    case RecordProblem::Differs:
        return "differs";
    }
    return "unknown";
}

namespace {

QString kindText(RecordKind kind) {
    switch (kind) {
    case RecordKind::Case:
        //: en: case
        return QCoreApplication::translate("jpki::storage", "案件");
    case RecordKind::Staff:
        //: en: staff account
        return QCoreApplication::translate("jpki::storage", "職員アカウント");
    case RecordKind::DocumentCheck:
        //: en: document check
        return QCoreApplication::translate("jpki::storage", "書類確認");
    case RecordKind::Letter:
        //: en: inquiry letter
        return QCoreApplication::translate("jpki::storage", "照会書");
    case RecordKind::SignOff:
        //: en: daily sign-off
        return QCoreApplication::translate("jpki::storage", "日次決裁");
    }
    return {};
}

} // namespace

QString recordMismatchText(const RecordMismatch& mismatch) {
    const QString kind = kindText(mismatch.kind);
    switch (mismatch.problem) {
    case RecordProblem::NoEvent:
        //: en: The %1 record %2 is not recorded in the audit chain: it was added outside the program.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "%1の記録 %2 は監査記録にありません。プログラムの外で追加されています。")
            .arg(kind)
            .arg(mismatch.rowId);
    case RecordProblem::NoRow:
        //: en: The %1 recorded by audit record %2 is missing from the database: it was removed outside the program.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "監査記録 %2 が記録した%1がデータベースにありません。プログラムの外で削除されています。")
            .arg(kind)
            .arg(mismatch.eventSequence);
    case RecordProblem::Differs:
        //: en: The %1 record %2 differs from audit record %3 in "%4": it was changed outside the program.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "%1の記録 %2 の「%4」が監査記録 %3 と一致しません。プログラムの外で変更されています。")
            .arg(kind)
            .arg(mismatch.rowId)
            .arg(mismatch.eventSequence)
            .arg(QString::fromStdString(mismatch.field));
    }
    return {};
}

} // namespace jpki::storage
