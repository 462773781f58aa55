#include "messages/document_text.h"

#include <QCoreApplication>

namespace jpki::messages {

using namespace jpki::domain;

QString procedureName(Procedure procedure) {
    switch (procedure) {
    case Procedure::Renewal:
        //: en: Certificate renewal
        return QCoreApplication::translate("jpki::messages::Documents", "電子証明書の更新");
    case Procedure::PinReset:
        //: en: PIN reset
        return QCoreApplication::translate("jpki::messages::Documents", "暗証番号の再設定");
    case Procedure::LockRelease:
        //: en: PIN lock release
        return QCoreApplication::translate("jpki::messages::Documents", "暗証番号のロック解除");
    }
    return {};
}

QString requestPathName(RequestPath path) {
    switch (path) {
    case RequestPath::Self:
        //: en: The applicant in person
        return QCoreApplication::translate("jpki::messages::Documents", "本人");
    case RequestPath::LegalProxy:
        //: en: Legal representative
        return QCoreApplication::translate("jpki::messages::Documents", "法定代理人");
    case RequestPath::VoluntaryProxy:
        //: en: Proxy appointed by the applicant
        return QCoreApplication::translate("jpki::messages::Documents", "任意代理人");
    }
    return {};
}

QString requirementName(Requirement requirement) {
    switch (requirement) {
    case Requirement::ApplicantCard:
        //: en: The applicant's My Number card
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "利用者本人のマイナンバーカード");
    case Requirement::ExpiryNotice:
        //: en: Expiry notice
        return QCoreApplication::translate("jpki::messages::Documents", "有効期限通知書");
    case Requirement::PinMemo:
        //: en: PIN record sheet
        return QCoreApplication::translate("jpki::messages::Documents", "暗証番号記載票");
    case Requirement::SealedInquiryForm:
        //: en: Inquiry and reply form (filled in and sealed in its envelope)
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "照会書兼回答書（必要事項を記入し、封筒に入れて封をしたもの）");
    case Requirement::ProxyIdTwoItemsOneWithPhoto:
        //: en: Two identity documents of the proxy, one with a photo (e.g. driving licence)
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "代理人の本人確認書類2点（うち1点は運転免許証等の顔写真付きのもの）");
    case Requirement::ProxyIdTwoItems:
        //: en: Two identity documents of the legal representative
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "法定代理人の本人確認書類2点");
    case Requirement::ProxyIdOneItem:
        //: en: One identity document of the proxy
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "任意代理人の本人確認書類1点");
    case Requirement::ApplicantIdOtherThanCard:
        //: en: One identity document of the applicant other than the My Number card
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "利用者本人の本人確認書類1点（マイナンバーカード以外のもの）");
    case Requirement::LegalAuthorityProof:
        //: en: Proof of legal authority (family register copy or guardianship certificate)
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "代理権の確認書類（戸籍謄本または成年後見登記事項証明書）");
    case Requirement::SignedApplicationForm:
        //: en: Application form (filled in and signed at the counter)
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "申請書（窓口で記入・署名）");
    }
    return {};
}

QString necessityText(Necessity necessity) {
    switch (necessity) {
    case Necessity::Required:
        //: en: Required
        return QCoreApplication::translate("jpki::messages::Documents", "必要");
    case Necessity::UnlessPinsKnown:
        //: en: Not needed if the PINs are known
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "暗証番号がわかる場合は不要");
    case Necessity::IfAvailable:
        //: en: If available
        return QCoreApplication::translate("jpki::messages::Documents", "お持ちの場合");
    }
    return {};
}

QString idDocumentName(IdDocumentType type) {
    switch (type) {
    case IdDocumentType::DrivingLicence:
        //: en: Driving licence
        return QCoreApplication::translate("jpki::messages::Documents", "運転免許証");
    case IdDocumentType::DrivingHistoryCertificate:
        //: en: Certificate of driving history
        return QCoreApplication::translate("jpki::messages::Documents", "運転経歴証明書");
    case IdDocumentType::Passport:
        //: en: Passport
        return QCoreApplication::translate("jpki::messages::Documents", "旅券（パスポート）");
    case IdDocumentType::ResidenceCard:
        //: en: Residence card
        return QCoreApplication::translate("jpki::messages::Documents", "在留カード");
    case IdDocumentType::SpecialPermanentResidentCertificate:
        //: en: Special permanent resident certificate
        return QCoreApplication::translate("jpki::messages::Documents", "特別永住者証明書");
    case IdDocumentType::MyNumberCard:
        //: en: My Number card
        return QCoreApplication::translate("jpki::messages::Documents", "マイナンバーカード");
    case IdDocumentType::ResidentRegisterCardWithPhoto:
        //: en: Basic resident register card (with photo)
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "住民基本台帳カード（写真付き）");
    case IdDocumentType::PhysicalDisabilityCertificate:
        //: en: Physical disability certificate (with photo)
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "身体障害者手帳（写真付き）");
    case IdDocumentType::MentalDisabilityCertificate:
        //: en: Mental disability certificate (with photo)
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "精神障害者保健福祉手帳（写真付き）");
    case IdDocumentType::RehabilitationCertificate:
        //: en: Intellectual disability certificate (with photo)
        return QCoreApplication::translate("jpki::messages::Documents", "療育手帳（写真付き）");
    case IdDocumentType::HealthInsuranceCertificate:
        //: en: Health insurance card
        return QCoreApplication::translate("jpki::messages::Documents", "健康保険証");
    case IdDocumentType::QualificationCertificate:
        //: en: Health insurance eligibility certificate
        return QCoreApplication::translate("jpki::messages::Documents", "資格確認書");
    case IdDocumentType::LongTermCareInsuranceCertificate:
        //: en: Long-term care insurance card
        return QCoreApplication::translate("jpki::messages::Documents", "介護保険被保険者証");
    case IdDocumentType::PensionBook:
        //: en: Pension book
        return QCoreApplication::translate("jpki::messages::Documents", "年金手帳");
    case IdDocumentType::PensionCertificate:
        //: en: Pension certificate
        return QCoreApplication::translate("jpki::messages::Documents", "年金証書");
    }
    return {};
}

