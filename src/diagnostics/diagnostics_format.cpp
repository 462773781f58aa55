// The diagnostics report as JSON and as text, both from the one Report.

#include "card/hex.h"
#include "diagnostics/diagnostics_report.h"
#include "messages/card_text.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jpki::diagnostics {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(jpki::diagnostics)
};

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString notApplicable() {
    //: en: n/a
    return Text::tr("該当なし");
}

QString hexOf(std::span<const std::uint8_t> bytes) {
    return fromStd(card::toHex(bytes, " "));
}

QString statusWordText(std::uint16_t statusWord) {
    const std::array<std::uint8_t, 2> bytes{static_cast<std::uint8_t>(statusWord >> 8),
                                            static_cast<std::uint8_t>(statusWord & 0xFF)};
    return hexOf(bytes);
}

// The status word's meaning where it is not 90 00, as the card layer names it.
QString statusWordMeaning(std::uint16_t statusWord) {
    if (statusWord == 0x9000) {
        return {};
    }
    return fromStd(card::codeName(card::errorFromStatusWord(statusWord).code));
}

QString pcscCodeText(const card::CardError& error) {
    return QStringLiteral("0x%1").arg(static_cast<qulonglong>(error.pcscCode), 8, 16,
                                      QLatin1Char('0'));
}

QJsonObject cardProblemJson(const card::CardError& error) {
    QJsonObject json{{QStringLiteral("code"), fromStd(card::codeName(error.code))},
                     {QStringLiteral("message"), messages::cardErrorText(error)}};
    if (error.pcscCode != 0) {
        json.insert(QStringLiteral("pcsc_code"), pcscCodeText(error));
    }
    return json;
}

QString cardProblemText(const card::CardError& error) {
    QString text =
        messages::cardErrorText(error) + QStringLiteral(" (") + fromStd(card::codeName(error.code));
    if (error.pcscCode != 0) {
        text += QStringLiteral(", ") + pcscCodeText(error);
    }
    return text + QLatin1Char(')');
}

QString protocolName(int protocol) {
    return QStringLiteral("T=%1").arg(protocol);
}

