#include "messages/pin_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace jpki::messages {

using namespace jpki::domain;

QString pinKindName(PinKind kind) {
    switch (kind) {
    case PinKind::Signature:
        //: en: Signature certificate password
        return QCoreApplication::translate("jpki::messages::Pin", "署名用電子証明書の暗証番号");
    case PinKind::UserAuthentication:
        //: en: User authentication certificate PIN
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "利用者証明用電子証明書の暗証番号");
    case PinKind::CardInfo:
        //: en: Card information input support PIN
        return QCoreApplication::translate("jpki::messages::Pin", "券面事項入力補助用の暗証番号");
    case PinKind::ResidentRegistry:
        //: en: Resident registry PIN
        return QCoreApplication::translate("jpki::messages::Pin", "住民基本台帳用の暗証番号");
    }
    return {};
}

QString pinFormatHint(PinKind kind) {
    switch (kind) {
    case PinKind::Signature:
        //: en: 6 to 16 letters (A–Z) and digits, with at least one of each
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "英数字6～16文字（英字と数字をそれぞれ1文字以上）");
    case PinKind::UserAuthentication:
    case PinKind::CardInfo:
    case PinKind::ResidentRegistry:
        //: en: 4 digits
        return QCoreApplication::translate("jpki::messages::Pin", "数字4桁");
    }
    return {};
}

QString pinProblemText(PinProblem problem) {
    switch (problem) {
    case PinProblem::Empty:
        //: en: No PIN has been entered.
        return QCoreApplication::translate("jpki::messages::Pin", "暗証番号が入力されていません。");
    case PinProblem::FullWidthCharacter:
        //: en: The PIN contains full-width characters. Enter it in half-width characters.
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "全角文字が含まれています。半角で入力してください。");
    case PinProblem::InvalidCharacter:
        //: en: The PIN contains characters other than letters (A–Z) and digits (0–9).
        return QCoreApplication::translate(
            "jpki::messages::Pin", "英字（A～Z）と数字（0～9）以外の文字が含まれています。");
    case PinProblem::NonDigitCharacter:
        //: en: The PIN contains characters other than digits. Only digits (0–9) are allowed.
        return QCoreApplication::translate(
            "jpki::messages::Pin",
            "数字以外の文字が含まれています。数字（0～9）のみ使用できます。");
    case PinProblem::TooShort:
        //: en: Enter at least 6 characters.
        return QCoreApplication::translate("jpki::messages::Pin", "6文字以上で入力してください。");
    case PinProblem::TooLong:
        //: en: Enter no more than 16 characters.
        return QCoreApplication::translate("jpki::messages::Pin", "16文字以内で入力してください。");
    case PinProblem::WrongLength:
        //: en: Enter exactly 4 digits.
        return QCoreApplication::translate("jpki::messages::Pin", "数字4桁で入力してください。");
    case PinProblem::MissingLetter:
        //: en: Include at least one letter.
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "英字を1文字以上含めてください。");
    case PinProblem::MissingDigit:
        //: en: Include at least one digit.
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "数字を1文字以上含めてください。");
    }
    return {};
}

QString pinProblemsText(const std::vector<PinProblem>& problems) {
    QStringList texts;
    for (const PinProblem problem : problems) {
        texts << pinProblemText(problem);
    }
    return texts.join(QLatin1Char(' '));
}

QString pinWarningText(PinWarning warning) {
    switch (warning) {
    case PinWarning::RepeatedCharacter:
        //: en: The same character repeated is easy to guess.
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "同じ文字の繰り返しは推測されやすい暗証番号です。");
    case PinWarning::AscendingSequence:
        //: en: Consecutive digits or letters (such as 1234) are easy to guess.
        return QCoreApplication::translate(
            "jpki::messages::Pin", "連続した数字や文字（1234など）は推測されやすい暗証番号です。");
    case PinWarning::DescendingSequence:
        //: en: Digits or letters counting down (such as 4321) are easy to guess.
        return QCoreApplication::translate(
            "jpki::messages::Pin",
            "逆順に連続した数字や文字（4321など）は推測されやすい暗証番号です。");
    case PinWarning::BirthDate:
        //: en: Numbers taken from the date of birth are easy to guess.
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "生年月日に由来する数字は推測されやすい暗証番号です。");
    }
    return {};
}

QString pinWarningNote() {
    //: en: This PIN can still be set, but a different one is recommended.
    return QCoreApplication::translate(
        "jpki::messages::Pin", "このまま設定することもできますが、別の暗証番号をおすすめします。");
}

QString pinUppercasedNote() {
    //: en: Lower-case letters are converted to upper case.
    return QCoreApplication::translate("jpki::messages::Pin", "英小文字は大文字に変換されます。");
}

QString resetCaseText(ResetCase resetCase) {
    switch (resetCase) {
    case ResetCase::Forgotten:
        //: en: PIN forgotten (PIN reset)
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "暗証番号を忘れた（暗証番号の再設定）");
    case ResetCase::Locked:
        //: en: PIN locked (lock release)
        return QCoreApplication::translate("jpki::messages::Pin",
                                           "暗証番号がロックされた（ロック解除）");
    }
    return {};
}

} // namespace jpki::messages
