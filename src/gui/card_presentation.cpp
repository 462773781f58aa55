#include "gui/card_presentation.h"

#include "messages/card_text.h"
#include "messages/date_text.h"
#include "messages/pin_text.h"
#include "messages/validity_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace jpki::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::CardPanel)
};

QString errorText(card::CardErrorCode code) {
    return messages::cardErrorText(card::CardError(code));
}

domain::CertificateKind kindOf(card::JpkiCertificate certificate) {
    return certificate == card::JpkiCertificate::Signature
               ? domain::CertificateKind::Signature
               : domain::CertificateKind::UserAuthentication;
}

QString daysLeftText(int days) {
    if (days > 1) {
        //: en: %1 days left
        return Text::tr("残り %1 日").arg(days);
    }
    if (days == 1) {
        //: en: 1 day left
        return Text::tr("残り 1 日");
    }
    if (days == 0) {
        //: en: last day today
        return Text::tr("本日まで");
    }
    if (days == -1) {
        //: en: expired yesterday
        return Text::tr("昨日で期限切れ");
    }
    //: en: expired %1 days ago
    return Text::tr("%1 日前に期限切れ").arg(-days);
}

QString dash() {
    return QStringLiteral("—");
}

void describePresentCertificate(CertificateRow& row, const card::CertificateSummary& summary,
                                const domain::Date& today) {
    const domain::Date expires = summary.certificate->notAfter();
    row.expires = messages::dateText(expires);
    row.daysLeft = daysLeftText(summary.daysLeft);
    const domain::RenewalStatus renewal = renewalStatusOnCard(expires, today);
    switch (renewal) {
    case domain::RenewalStatus::TooEarly:
    case domain::RenewalStatus::CardReapplicationRequired:
        //: en: Valid
        row.state = Text::tr("有効");
        //: en: Renewal opens on %1.
        row.note = Text::tr("%1から更新できます。")
                       .arg(messages::dateText(domain::renewalWindowOpens(expires)));
        row.emphasis = Emphasis::Normal;
        return;
    case domain::RenewalStatus::Open:
        //: en: Renewal window open
        row.state = Text::tr("更新期間中");
        row.note = messages::renewalStatusText(renewal);
        row.emphasis = Emphasis::Notice;
        return;
    case domain::RenewalStatus::Expired:
        //: en: Expired
        row.state = Text::tr("有効期限切れ");
        row.note = messages::renewalStatusText(renewal);
        row.emphasis = Emphasis::Alert;
        return;
    }
}

CertificateRow certificateRow(const card::CardStatus& status, card::JpkiCertificate which) {
    const card::CertificateSummary& summary = status.certificate(which);
    CertificateRow row;
    row.certificate = which;
    row.name = messages::certificateKindText(kindOf(which));
    row.expires = dash();
    row.daysLeft = dash();
    switch (summary.presence) {
    case card::CertificatePresence::Present:
        describePresentCertificate(row, summary, status.today());
        break;
    case card::CertificatePresence::NotRead:
        //: en: Issued
        row.state = Text::tr("発行済み");
        //: en: The expiry date can be read after the signature password is entered.
        row.note = Text::tr("有効期限は署名用パスワードの入力後に読み取れます。");
        break;
    case card::CertificatePresence::Empty:
        //: en: Not written
        row.state = Text::tr("未書き込み");
        //: en: The key is on the card, but no certificate has been written for it.
        row.note = Text::tr("鍵はありますが、電子証明書が書き込まれていません。");
        row.emphasis = Emphasis::Notice;
        break;
    case card::CertificatePresence::Absent:
        //: en: Not issued
        row.state = Text::tr("発行されていません");
        row.emphasis = Emphasis::Muted;
        break;
    case card::CertificatePresence::Unreadable:
        //: en: Unreadable
        row.state = Text::tr("読み取れません");
        row.note = errorText(summary.problem.value_or(card::CardErrorCode::MalformedResponse));
        row.emphasis = Emphasis::Alert;
        break;
    }
    return row;
}

