#include "messages/workflow_text.h"

#include "messages/card_text.h"
#include "messages/date_text.h"
#include "messages/document_text.h"
#include "messages/pin_text.h"
#include "messages/text_rule_text.h"
#include "messages/validity_text.h"

#include <QCoreApplication>

namespace jpki::messages {

namespace {

struct WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(jpki::messages::Workflow)
};

} // namespace

QString stepName(workflow::Step step) {
    using workflow::Step;
    switch (step) {
    case Step::Reception:
        //: en: Reception
        return WorkflowText::tr("受付");
    case Step::Documents:
        //: en: Identity and documents
        return WorkflowText::tr("本人確認・書類確認");
    case Step::LetterIssued:
        //: en: Inquiry letter issued
        return WorkflowText::tr("照会書兼回答書の発行");
    case Step::AwaitingReply:
        //: en: Awaiting the reply
        return WorkflowText::tr("回答待ち");
    case Step::CardCheck:
        //: en: Card check
        return WorkflowText::tr("カードの確認");
    case Step::PinEntry:
        //: en: PIN entry
        return WorkflowText::tr("暗証番号の入力");
    case Step::CardOperation:
        //: en: Card operation
        return WorkflowText::tr("カードの処理");
    case Step::Completed:
        //: en: Completed
        return WorkflowText::tr("完了");
    case Step::Refused:
        //: en: Refused
        return WorkflowText::tr("受付不可");
    case Step::Cancelled:
        //: en: Cancelled
        return WorkflowText::tr("取消");
    case Step::ApplicantLeft:
        //: en: Applicant left
        return WorkflowText::tr("申請者退席");
    }
    return {};
}

QString refusalReasonText(workflow::RefusalReason reason) {
    using workflow::RefusalReason;
    switch (reason) {
    case RefusalReason::MissingDocuments:
        //: en: Some required documents are missing.
        return WorkflowText::tr("必要な書類がそろっていません。");
    case RefusalReason::InquiryFormOpened:
        //: en: The inquiry-and-reply form was opened before it reached the counter; it cannot be accepted.
        return WorkflowText::tr("照会書兼回答書が開封されているため、受け付けられません。");
    case RefusalReason::TooEarly:
        //: en: The certificate cannot be renewed yet: renewal opens three months before expiry.
        return WorkflowText::tr("まだ更新できません。更新は有効期限の3か月前から手続きできます。");
    case RefusalReason::CardReapplicationRequired:
        //: en: The card itself expires with the certificate; the card must be applied for again.
        return WorkflowText::tr(
            "カード本体の有効期限が電子証明書と同時に切れるため、カードの再申請が必要です。");
    case RefusalReason::SignatureUnderFifteen:
        //: en: A signature certificate is not issued to an applicant under 15.
        return WorkflowText::tr("15歳未満の方には署名用電子証明書を発行できません。");
    case RefusalReason::SignatureAdultWard:
        //: en: A signature certificate is not issued to an adult ward.
        return WorkflowText::tr("成年被後見人の方には署名用電子証明書を発行できません。");
    case RefusalReason::SignatureFaceAuthenticationCard:
        //: en: A face-authentication card holds no signature certificate.
        return WorkflowText::tr("顔認証マイナンバーカードには署名用電子証明書を搭載できません。");
    case RefusalReason::CertificateAbsent:
        //: en: The card holds no such certificate; a new issuance is needed instead of a renewal.
        return WorkflowText::tr(
            "カードにその電子証明書がありません。更新ではなく新規発行の手続きが必要です。");
    case RefusalReason::NothingToRenew:
        //: en: No certificate on this card can be renewed today.
        return WorkflowText::tr("このカードには本日更新できる電子証明書がありません。");
    case RefusalReason::PinAbsent:
        //: en: This card has no such PIN.
        return WorkflowText::tr("このカードにはその暗証番号がありません。");
    case RefusalReason::PinStateUnknown:
        //: en: The card could not tell the state of the PIN. Check the card and try again.
        return WorkflowText::tr(
            "暗証番号の状態をカードから読み取れませんでした。カードを確認してやり直してください。");
    case RefusalReason::PinBlocked:
        //: en: The PIN is locked. Release the lock (reset the PIN) before renewing.
        return WorkflowText::tr(
            "暗証番号がロックされています。更新の前にロック解除（暗証番号の再設定）が必要です。");
    case RefusalReason::ProxyPinNotVerified:
        //: en: The PIN written on the inquiry-and-reply form is wrong. The renewal cannot go on through the proxy; the PIN must be reset first.
        return WorkflowText::tr("照会書兼回答書に記入された暗証番号が正しくありません。代理人による"
                                "更新はできません。先に暗証番号の再設定が必要です。");
    case RefusalReason::PinPolicy:
        //: en: The PIN does not have the form it must have; it was not sent to the card.
        return WorkflowText::tr("暗証番号が決められた形式ではないため、カードに送っていません。");
    case RefusalReason::PinsDoNotMatch:
        //: en: The two entries of the new PIN do not match. Enter it again.
        return WorkflowText::tr(
            "新しい暗証番号が確認用の入力と一致しません。もう一度入力してください。");
    }
    return {};
}