template <typename T> QJsonValue orNull(const std::optional<T>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString& value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject readerJson(const card::ReaderFacts& reader) {
    QJsonArray states;
    for (const auto& state : reader.states) {
        states.append(fromStd(state));
    }
    QJsonValue features = QJsonValue::Null;
    if (reader.features) {
        QJsonArray names;
        for (const std::uint8_t tag : *reader.features) {
            names.append(fromStd(card::featureName(tag)));
        }
        features = names;
    }
    QJsonArray applets;
    for (const auto& answer : reader.applets) {
        QJsonObject applet{{QStringLiteral("name"), fromStd(card::appletName(answer.applet))},
                           {QStringLiteral("aid"), hexOf(card::aidOf(answer.applet))}};
        if (answer.statusWord) {
            applet.insert(QStringLiteral("status_word"), statusWordText(*answer.statusWord));
            applet.insert(QStringLiteral("meaning"), orNull(statusWordMeaning(*answer.statusWord)));
        } else if (answer.failure) {
            applet.insert(QStringLiteral("problem"), cardProblemJson(*answer.failure));
        }
        applets.append(applet);
    }
    QJsonObject json{
        {QStringLiteral("name"), fromStd(reader.name)},
        {QStringLiteral("states"), states},
        {QStringLiteral("atr"), reader.atr.empty() ? QJsonValue() : QJsonValue(hexOf(reader.atr))},
        {QStringLiteral("protocol"),
         reader.protocol ? QJsonValue(protocolName(*reader.protocol)) : QJsonValue()},
        {QStringLiteral("pin_pad"), orNull(reader.hasPinPad())},
        {QStringLiteral("features"), features},
        {QStringLiteral("largest_apdu"),
         reader.largestApdu ? QJsonValue(static_cast<qint64>(*reader.largestApdu)) : QJsonValue()},
        {QStringLiteral("applets"), applets},
    };
    if (reader.connectFailure) {
        json.insert(QStringLiteral("connect_problem"), cardProblemJson(*reader.connectFailure));
    }
    if (reader.featureFailure) {
        json.insert(QStringLiteral("feature_problem"), cardProblemJson(*reader.featureFailure));
    }
    return json;
}

QJsonObject pcscJson(const card::PcscFacts& pcsc) {
    QJsonArray readers;
    for (const auto& reader : pcsc.readers) {
        readers.append(readerJson(reader));
    }
    QJsonObject json{
        {QStringLiteral("service"),
         pcsc.serviceFailure ? QStringLiteral("unavailable") : QStringLiteral("available")},
        {QStringLiteral("readers"), readers},
    };
    if (pcsc.serviceFailure) {
        json.insert(QStringLiteral("problem"), cardProblemJson(*pcsc.serviceFailure));
    } else if (pcsc.listFailure) {
        json.insert(QStringLiteral("problem"), cardProblemJson(*pcsc.listFailure));
    }
    return json;
}

QJsonObject storeJson(const StoreSection& store) {
    QJsonObject json{{QStringLiteral("location"), store.location},
                     // Only a database server has a clock of its own to compare with.
                     {QStringLiteral("server_clock_offset_ms"), QJsonValue()}};
    if (store.facts) {
        const auto& facts = *store.facts;
        json.insert(QStringLiteral("backend"), facts.backend);
        json.insert(QStringLiteral("location"), facts.location);
        json.insert(QStringLiteral("schema_version"), facts.schemaVersion);
        json.insert(
            QStringLiteral("chain_head"),
            QJsonObject{{QStringLiteral("sequence"), static_cast<qint64>(facts.headSequence)},
                        {QStringLiteral("hash"), storage::hexDigest(facts.headHash)}});
        json.insert(QStringLiteral("bytes"), static_cast<qint64>(facts.bytes));
    }
    if (store.problem) {
        json.insert(
            QStringLiteral("problem"),
            QJsonObject{{QStringLiteral("code"), fromStd(storage::codeName(store.problem->code))},
                        {QStringLiteral("message"), storage::errorText(*store.problem)}});
    }
    return json;
}

QString yesNoUnknown(const std::optional<bool>& value) {
    if (!value) {
        return notApplicable();
    }
    if (*value) {
        //: en: yes
        return Text::tr("あり");
    }
    //: en: no
    return Text::tr("なし");
}

void appendReaderText(QString& text, const card::ReaderFacts& reader) {
    QStringList states;
    for (const auto& state : reader.states) {
        states.append(fromStd(state));
    }
    text += QStringLiteral("- %1 [%2]\n").arg(fromStd(reader.name), states.join(QLatin1Char(' ')));
    //: en:   ATR: %1
    text += Text::tr("  ATR: %1").arg(reader.atr.empty() ? notApplicable() : hexOf(reader.atr)) +
            QLatin1Char('\n');
    //: en:   Protocol: %1
    text += Text::tr("  プロトコル: %1")
                .arg(reader.protocol ? protocolName(*reader.protocol) : notApplicable()) +
            QLatin1Char('\n');
    if (reader.connectFailure) {
        //: en:   No connection to the card: %1
        text +=
            Text::tr("  カードに接続できません: %1").arg(cardProblemText(*reader.connectFailure)) +
            QLatin1Char('\n');
    }
    QStringList features;
    for (const std::uint8_t tag : reader.features.value_or(std::vector<std::uint8_t>{})) {
        features.append(fromStd(card::featureName(tag)));
    }
    //: en:   PIN pad: %1 (features: %2)
    text += Text::tr("  PIN パッド: %1(機能: %2)")
                .arg(yesNoUnknown(reader.hasPinPad()),
                     reader.features ? features.join(QStringLiteral(", ")) : notApplicable()) +
            QLatin1Char('\n');
    if (reader.featureFailure) {
        //: en:   The reader does not answer the feature request: %1
        text += Text::tr("  リーダーが機能の問い合わせに答えません: %1")
                    .arg(cardProblemText(*reader.featureFailure)) +
                QLatin1Char('\n');
    }
    //: en:   Largest APDU: %1
    text += Text::tr("  最大 APDU: %1")
                .arg(reader.largestApdu ? QString::number(*reader.largestApdu) : notApplicable()) +
            QLatin1Char('\n');
    for (const auto& answer : reader.applets) {
        QString result;
        if (answer.statusWord) {
            result = statusWordText(*answer.statusWord);
            const QString meaning = statusWordMeaning(*answer.statusWord);
            if (!meaning.isEmpty()) {
                result += QStringLiteral(" (%1)").arg(meaning);
            }
        } else if (answer.failure) {
            result = cardProblemText(*answer.failure);
        }
        //: en:   SELECT %1 (%2): %3
        text += Text::tr("  SELECT %1(%2): %3")
                    .arg(fromStd(card::appletName(answer.applet)),
                         hexOf(card::aidOf(answer.applet)), result) +
                QLatin1Char('\n');
    }
}

void appendHeading(QString& text, const QString& heading) {
    text += QStringLiteral("\n[%1]\n").arg(heading);
}

} // namespace