PinRow pinRow(const card::CardStatus& status, card::PinReference which) {
    const card::PinStatus& pin = status.pin(which);
    PinRow row;
    row.pin = which;
    row.name = messages::pinKindName(which);
    row.triesLeft = messages::pinStateText(pin);
    switch (pin.presence) {
    case card::PinPresence::Absent:
        row.emphasis = Emphasis::Muted;
        return row;
    case card::PinPresence::Unknown:
        //: en: The card did not tell the state of this PIN.
        row.note = Text::tr("カードがこの暗証番号の状態に応答しませんでした。");
        row.emphasis = Emphasis::Muted;
        return row;
    case card::PinPresence::Present:
        break;
    }
    if (pin.blocked) {
        //: en: %1 (limit %2 tries)
        row.triesLeft = Text::tr("%1(上限 %2 回)").arg(row.triesLeft, QString::number(pin.limit));
        row.note = errorText(card::CardErrorCode::PinBlocked);
        row.emphasis = Emphasis::Alert;
    } else if (pin.triesLeft && *pin.triesLeft < pin.limit) {
        //: en: Wrong entries have been made since the last correct one.
        row.note = Text::tr("前回の正しい入力の後に、誤った入力があります。");
        row.emphasis = Emphasis::Notice;
    }
    return row;
}

} // namespace

domain::RenewalStatus renewalStatusOnCard(const domain::Date& certificateExpires,
                                          const domain::Date& today) {
    // As domain::assessRenewal, without its first step (the card body's expiry).
    if (certificateExpires < today) {
        return domain::RenewalStatus::Expired;
    }
    if (today < domain::renewalWindowOpens(certificateExpires)) {
        return domain::RenewalStatus::TooEarly;
    }
    return domain::RenewalStatus::Open;
}

PhaseText phaseText(const CardServiceState& state) {
    switch (state.phase) {
    case CardPhase::Starting:
        //: en: Starting the card service…
        return {Text::tr("カードサービスを開始しています…"), {}};
    case CardPhase::ServiceUnavailable:
        return {//: en: The smart-card service is not running
                Text::tr("スマートカードサービスが動いていません"),
                errorText(card::CardErrorCode::ServiceUnavailable) + QLatin1Char('\n') +
                    //: en: The window connects by itself once the service runs again.
                    Text::tr("サービスが動き始めると、この画面は自動的に接続します。")};
    case CardPhase::NoReader:
        //: en: No card reader
        return {Text::tr("カードリーダーがありません"), errorText(card::CardErrorCode::NoReader)};
    case CardPhase::NoCard:
        //: en: No card in the reader
        return {Text::tr("カードが置かれていません"), errorText(card::CardErrorCode::NoCard)};
    case CardPhase::Reading:
        //: en: Reading the card…
        return {Text::tr("カードを読み取っています…"),
                //: en: Leave the card on the reader.
                Text::tr("カードをリーダーから取り外さないでください。")};
    case CardPhase::CardRead:
        //: en: My Number card read
        return {Text::tr("マイナンバーカードを読み取りました"), {}};
    case CardPhase::ReadFailed:
        //: en: The card could not be read
        return {Text::tr("カードを読み取れませんでした"),
                state.error ? messages::cardErrorText(*state.error) : QString()};
    }
    return {};
}

std::array<CertificateRow, 2> certificateRows(const card::CardStatus& status) {
    return {certificateRow(status, card::JpkiCertificate::Signature),
            certificateRow(status, card::JpkiCertificate::UserAuthentication)};
}

std::array<PinRow, 4> pinRows(const card::CardStatus& status) {
    return {pinRow(status, card::PinReference::Signature),
            pinRow(status, card::PinReference::UserAuthentication),
            pinRow(status, card::PinReference::CardInfo),
            pinRow(status, card::PinReference::ResidentRegistry)};
}

} // namespace jpki::gui