QString inputProblemText(workflow::InputProblem problem) {
    using workflow::InputProblem;
    switch (problem) {
    case InputProblem::WrongPath:
        //: en: This does not fit the way the case was requested (in person or by which proxy).
        return WorkflowText::tr("この案件の申請方法（本人・代理人の種別）と合いません。");
    case InputProblem::ApplicantIncomplete:
        //: en: The applicant's birth date (and, for a renewal, the card's expiry date) must be entered first.
        return WorkflowText::tr(
            "先に申請者の生年月日（更新ではカードの有効期限も）を入力してください。");
    case InputProblem::WrongVisit:
        //: en: These documents are not those of the case's current visit.
        return WorkflowText::tr("この案件の今回の来庁で確認する書類ではありません。");
    case InputProblem::ProxyNotRecorded:
        //: en: Record the proxy first.
        return WorkflowText::tr("先に代理人を登録してください。");
    case InputProblem::PinNotChosen:
        //: en: Choose a PIN that this case resets.
        return WorkflowText::tr("この案件で再設定する暗証番号を選んでください。");
    case InputProblem::PinMissing:
        //: en: Enter the PIN of every certificate being renewed.
        return WorkflowText::tr("更新するすべての電子証明書の暗証番号を入力してください。");
    case InputProblem::DifferentCard:
        //: en: The card in the reader is not the one checked for this case.
        return WorkflowText::tr("カードリーダーのカードが、この案件で確認したカードと異なります。");
    case InputProblem::ReasonMissing:
        //: en: Enter the reason.
        return WorkflowText::tr("理由を入力してください。");
    case InputProblem::ReplyNotPresented:
        //: en: The inquiry-and-reply form has not been presented.
        return WorkflowText::tr("照会書兼回答書が提示されていません。");
    case InputProblem::LetterNotIssued:
        //: en: The inquiry letter has not been issued, or was already recorded.
        return WorkflowText::tr("照会書兼回答書が未発行か、すでに記録されています。");
    case InputProblem::TextRefused:
        //: en: A text entered cannot be stored: it is too long or holds control characters.
        return WorkflowText::tr("入力された文字列が長すぎるか、制御文字を含むため保存できません。");
    case InputProblem::CaseNotFound:
        //: en: No such case was found.
        return WorkflowText::tr("該当する案件が見つかりません。");
    }
    return {};
}

QString certificateSelectionName(workflow::CertificateSelection selection) {
    using workflow::CertificateSelection;
    switch (selection) {
    case CertificateSelection::Due:
        //: en: The certificates that are due
        return WorkflowText::tr("更新時期の電子証明書");
    case CertificateSelection::Both:
        //: en: Both certificates
        return WorkflowText::tr("両方の電子証明書");
    case CertificateSelection::UserAuthenticationOnly:
        //: en: User authentication certificate only
        return WorkflowText::tr("利用者証明用電子証明書のみ");
    case CertificateSelection::SignatureOnly:
        //: en: Signature certificate only
        return WorkflowText::tr("署名用電子証明書のみ");
    }
    return {};
}

QString proxyKindName(workflow::ProxyKind kind) {
    switch (kind) {
    case workflow::ProxyKind::Legal:
        //: en: Legal proxy
        return WorkflowText::tr("法定代理人");
    case workflow::ProxyKind::Voluntary:
        //: en: Voluntary proxy
        return WorkflowText::tr("任意代理人");
    }
    return {};
}

QString refusalText(const workflow::Refusal& refusal) {
    QString text = refusalReasonText(refusal.reason);
    if (refusal.certificate) {
        text += QLatin1Char('\n') + certificateKindText(*refusal.certificate);
    }
    if (refusal.windowOpens) {
        //: en: Renewable from %1.
        text += QLatin1Char('\n') +
                WorkflowText::tr("%1から更新できます。").arg(dateText(*refusal.windowOpens));
    }
    for (const domain::UnmetRequirement& unmet : refusal.unmet) {
        text += QStringLiteral("\n・%1: %2")
                    .arg(requirementName(unmet.requirement), shortfallText(unmet.shortfall));
    }
    for (domain::PinProblem problem : refusal.pinProblems) {
        text += QStringLiteral("\n・") + pinProblemText(problem);
    }
    if (refusal.pin && refusal.triesLeft) {
        //: en: %1: %2 tries left.
        text +=
            QLatin1Char('\n') +
            WorkflowText::tr("%1：残り%2回").arg(pinKindName(*refusal.pin)).arg(*refusal.triesLeft);
    }
    return text;
}

QString workflowErrorText(const workflow::WorkflowError& error) {
    switch (error.kind()) {
    case workflow::ErrorKind::Refused:
        return refusalText(error.refusal());
    case workflow::ErrorKind::StepNotAllowed:
        //: en: This cannot be done at the step "%1".
        return WorkflowText::tr("「%1」の段階ではこの操作はできません。")
            .arg(stepName(error.step()));
    case workflow::ErrorKind::InvalidInput:
        if (error.inputProblem() == workflow::InputProblem::TextRefused) {
            return textProblemText(error.textRefusal().kind, error.textRefusal().problem);
        }
        return inputProblemText(error.inputProblem());
    case workflow::ErrorKind::Storage:
        return storage::errorText(error.storageError());
    case workflow::ErrorKind::Card:
        return cardErrorText(error.cardError());
    case workflow::ErrorKind::Issuer:
        //: en: The issuing authority could not complete the request. Try again; if it keeps failing, call the supervisor.
        return WorkflowText::tr("発行機関での処理ができませんでした。もう一度お試しください。"
                                "繰り返す場合は責任者に連絡してください。");
    case workflow::ErrorKind::DaySignedOff:
        //: en: %1 at counter %2 has been signed off; nothing more can be recorded for that day. Call the supervisor.
        return WorkflowText::tr("%1の窓口%2の記録は締め済みのため、これ以上記録できません。"
                                "責任者に連絡してください。")
            .arg(dateText(error.signedDay().day), error.signedDay().counter);
    }
    return {};
}

} // namespace jpki::messages