QJsonObject reportJson(const Report& report) {
    QJsonArray libraries;
    for (const auto& component : report.components) {
        libraries.append(QJsonObject{{QStringLiteral("name"), component.name},
                                     {QStringLiteral("run_time"), orNull(component.version)},
                                     {QStringLiteral("build_time"), component.builtWith},
                                     {QStringLiteral("licence"), component.licence}});
    }
    QJsonObject packages;
    for (const auto& package : report.packages.packages) {
        packages.insert(package.name, orNull(package.version));
    }
    QJsonObject system{{QStringLiteral("os"), report.operatingSystem},
                       {QStringLiteral("kernel"), report.kernel},
                       {QStringLiteral("architecture"), report.architecture},
                       {QStringLiteral("session_type"), orNull(report.sessionType)},
                       {QStringLiteral("qt_platform"), QJsonValue()},
                       {QStringLiteral("scaling"), QJsonValue()},
                       {QStringLiteral("logical_dpi"), QJsonValue()}};
    if (report.display) {
        system.insert(QStringLiteral("qt_platform"), report.display->platformName);
        system.insert(QStringLiteral("scaling"), report.display->scaling);
        system.insert(QStringLiteral("logical_dpi"), report.display->logicalDpi);
    }
    QJsonArray settings;
    for (const auto& file : report.settings) {
        settings.append(QJsonObject{{QStringLiteral("role"), file.role},
                                    {QStringLiteral("path"), file.path},
                                    {QStringLiteral("exists"), file.exists}});
    }
    return QJsonObject{
        {QStringLiteral("program"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("jpki-counter")},
                     {QStringLiteral("version"), report.programVersion}}},
        {QStringLiteral("made_at"), report.madeAt},
        {QStringLiteral("libraries"), libraries},
        {QStringLiteral("packages"), packages},
        {QStringLiteral("packages_readable"), report.packages.statusReadable},
        {QStringLiteral("system"), system},
        {QStringLiteral("pcsc"), pcscJson(report.pcsc)},
        {QStringLiteral("store"), storeJson(report.store)},
        {QStringLiteral("settings_files"), settings},
    };
}

