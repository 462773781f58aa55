#include "messages/card_text.h"

#include <QCoreApplication>

namespace jpki::messages {

namespace {

struct CardText {
    Q_DECLARE_TR_FUNCTIONS(jpki::messages::Card)
};

} // namespace

QString cardErrorText(const card::CardError& error) {
    using card::CardErrorCode;
    switch (error.code) {
    case CardErrorCode::WrongPin:
        //: en: The PIN is wrong. Tries left before it locks: %1.
        return CardText::tr("暗証番号が違います。ロックまであと %1 回です。")
            .arg(error.triesLeft.value_or(0));
    case CardErrorCode::PinBlocked:
        //: en: The PIN is locked. It can be released at the counter (lock release).
        return CardText::tr("暗証番号がロックされています。窓口でロック解除の手続きができます。");
    case CardErrorCode::SecurityStatusNotSatisfied:
        //: en: The card needs the PIN before this step.
        return CardText::tr("この操作の前に暗証番号の入力が必要です。");
    case CardErrorCode::NotFound:
        //: en: The card does not have this file or applet (the certificate may not have been issued).
        return CardText::tr(
            "カードにこのファイルまたはアプリケーションがありません(電子証明書が発行されていない可能性があります)。");
    case CardErrorCode::WrongP1P2:
    case CardErrorCode::WrongLength:
    case CardErrorCode::WrongLe:
    case CardErrorCode::ClassNotSupported:
    case CardErrorCode::InstructionNotSupported:
    case CardErrorCode::UnknownStatusWord:
        //: en: The card refused the command (status %1). It may not be a My Number card.
        return CardText::
            tr("カードが命令を受け付けませんでした(ステータス %1)。マイナンバーカードではない可能性があります。")
                .arg(error.statusWord, 4, 16, QLatin1Char('0'))
                .toUpper();
    case CardErrorCode::ConditionsOfUseNotSatisfied:
        //: en: The card cannot do this in its current state.
        return CardText::tr("現在のカードの状態ではこの操作はできません。");
    case CardErrorCode::EndOfFile:
    case CardErrorCode::MalformedResponse:
        //: en: The card's answer could not be read. Take the card out, put it back and try again.
        return CardText::tr(
            "カードの応答を読み取れませんでした。カードを置き直して、もう一度お試しください。");
    case CardErrorCode::UnexpectedAnswer:
        //: en: The card answered something unexpected. Take the card out, put it back and try again; if it happens again, the card may be faulty.
        return CardText::tr(
            "カードが想定外の応答を返しました。カードを置き直して、もう一度お試しください。繰り返す場合はカードの故障の可能性があります。");
    case CardErrorCode::AuthenticationFailed:
        //: en: The issuing authority could not authenticate to the card.
        return CardText::tr("発行者の認証がカードに受け付けられませんでした。");
    case CardErrorCode::NoReader:
        //: en: No card reader found. Check that the reader is plugged in.
        return CardText::tr(
            "カードリーダーが見つかりません。カードリーダーの接続を確認してください。");
    case CardErrorCode::NoCard:
        //: en: No card in the reader. Put the My Number card on the reader.
        return CardText::tr(
            "カードリーダーにカードがありません。マイナンバーカードを置いてください。");
    case CardErrorCode::CardRemoved:
        //: en: The card was removed during the operation. Put it back and start the step again.
        return CardText::tr(
            "操作中にカードが取り外されました。カードを置き直して、この手順をやり直してください。");
    case CardErrorCode::CardReset:
        //: en: The card was reset by another program. Start the step again.
        return CardText::tr(
            "他のプログラムによってカードがリセットされました。この手順をやり直してください。");
    case CardErrorCode::ServiceUnavailable:
        //: en: The smart-card service (pcscd) is not running. Ask the IT department to start it.
        return CardText::tr(
            "スマートカードサービス(pcscd)が動いていません。情報システム担当に起動を依頼してください。");
    case CardErrorCode::ReaderBusy:
        //: en: Another program is using the card. Close it and try again.
        return CardText::tr(
            "他のプログラムがカードを使用中です。そのプログラムを終了してから、もう一度お試しください。");
    case CardErrorCode::CardUnresponsive:
        //: en: The card does not answer. Check that it is a My Number card and placed correctly.
        return CardText::tr(
            "カードが応答しません。マイナンバーカードが正しく置かれているか確認してください。");
    case CardErrorCode::Timeout:
        //: en: The card did not answer in time. Try again.
        return CardText::tr("カードの応答が時間内にありませんでした。もう一度お試しください。");
    case CardErrorCode::Cancelled:
        //: en: The operation was cancelled.
        return CardText::tr("操作は取り消されました。");
    case CardErrorCode::TransportFailure:
        //: en: Communication with the card reader failed (PC/SC code %1).
        return CardText::tr("カードリーダーとの通信に失敗しました(PC/SC コード %1)。")
            .arg(QString::number(static_cast<qulonglong>(error.pcscCode), 16).toUpper());
    case CardErrorCode::InvalidArgument:
        //: en: The value cannot be sent to the card.
        return CardText::tr("この値はカードに送れません。");
    case CardErrorCode::CryptoFailure:
        //: en: A cryptographic operation failed.
        return CardText::tr("暗号処理に失敗しました。");
    case CardErrorCode::SignatureMismatch:
        //: en: The card's signature does not match its certificate.
        return CardText::tr("カードの署名が電子証明書と一致しません。");
    }
    return {};
}

QString pinStateText(const card::PinStatus& status) {
    switch (status.presence) {
    case card::PinPresence::Absent:
        //: en: not set on this card
        return CardText::tr("このカードには設定されていません");
    case card::PinPresence::Unknown:
        //: en: unknown
        return CardText::tr("不明");
    case card::PinPresence::Present:
        break;
    }
    if (status.blocked) {
        //: en: locked
        return CardText::tr("ロック中");
    }
    //: en: %1 of %2 tries left
    return CardText::tr("残り %1 回(上限 %2 回)")
        .arg(status.triesLeft.value_or(0))
        .arg(status.limit);
}

} // namespace jpki::messages
