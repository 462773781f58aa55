#include "messages/review_text.h"

#include "messages/date_text.h"
#include "messages/pin_text.h"
#include "messages/text_rule_text.h"
#include "messages/workflow_text.h"
#include "workflow/refusal.h"
#include "workflow/step.h"

#include <QCoreApplication>
#include <QStringList>

namespace jpki::messages {

namespace {

struct ReviewText {
    Q_DECLARE_TR_FUNCTIONS(jpki::messages::Review)
};

// A step's name from its stored id; the id itself when this program does not know it.
QString stepText(const QString& id) {
    const auto step = workflow::parseStep(id.toStdString());
    return step ? stepName(*step) : id;
}

QString refusalReasonFromId(const QString& id) {
    const auto reason = workflow::parseRefusalReason(id.toStdString());
    return reason ? refusalReasonText(*reason) : id;
}

QString staffNames(const std::vector<storage::StaffRef>& staff) {
    QStringList names;
    for (const storage::StaffRef& member : staff) {
        names.append(member.displayName);
    }
    //: en: , (between names in a list)
    return names.join(ReviewText::tr("、"));
}

} // namespace

QString flagKindName(workflow::FlagKind kind) {
    using workflow::FlagKind;
    switch (kind) {
    case FlagKind::ChainBroken:
        //: en: Audit chain broken
        return ReviewText::tr("監査記録の改ざん・欠落");
    case FlagKind::LeftOpen:
        //: en: Left open at the end of the day
        return ReviewText::tr("終業時に未完了");
    case FlagKind::Refused:
        //: en: Refused
        return ReviewText::tr("受付不可");
    case FlagKind::Cancelled:
        //: en: Cancelled
        return ReviewText::tr("取消");
    case FlagKind::ApplicantLeft:
        //: en: Applicant left
        return ReviewText::tr("申請者退席");
    case FlagKind::PinBlocked:
        //: en: PIN locked during the visit
        return ReviewText::tr("来庁中に暗証番号ロック");
    case FlagKind::LetterUnanswered:
        //: en: Inquiry letter unanswered
        return ReviewText::tr("照会書兼回答書の未回答");
    case FlagKind::AnotherClerk:
        //: en: Continued by another clerk
        return ReviewText::tr("別の担当者による引継ぎ");
    case FlagKind::ClockWentBack:
        //: en: The PC's clock went back
        return ReviewText::tr("端末の時計の逆戻り");
    }
    return {};
}

QString flagText(const workflow::ReviewFlag& flag) {
    using workflow::FlagKind;
    switch (flag.kind) {
    case FlagKind::ChainBroken:
        if (flag.chainBreak) {
            return storage::chainBreakText(*flag.chainBreak);
        }
        if (!flag.records.empty()) {
            QStringList lines;
            for (const storage::RecordMismatch& mismatch : flag.records) {
                lines.append(storage::recordMismatchText(mismatch));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return flagKindName(flag.kind);
    case FlagKind::LeftOpen:
        //: en: Still open when the day ended, at the step "%1".
        return ReviewText::tr("「%1」の段階で終業時に未完了でした。").arg(stepText(flag.step));
    case FlagKind::Refused:
        //: en: Refused: %1
        return ReviewText::tr("受付不可：%1").arg(refusalReasonFromId(flag.reason));
    case FlagKind::Cancelled:
        //: en: Cancelled at the step "%1".
        return ReviewText::tr("「%1」の段階で取り消されました。").arg(stepText(flag.step));
    case FlagKind::ApplicantLeft:
        //: en: The applicant left at the step "%1".
        return ReviewText::tr("「%1」の段階で申請者が退席しました。").arg(stepText(flag.step));
    case FlagKind::PinBlocked:
        //: en: %1 was locked by wrong entries during the visit.
        return ReviewText::tr("来庁中の誤入力により%1がロックされました。")
            .arg(flag.pin ? pinKindName(*flag.pin) : QString());
    case FlagKind::LetterUnanswered:
        //: en: Letter %1 mailed on %2 has had no reply for %3 business days.
        return ReviewText::tr("%2に発送した照会書兼回答書 %1 に、%3開庁日回答がありません。")
            .arg(flag.letterReference, flag.mailedOn ? dateText(*flag.mailedOn) : QString())
            .arg(flag.businessDaysWaiting);
    case FlagKind::AnotherClerk:
        //: en: Opened by %1, continued by %2.
        return ReviewText::tr("%1が受け付け、%2が引き継ぎました。")
            .arg(flag.openedBy ? flag.openedBy->displayName : QString(),
                 staffNames(flag.otherClerks));
    case FlagKind::ClockWentBack:
        //: en: When record %1 was made, the PC's clock was %2 seconds behind the record before it; the record was given that record's time instead. Check the PC's clock.
        return ReviewText::
            tr("記録 %1 の作成時、端末の時計が直前の記録より %2 秒遅れていました。記録の時刻は直前の記録の時刻にそろえました。端末の時計を確認してください。")
                .arg(flag.eventSequence)
                .arg(QString::number(static_cast<double>(flag.clockBehindMilliseconds) / 1000.0,
                                     'f', 1));
    }
    return {};
}

QString reviewProblemText(workflow::ReviewProblem problem) {
    using workflow::ReviewProblem;
    switch (problem) {
    case ReviewProblem::NotPermitted:
        //: en: Only a supervisor can review or sign off a day. The attempt has been recorded.
        return ReviewText::tr("日次の確認と締めは責任者のみ行えます。操作の試みは記録されました。");
    case ReviewProblem::DayInFuture:
        //: en: A day that has not come yet cannot be signed off.
        return ReviewText::tr("まだ来ていない日は締められません。");
    case ReviewProblem::AlreadySignedOff:
        //: en: This day has already been signed off at this counter.
        return ReviewText::tr("この日のこの窓口はすでに締め済みです。");
    case ReviewProblem::OpenCasesNotAcknowledged:
        //: en: Some cases are still open. Complete them, or acknowledge each with a note.
        return ReviewText::tr("未完了の案件があります。完了させるか、"
                              "案件ごとに確認のメモを入力してください。");
    case ReviewProblem::AcknowledgementNoteMissing:
        //: en: Enter a note for each open case acknowledged.
        return ReviewText::tr("確認する未完了の案件ごとにメモを入力してください。");
    case ReviewProblem::NoteInvalid:
        //: en: A note cannot be stored as it is.
        return ReviewText::tr("メモをこのままでは保存できません。");
    case ReviewProblem::NotAnOpenCase:
        //: en: An acknowledged case is not open on this day at this counter.
        return ReviewText::tr("確認した案件は、この日のこの窓口の未完了の案件ではありません。");
    case ReviewProblem::CounterMissing:
        //: en: Choose the counter to sign off.
        return ReviewText::tr("締める窓口を選んでください。");
    case ReviewProblem::Storage:
        //: en: The case log could not be read or written.
        return ReviewText::tr("案件の記録を読み書きできませんでした。");
    }
    return {};
}

QString reviewErrorText(const workflow::ReviewError& error) {
    QString text = reviewProblemText(error.problem);
    for (const storage::CaseSummary& open : error.openCases) {
        if (!open.reference.isEmpty()) {
            text += QStringLiteral("\n・") + open.reference;
        }
    }
    if (error.storageError) {
        text += QLatin1Char('\n') + storage::errorText(*error.storageError);
    }
    if (error.textProblem) {
        text += QLatin1Char('\n') + textProblemText(domain::TextKind::Note, *error.textProblem);
    }
    return text;
}

} // namespace jpki::messages
