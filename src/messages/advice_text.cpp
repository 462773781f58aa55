#include "messages/advice_text.h"

#include <QCoreApplication>

namespace jpki::messages {

using namespace jpki::domain;

QString convenienceStoreSummary(const ConvenienceStoreAdvice& advice) {
    if (advice.possible) {
        //: en: Can be reset at a kiosk within 24 hours of applying in the JPKI PIN Reset app.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "スマートフォンアプリ「JPKI暗証番号リセット」で申請後、2"
                                           "4時間以内にコンビニ等のキオスク端末で再設定できます。");
    }
    //: en: Cannot be reset at a convenience store; it must be done at the counter.
    return QCoreApplication::translate(
        "jpki::messages::Advice", "コンビニ等では再設定できません。窓口での手続きが必要です。");
}

QString convenienceStoreObstacleText(ConvenienceStoreObstacle obstacle) {
    switch (obstacle) {
    case ConvenienceStoreObstacle::NotACertificatePin:
        //: en: Only the two certificate PINs can be reset at a convenience store.
        return QCoreApplication::translate(
            "jpki::messages::Advice", "コンビニ等で再設定できるのは電子証明書の暗証番号だけです。");
    case ConvenienceStoreObstacle::OtherPinForgotten:
        //: en: The other certificate PIN is not known either.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "もう一方の電子証明書の暗証番号もわかりません。");
    case ConvenienceStoreObstacle::OtherPinBlocked:
        //: en: The other certificate PIN is locked too.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "もう一方の電子証明書の暗証番号もロックされています。");
    case ConvenienceStoreObstacle::SignatureCertificateRevoked:
        //: en: The signature certificate has been revoked (for example after a move).
        return QCoreApplication::translate(
            "jpki::messages::Advice", "署名用電子証明書が失効しています（転居などによるもの）。");
    case ConvenienceStoreObstacle::SignatureCertificateExpired:
        //: en: The signature certificate has expired.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "署名用電子証明書の有効期限が切れています。");
    case ConvenienceStoreObstacle::SignatureCertificateNotIssued:
        //: en: The card holds no signature certificate.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "署名用電子証明書が搭載されていません。");
    case ConvenienceStoreObstacle::UserAuthCertificateRevoked:
        //: en: The user authentication certificate has been revoked.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "利用者証明用電子証明書が失効しています。");
    case ConvenienceStoreObstacle::UserAuthCertificateExpired:
        //: en: The user authentication certificate has expired.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "利用者証明用電子証明書の有効期限が切れています。");
    case ConvenienceStoreObstacle::UserAuthCertificateNotIssued:
        //: en: The card holds no user authentication certificate.
        return QCoreApplication::translate("jpki::messages::Advice",
                                           "利用者証明用電子証明書が搭載されていません。");
    }
    return {};
}

QString certificateStatusName(CertificateStatus status) {
    switch (status) {
    case CertificateStatus::Valid:
        //: en: Valid
        return QCoreApplication::translate("jpki::messages::Advice", "有効");
    case CertificateStatus::Expired:
        //: en: Expired
        return QCoreApplication::translate("jpki::messages::Advice", "有効期限切れ");
    case CertificateStatus::Revoked:
        //: en: Revoked
        return QCoreApplication::translate("jpki::messages::Advice", "失効");
    case CertificateStatus::NotIssued:
        //: en: Not on the card
        return QCoreApplication::translate("jpki::messages::Advice", "搭載なし");
    }
    return {};
}

QString otherPinStatusName(OtherPinStatus status) {
    switch (status) {
    case OtherPinStatus::Known:
        //: en: Known
        return QCoreApplication::translate("jpki::messages::Advice", "わかる");
    case OtherPinStatus::Forgotten:
        //: en: Forgotten
        return QCoreApplication::translate("jpki::messages::Advice", "わからない");
    case OtherPinStatus::Blocked:
        //: en: Locked
        return QCoreApplication::translate("jpki::messages::Advice", "ロックされている");
    }
    return {};
}

} // namespace jpki::messages