QString reportText(const Report& report) {
    //: en: jpki-counter %1 diagnostics, made %2
    QString text =
        Text::tr("jpki-counter %1 診断情報(%2 作成)").arg(report.programVersion, report.madeAt) +
        QLatin1Char('\n');

    //: en: Libraries (run time / built with)
    appendHeading(text, Text::tr("ライブラリ(実行時 / ビルド時)"));
    for (const auto& component : report.components) {
        text += QStringLiteral("%1: %2 / %3 (%4)\n")
                    .arg(component.name,
                         component.version.isEmpty() ? notApplicable() : component.version,
                         component.builtWith, component.licence);
    }

    //: en: Installed packages
    appendHeading(text, Text::tr("インストール済みパッケージ"));
    if (!report.packages.statusReadable) {
        //: en: dpkg's status file could not be read.
        text += Text::tr("dpkg の状態ファイルを読めませんでした。") + QLatin1Char('\n');
    }
    //: en: not installed
    const QString notInstalled = Text::tr("未インストール");
    for (const auto& package : report.packages.packages) {
        text +=
            QStringLiteral("%1: %2\n").arg(package.name, package.version.value_or(notInstalled));
    }

    //: en: System
    appendHeading(text, Text::tr("システム"));
    //: en: OS: %1 (kernel %2, %3)
    text += Text::tr("OS: %1(カーネル %2、%3)")
                .arg(report.operatingSystem, report.kernel, report.architecture) +
            QLatin1Char('\n');
    //: en: Session: %1
    text += Text::tr("セッション: %1")
                .arg(report.sessionType.isEmpty() ? notApplicable() : report.sessionType) +
            QLatin1Char('\n');
    //: en: Screen scaling: %1
    text += Text::tr("画面の拡大率: %1")
                .arg(report.display ? QStringLiteral("%1 (%2 dpi, %3)")
                                          .arg(report.display->scaling)
                                          .arg(report.display->logicalDpi)
                                          .arg(report.display->platformName)
                                    : notApplicable()) +
            QLatin1Char('\n');

    //: en: PC/SC service
    appendHeading(text, Text::tr("PC/SC サービス"));
    if (report.pcsc.serviceFailure) {
        //: en: No connection: %1
        text += Text::tr("接続できません: %1").arg(cardProblemText(*report.pcsc.serviceFailure)) +
                QLatin1Char('\n');
    } else {
        //: en: A context was established.
        text += Text::tr("接続できます(コンテキストを確立しました)。") + QLatin1Char('\n');
        if (report.pcsc.listFailure) {
            //: en: The readers could not be listed: %1
            text += Text::tr("カードリーダーの一覧を得られません: %1")
                        .arg(cardProblemText(*report.pcsc.listFailure)) +
                    QLatin1Char('\n');
        } else if (report.pcsc.readers.empty()) {
            //: en: No reader.
            text += Text::tr("カードリーダーがありません。") + QLatin1Char('\n');
        }
        for (const auto& reader : report.pcsc.readers) {
            appendReaderText(text, reader);
        }
    }

    //: en: Case store
    appendHeading(text, Text::tr("ケースデータベース"));
    if (report.store.facts) {
        const auto& facts = *report.store.facts;
        //: en: Backend: %1
        text += Text::tr("方式: %1").arg(facts.backend) + QLatin1Char('\n');
        //: en: Location: %1
        text += Text::tr("場所: %1").arg(facts.location) + QLatin1Char('\n');
        //: en: Schema version: %1
        text += Text::tr("スキーマのバージョン: %1").arg(facts.schemaVersion) + QLatin1Char('\n');
        //: en: Chain head: event %1, %2
        text += Text::tr("監査チェーンの先頭: イベント %1、%2")
                    .arg(facts.headSequence)
                    .arg(storage::hexDigest(facts.headHash)) +
                QLatin1Char('\n');
        //: en: Size: %1 bytes
        text += Text::tr("サイズ: %1 バイト").arg(facts.bytes) + QLatin1Char('\n');
    } else {
        text += Text::tr("場所: %1").arg(report.store.location) + QLatin1Char('\n');
    }
    if (report.store.problem) {
        //: en: Cannot be read: %1
        text += Text::tr("読めません: %1").arg(storage::errorText(*report.store.problem)) +
                QLatin1Char('\n');
    }
    //: en: Server's clock against this PC's: %1
    text += Text::tr("サーバーとこの PC の時刻差: %1").arg(notApplicable()) + QLatin1Char('\n');

    //: en: Settings files
    appendHeading(text, Text::tr("設定ファイル"));
    //: en: (present)
    const QString present = Text::tr("(あり)");
    //: en: (absent)
    const QString absent = Text::tr("(なし)");
    for (const auto& file : report.settings) {
        text +=
            QStringLiteral("%1: %2 %3\n").arg(file.role, file.path, file.exists ? present : absent);
    }
    return text;
}

} // namespace jpki::diagnostics