QString idCategoryName(IdCategory category) {
    switch (category) {
    case IdCategory::Photo:
        //: en: With photo
        return QCoreApplication::translate("jpki::messages::Documents", "顔写真付き");
    case IdCategory::NonPhoto:
        //: en: Without photo
        return QCoreApplication::translate("jpki::messages::Documents", "顔写真なし");
    }
    return {};
}

QString sealStateName(SealState state) {
    switch (state) {
    case SealState::NotPresented:
        //: en: Not brought
        return QCoreApplication::translate("jpki::messages::Documents", "持参なし");
    case SealState::Sealed:
        //: en: Sealed
        return QCoreApplication::translate("jpki::messages::Documents", "封がされている");
    case SealState::Opened:
        //: en: Opened
        return QCoreApplication::translate("jpki::messages::Documents", "開封されている");
    }
    return {};
}

QString legalAuthorityBasisName(LegalAuthorityBasis basis) {
    switch (basis) {
    case LegalAuthorityBasis::NotStated:
        //: en: Not yet confirmed
        return QCoreApplication::translate("jpki::messages::Documents", "未確認");
    case LegalAuthorityBasis::MinorUnder15:
        //: en: Person with parental authority over an applicant under 15
        return QCoreApplication::translate("jpki::messages::Documents", "15歳未満の本人の親権者");
    case LegalAuthorityBasis::AdultWard:
        //: en: Guardian of an adult ward
        return QCoreApplication::translate("jpki::messages::Documents", "成年被後見人の成年後見人");
    }
    return {};
}

QString shortfallText(Shortfall shortfall) {
    switch (shortfall) {
    case Shortfall::ApplicantCardMissing:
        //: en: The applicant's My Number card has not been presented.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "利用者本人のマイナンバーカードがありません。");
    case Shortfall::ExpiryNoticeMissing:
        //: en: The expiry notice has not been presented.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "有効期限通知書がありません。");
    case Shortfall::PinMemoMissing:
        //: en: The PIN record sheet is needed when the PINs are not known.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "暗証番号がわからない場合は暗証番号記載票が必要です。");
    case Shortfall::InquiryFormMissing:
        //: en: The inquiry and reply form has not been presented.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "照会書兼回答書がありません。");
    case Shortfall::InquiryFormOpened:
        //: en: The inquiry and reply form arrived opened and cannot be accepted.
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "照会書兼回答書が開封されているため、受け付けられません。");
    case Shortfall::ProxyIdMissing:
        //: en: No identity document of the proxy has been presented.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "代理人の本人確認書類がありません。");
    case Shortfall::ProxyIdSecondItemMissing:
        //: en: One more identity document of the proxy is needed.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "代理人の本人確認書類がもう1点必要です。");
    case Shortfall::ProxyIdPhotoMissing:
        //: en: One of the proxy's identity documents must have a photo.
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "代理人の本人確認書類のうち1点は顔写真付きのものが必要です。");
    case Shortfall::ApplicantIdMissing:
        //: en: The applicant's identity document other than the My Number card is missing.
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "利用者本人の本人確認書類（マイナンバーカード以外のもの）がありません。");
    case Shortfall::IdNoLongerAccepted:
        //: en: A document presented is past the last day it counted as proof of identity.
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "提示された書類に、本人確認書類として使える期限を過ぎたものがあります。");
    case Shortfall::LegalAuthorityNotStated:
        //: en: The ground of the legal representative's authority has not been confirmed.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "法定代理人の代理権の根拠が確認されていません。");
    case Shortfall::FamilyRegisterCopyMissing:
        //: en: A copy of the family register is needed.
        return QCoreApplication::translate("jpki::messages::Documents", "戸籍謄本が必要です。");
    case Shortfall::GuardianshipCertificateMissing:
        //: en: A guardianship registration certificate is needed.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "成年後見登記事項証明書が必要です。");
    case Shortfall::GuardianshipCertificateTooOld:
        //: en: The guardianship registration certificate must be under three months old.
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "成年後見登記事項証明書は発行から3か月以内のものが必要です。");
    case Shortfall::GuardianshipCertificateDatedInFuture:
        //: en: The issue date of the guardianship registration certificate is after today.
        return QCoreApplication::translate(
            "jpki::messages::Documents",
            "成年後見登記事項証明書の発行日が今日より後になっています。");
    case Shortfall::ApplicationFormNotSigned:
        //: en: The application form has not yet been filled in and signed.
        return QCoreApplication::translate("jpki::messages::Documents",
                                           "申請書の記入・署名がまだです。");
    }
    return {};
}

QString secondVisitNote() {
    //: en: Not completed today: the form is mailed to the applicant, to be brought back sealed.
    return QCoreApplication::translate(
        "jpki::messages::Documents",
        "本日は完了しません。照会書兼回答書をご本人に郵送しますので、封をしたままお持ちください。");
}

QString familyRegisterWaiverNote(const QString& municipality) {
    //: en: Waived if the domicile is in %1 or the resident record shows the legal representative.
    return QCoreApplication::translate(
               "jpki::messages::Documents",
               "本籍が%1にある場合、または住民票で法定代理人であることが確認できる場合は不要です。")
        .arg(municipality);
}

} // namespace jpki::messages
