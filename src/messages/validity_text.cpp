#include "messages/validity_text.h"

#include <QCoreApplication>

namespace jpki::messages {

using namespace jpki::domain;

QString certificateKindText(CertificateKind kind) {
    switch (kind) {
    case CertificateKind::Signature:
        //: en: Signature certificate
        return QCoreApplication::translate("jpki::messages::Validity", "署名用電子証明書");
    case CertificateKind::UserAuthentication:
        //: en: User-authentication certificate
        return QCoreApplication::translate("jpki::messages::Validity", "利用者証明用電子証明書");
    }
    return {};
}

QString expiryBasisText(ExpiryBasis basis) {
    switch (basis) {
    case ExpiryBasis::TenthBirthday:
        //: en: 10th birthday after the issue date
        return QCoreApplication::translate("jpki::messages::Validity", "発行日後10回目の誕生日");
    case ExpiryBasis::FifthBirthday:
        //: en: 5th birthday after the issue date
        return QCoreApplication::translate("jpki::messages::Validity", "発行日後5回目の誕生日");
    case ExpiryBasis::SixthBirthday:
        //: en: 6th birthday after the issue date (renewed within 3 months of expiry)
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "発行日後6回目の誕生日(有効期限3か月前からの更新)");
    case ExpiryBasis::CardExpiry:
        //: en: Expiry date of the card itself
        return QCoreApplication::translate("jpki::messages::Validity", "カード本体の有効期限");
    case ExpiryBasis::UserAuthenticationCertificate:
        //: en: Expiry date of the user-authentication certificate
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "利用者証明用電子証明書の有効期限");
    case ExpiryBasis::PeriodOfStay:
        //: en: End of the period of stay
        return QCoreApplication::translate("jpki::messages::Validity", "在留期間の満了日");
    }
    return {};
}

QString renewalStatusText(RenewalStatus status) {
    switch (status) {
    case RenewalStatus::TooEarly:
        //: en: Too early: renewal opens 3 months before expiry.
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "更新期間前です。有効期限の3か月前から更新できます。");
    case RenewalStatus::Open:
        //: en: The certificate can be renewed.
        return QCoreApplication::translate("jpki::messages::Validity", "更新できます。");
    case RenewalStatus::Expired:
        //: en: The certificate has expired: process it as a new issuance.
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "有効期限が過ぎています。新規発行として手続きします。");
    case RenewalStatus::CardReapplicationRequired:
        //: en: Because of the card's own expiry date, the certificate alone cannot be renewed. The
        //: card must be applied for again.
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "カード本体の有効期限のため、電子証明書だけの更新はでき"
                                           "ません。カードの再申請が必要です。");
    }
    return {};
}

QString issuanceKindText(IssuanceKind kind) {
    switch (kind) {
    case IssuanceKind::Renewal:
        //: en: Renewal
        return QCoreApplication::translate("jpki::messages::Validity", "更新");
    case IssuanceKind::NewIssuance:
        //: en: New issuance
        return QCoreApplication::translate("jpki::messages::Validity", "新規発行");
    case IssuanceKind::RevocationAndNewIssuance:
        //: en: Revocation and new issuance
        return QCoreApplication::translate("jpki::messages::Validity", "失効のうえ新規発行");
    }
    return {};
}

QString ineligibilityReasonText(IneligibilityReason reason) {
    switch (reason) {
    case IneligibilityReason::UnderFifteen:
        //: en: A signature certificate cannot be issued to an applicant under 15.
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "15歳未満の方には署名用電子証明書を発行できません。");
    case IneligibilityReason::AdultWard:
        //: en: A signature certificate cannot be issued to an adult ward.
        return QCoreApplication::translate(
            "jpki::messages::Validity", "成年被後見人の方には署名用電子証明書を発行できません。");
    case IneligibilityReason::FaceAuthenticationCard:
        //: en: A face-authentication card cannot hold a signature certificate.
        return QCoreApplication::translate(
            "jpki::messages::Validity",
            "顔認証マイナンバーカードには署名用電子証明書を搭載できません。");
    }
    return {};
}

QString stayChangeStatusText(StayChangeStatus status) {
    switch (status) {
    case StayChangeStatus::Changed:
        //: en: The card's validity period can be changed; the certificates will be re-issued.
        return QCoreApplication::translate(
            "jpki::messages::Validity",
            "カードの有効期間を変更できます。電子証明書は再発行になります。");
    case StayChangeStatus::CardLapsed:
        //: en: The card has already expired, so its validity period cannot be changed.
        return QCoreApplication::translate(
            "jpki::messages::Validity",
            "カードの有効期限が過ぎているため、有効期間の変更はできません。");
    }
    return {};
}

QString stayExtensionStatusText(StayExtensionStatus status) {
    switch (status) {
    case StayExtensionStatus::Extended:
        //: en: The card's validity can be extended (by 2 months, once only).
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "カードの有効期間を延長できます(2か月、1回限り)。");
    case StayExtensionStatus::AlreadyExtended:
        //: en: The 2-month extension is granted only once and has already been used.
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "2か月の延長は1回限りで、既に延長済みです。");
    case StayExtensionStatus::BirthdayLimitReached:
        //: en: The card already ends on its birthday-based limit and cannot be extended.
        return QCoreApplication::translate(
            "jpki::messages::Validity",
            "カードの有効期限が誕生日による上限に達しているため、延長できません。");
    case StayExtensionStatus::CardLapsed:
        //: en: The card has already expired and cannot be extended.
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "カードの有効期限が過ぎているため、延長できません。");
    }
    return {};
}

QString lifeEventText(LifeEvent event) {
    switch (event) {
    case LifeEvent::AddressChange:
        //: en: Change of address
        return QCoreApplication::translate("jpki::messages::Validity", "住所変更");
    case LifeEvent::DomesticMoveOut:
        //: en: Move to another municipality
        return QCoreApplication::translate("jpki::messages::Validity", "転出");
    case LifeEvent::NameChange:
        //: en: Change of name
        return QCoreApplication::translate("jpki::messages::Validity", "氏名変更");
    case LifeEvent::BirthDateChange:
        //: en: Change of date of birth
        return QCoreApplication::translate("jpki::messages::Validity", "生年月日の変更");
    case LifeEvent::SexChange:
        //: en: Change of sex
        return QCoreApplication::translate("jpki::messages::Validity", "性別の変更");
    case LifeEvent::EmigrationWithContinuedUse:
        //: en: Emigration, continuing to use the card
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "国外転出(カードの継続利用あり)");
    case LifeEvent::EmigrationWithoutContinuedUse:
        //: en: Emigration, not continuing to use the card
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "国外転出(カードの継続利用なし)");
    case LifeEvent::MoveStepMissed:
        //: en: Moving-in notification or continued-use procedure not made in time
        return QCoreApplication::translate("jpki::messages::Validity",
                                           "転入届・継続利用の手続きの期限切れ");
    case LifeEvent::CardReturned:
        //: en: Card returned
        return QCoreApplication::translate("jpki::messages::Validity", "カードの返納");
    case LifeEvent::CardInvalidated:
        //: en: Card invalidated
        return QCoreApplication::translate("jpki::messages::Validity", "カードの失効");
    case LifeEvent::CardExpired:
        //: en: Card expired
        return QCoreApplication::translate("jpki::messages::Validity", "カードの有効期限満了");
    case LifeEvent::Death:
        //: en: Death
        return QCoreApplication::translate("jpki::messages::Validity", "死亡");
    }
    return {};
}

} // namespace jpki::messages
