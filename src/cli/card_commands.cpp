// card readers / status / info: the card in the reader, through pcscd, for scripts and support.

#include "card/card_info_applet.h"
#include "card/card_status.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "cli/cli_support.h"
#include "cli/commands.h"
#include "messages/card_text.h"
#include "messages/pin_text.h"
#include "messages/validity_text.h"
#include "platform/clock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jpki::cli {

namespace {

struct CardText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// Connects to the reader that was named, or else to the first reader holding a card.
card::Result<std::unique_ptr<card::PcscChannel>>
connectToCard(card::PcscContext& context, const std::optional<QString>& wantedReader) {
    if (auto established = context.establish(); !established) {
        return established.error();
    }
    auto readers = context.listReaders();
    if (!readers) {
        return readers.error();
    }
    if (readers->empty()) {
        return card::CardError(card::CardErrorCode::NoReader);
    }
    card::CardError last(card::CardErrorCode::NoCard);
    for (const std::string& reader : *readers) {
        if (wantedReader && fromStd(reader) != *wantedReader) {
            continue;
        }
        auto channel = card::PcscChannel::connect(context, reader);
        if (channel) {
            return channel;
        }
        last = channel.error();
    }
    if (wantedReader && last.code == card::CardErrorCode::NoCard &&
        std::find(readers->begin(), readers->end(), wantedReader->toStdString()) ==
            readers->end()) {
        return card::CardError(card::CardErrorCode::NoReader);
    }
    return last;
}

// `withSubject`: the subject name only for --json, which prints it; the text does not, and
// reading names is the one thing of a status that needs OpenSSL (and its start-up).
QJsonObject certificateJson(const card::CertificateSummary& summary, QString& text,
                            const QString& label, bool withSubject) {
    using card::CertificatePresence;
    const bool exists = summary.presence != CertificatePresence::Absent;
    QJsonObject json{{QStringLiteral("present"), exists}};
    if (summary.presence == CertificatePresence::Present && summary.certificate) {
        const auto& certificate = *summary.certificate;
        if (withSubject) {
            json.insert(QStringLiteral("subject"), fromStd(certificate.subject()));
        }
        json.insert(QStringLiteral("serial"), fromStd(certificate.serialHex()));
        json.insert(QStringLiteral("not_before"), isoDate(certificate.notBefore()));
        json.insert(QStringLiteral("not_after"), isoDate(certificate.notAfter()));
        json.insert(QStringLiteral("days_left"), summary.daysLeft);
        //: en: %1: valid until %2 (%3 days left), serial %4
        text += CardText::tr("%1: %2 まで有効(残り %3 日)、シリアル %4")
                    .arg(label, isoDate(certificate.notAfter()))
                    .arg(summary.daysLeft)
                    .arg(fromStd(certificate.serialHex())) +
                QLatin1Char('\n');
        return json;
    }
    QString state;
    switch (summary.presence) {
    case CertificatePresence::Absent:
        //: en: not on this card
        state = CardText::tr("このカードにはありません");
        break;
    case CertificatePresence::NotRead:
        //: en: on the card (reading it needs the signature password)
        state = CardText::tr("カードにあります(読み取りには署名用パスワードが必要です)");
        break;
    case CertificatePresence::Empty:
        //: en: the file is empty (a new key without its certificate)
        state = CardText::tr("ファイルが空です(証明書の書き込み待ち)");
        json.insert(QStringLiteral("empty"), true);
        break;
    case CertificatePresence::Unreadable:
        //: en: unreadable
        state = CardText::tr("読み取れません");
        json.insert(QStringLiteral("unreadable"), true);
        break;
    case CertificatePresence::Present:
        break;
    }
    text += QStringLiteral("%1: %2\n").arg(label, state);
    return json;
}

QJsonObject pinJson(const card::PinStatus& status) {
    QJsonObject json{{QStringLiteral("limit"), status.limit},
                     {QStringLiteral("blocked"), status.blocked}};
    switch (status.presence) {
    case card::PinPresence::Present:
        json.insert(QStringLiteral("left"), status.triesLeft.value_or(0));
        json.insert(QStringLiteral("state"), QStringLiteral("present"));
        break;
    case card::PinPresence::Absent:
        json.insert(QStringLiteral("left"), QJsonValue::Null);
        json.insert(QStringLiteral("state"), QStringLiteral("absent"));
        break;
    case card::PinPresence::Unknown:
        json.insert(QStringLiteral("left"), QJsonValue::Null);
        json.insert(QStringLiteral("state"), QStringLiteral("unknown"));
        break;
    }
    return json;
}

std::optional<domain::Date> todayOrOption(Invocation& call) {
    std::optional<domain::Date> today;
    if (!call.optionalDate(QStringLiteral("today"), today)) {
        return std::nullopt;
    }
    return today ? *today : platform::SystemClock().todayInJapan();
}

std::optional<QString> readerOption(Invocation& call) {
    if (!call.parser().isSet(QStringLiteral("reader"))) {
        return std::nullopt;
    }
    return call.parser().value(QStringLiteral("reader"));
}

void addReaderOptions(Invocation& call) {
    call.parser().addOptions({
        {QStringLiteral("reader"),
         QStringLiteral("The reader to use (default: the first with a card)."),
         QStringLiteral("name")},
        {QStringLiteral("today"),
         QStringLiteral("Count days left from this date (default: today in Japan)."),
         QStringLiteral("D")},
    });
}

int status(const QStringList& arguments) {
    Invocation call(QStringLiteral("card status"));
    addReaderOptions(call);
    call.parser().addOption(
        {QStringLiteral("signature-password"),
         QStringLiteral("Read the signature password from standard input, to read that certificate "
                        "(a wrong one spends a try).")});
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto today = todayOrOption(call);
    if (!today) {
        return Failure;
    }
    domain::SecretBuffer password;
    const bool withPassword = call.parser().isSet(QStringLiteral("signature-password"));
    if (withPassword) {
        auto typed = call.readPin(domain::PinKind::Signature,
                                  //: en: Signature password:
                                  CardText::tr("署名用電子証明書のパスワード: "),
                                  //: en: No password was given on standard input.
                                  CardText::tr("標準入力からパスワードが渡されませんでした。"));
        if (!typed) {
            return Failure;
        }
        password = std::move(*typed);
    }

    card::PcscContext context;
    auto channel = connectToCard(context, readerOption(call));
    if (!channel) {
        return call.fail(messages::cardErrorText(channel.error()));
    }
    auto result = card::readCardStatus(
        **channel, *today, withPassword ? std::optional(password.bytes()) : std::nullopt);
    password.clear();
    if (!result) {
        return call.fail(messages::cardErrorText(result.error()));
    }
    const card::CardStatus& snapshot = *result;

    //: en: Reader: %1
    QString text =
        CardText::tr("カードリーダー: %1").arg(fromStd(snapshot.readerName())) + QLatin1Char('\n');
    using domain::CertificateKind;
    const QJsonObject certificates{
        {QStringLiteral("user_auth"),
         certificateJson(snapshot.certificate(card::JpkiCertificate::UserAuthentication), text,
                         messages::certificateKindText(CertificateKind::UserAuthentication),
                         call.json())},
        {QStringLiteral("signature"),
         certificateJson(snapshot.certificate(card::JpkiCertificate::Signature), text,
                         messages::certificateKindText(CertificateKind::Signature), call.json())},
    };
    QJsonObject pins;
    for (const domain::PinKind kind : domain::allPinKinds) {
        QString key = QString::fromLatin1(domain::pinKindId(kind).data(),
                                          static_cast<qsizetype>(domain::pinKindId(kind).size()));
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        pins.insert(key, pinJson(snapshot.pin(kind)));
        text += QStringLiteral("%1: %2\n")
                    .arg(messages::pinKindName(kind), messages::pinStateText(snapshot.pin(kind)));
    }
    text.chop(1);
    call.answer({{QStringLiteral("reader"), fromStd(snapshot.readerName())},
                 {QStringLiteral("atr"), fromStd(snapshot.atrHex())},
                 {QStringLiteral("certificates"), certificates},
                 {QStringLiteral("pins"), pins}},
                text);
    return Success;
}

QString sexText(card::Sex sex) {
    switch (sex) {
    case card::Sex::Male:
        //: en: male
        return CardText::tr("男");
    case card::Sex::Female:
        //: en: female
        return CardText::tr("女");
    case card::Sex::NotApplicable:
        //: en: not applicable
        return CardText::tr("適用不能");
    case card::Sex::NotKnown:
        break;
    }
    //: en: not known
    return CardText::tr("不明");
}

QString sexId(card::Sex sex) {
    switch (sex) {
    case card::Sex::Male:
        return QStringLiteral("male");
    case card::Sex::Female:
        return QStringLiteral("female");
    case card::Sex::NotApplicable:
        return QStringLiteral("not-applicable");
    case card::Sex::NotKnown:
        break;
    }
    return QStringLiteral("not-known");
}

int info(const QStringList& arguments) {
    Invocation call(QStringLiteral("card info"));
    call.parser().addOption({QStringLiteral("reader"),
                             QStringLiteral("The reader to use (default: the first with a card)."),
                             QStringLiteral("name")});
    call.parser().setApplicationDescription(
        QStringLiteral("Reads name, address, birth date and sex after the card-info PIN, which is "
                       "read from standard input. The My Number is never read."));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    auto pin = call.readPin(domain::PinKind::CardInfo,
                            //: en: Card-info PIN (4 digits):
                            CardText::tr("券面事項入力補助用の暗証番号(数字4桁): "),
                            //: en: No PIN was given on standard input.
                            CardText::tr("標準入力から暗証番号が渡されませんでした。"));
    if (!pin) {
        return Failure;
    }
    card::PcscContext context;
    auto channel = connectToCard(context, readerOption(call));
    if (!channel) {
        return call.fail(messages::cardErrorText(channel.error()));
    }
    card::CardInfoApplet applet(**channel);
    auto read = applet.readBasicInfo(pin->bytes());
    pin->clear();
    if (!read) {
        const int code = read.error().code == card::CardErrorCode::WrongPin ||
                                 read.error().code == card::CardErrorCode::PinBlocked
                             ? RuleSaysNo
                             : Failure;
        call.fail(messages::cardErrorText(read.error()));
        return code;
    }
    const card::BasicInfo& holder = *read;
    const QString birth =
        holder.birthDate ? isoDate(*holder.birthDate) : fromStd(holder.birthDateText);
    //: en: Name: %1\nAddress: %2\nBirth date: %3\nSex: %4
    const QString text =
        CardText::tr("氏名: %1\n住所: %2\n生年月日: %3\n性別: %4")
            .arg(fromStd(holder.name), fromStd(holder.address), birth, sexText(holder.sex));
    call.answer({{QStringLiteral("name"), fromStd(holder.name)},
                 {QStringLiteral("address"), fromStd(holder.address)},
                 {QStringLiteral("birth_date"), birth},
                 {QStringLiteral("sex"), sexId(holder.sex)}},
                text);
    return Success;
}

int readers(const QStringList& arguments) {
    Invocation call(QStringLiteral("card readers"));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    card::PcscContext context;
    if (auto established = context.establish(); !established) {
        return call.fail(messages::cardErrorText(established.error()));
    }
    auto list = context.listReaders();
    if (!list) {
        return call.fail(messages::cardErrorText(list.error()));
    }
    QJsonArray names;
    QStringList lines;
    for (const std::string& reader : *list) {
        names.append(fromStd(reader));
        lines << fromStd(reader);
    }
    call.answer({{QStringLiteral("readers"), names}}, lines.join(QLatin1Char('\n')));
    return Success;
}

} // namespace

std::vector<Command> cardCommands() {
    return {
        {QStringLiteral("card"), QStringLiteral("readers"), QString(), readers},
        {QStringLiteral("card"), QStringLiteral("status"),
         QStringLiteral("[--reader NAME] [--today D] [--signature-password (from stdin)]"), status},
        {QStringLiteral("card"), QStringLiteral("info"),
         QStringLiteral("[--reader NAME]  (card-info PIN on stdin)"), info},
    };
}

} // namespace jpki::cli
