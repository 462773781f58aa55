#include "cli/cli_support.h"

#include "messages/pin_text.h"
#include "platform/language.h"
#include "platform/profile_settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace jpki::cli {

namespace {

void writeLine(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString dateFormatHint() {
    //: en: Write dates as YYYY-MM-DD (for example 2026-04-01).
    return QCoreApplication::translate(
        "jpki::cli", "日付は YYYY-MM-DD の形式で指定してください(例: 2026-04-01)。");
}

// The accepted range as the messages state it.
QString acceptedRangeText() {
    return QStringLiteral("%1 – %2").arg(isoDate(domain::firstAcceptedDate),
                                         isoDate(domain::lastAcceptedDate));
}

} // namespace

Invocation::Invocation(QString name)
    : m_name(std::move(name))
    , m_jsonOption(QStringList{QStringLiteral("json")},
                   QStringLiteral("Print exactly one JSON object on standard output."))
    , m_languageOption(QStringList{QStringLiteral("lang")},
                       QStringLiteral("Language of messages: ja (default) or en."),
                       QStringLiteral("code"))
    , m_profileOption(QStringList{QStringLiteral("profile")},
                      QStringLiteral("Municipality profile (INI) instead of the configured one."),
                      QStringLiteral("file")) {
    m_parser.addOption(m_jsonOption);
    m_parser.addOption(m_languageOption);
    m_parser.addOption(m_profileOption);
    m_parser.addHelpOption();
}

void Invocation::addPositional(const QString& name, const QString& description) {
    m_parser.addPositionalArgument(name, description);
    ++m_positionalLimit;
}

std::optional<int> Invocation::parse(const QStringList& arguments) {
    QStringList withProgram = arguments;
    withProgram.prepend(m_name);
    if (!m_parser.parse(withProgram)) {
        platform::installQtTranslation(*QCoreApplication::instance());
        return fail(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        platform::installQtTranslation(*QCoreApplication::instance());
        writeLine(stdout, m_parser.helpText());
        return Success;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > m_positionalLimit) {
        //: en: Unexpected argument "%1".
        return fail(QCoreApplication::translate("jpki::cli", "余分な引数「%1」があります。")
                        .arg(positional.at(m_positionalLimit)));
    }
    if (m_parser.isSet(m_languageOption) &&
        !platform::parseLanguage(m_parser.value(m_languageOption))) {
        //: en: --lang takes ja or en.
        return fail(
            QCoreApplication::translate("jpki::cli", "--lang には ja か en を指定してください。"));
    }
    if (m_parser.isSet(m_profileOption)) {
        const QFileInfo file(m_parser.value(m_profileOption));
        if (!file.isFile() || !file.isReadable()) {
            //: en: --profile: %1 cannot be read (no such file, or not a readable file).
            return fail(QCoreApplication::translate(
                            "jpki::cli",
                            "--profile: %1 を読み込めません(ファイルがないか、読み取れません)。")
                            .arg(file.filePath()));
        }
    }
    return std::nullopt;
}

std::optional<domain::Date> Invocation::acceptedDate(const QString& text, const QString& label) {
    const auto date = domain::parseIsoDate(text.toStdString());
    if (!date) {
        //: en: %1: "%2" is not a valid date.
        fail(QCoreApplication::translate("jpki::cli", "%1: 「%2」は正しい日付ではありません。")
                 .arg(label, text) +
             QLatin1Char(' ') + dateFormatHint());
        return std::nullopt;
    }
    if (!domain::isAcceptedDate(*date)) {
        //: en: %1: %2 is outside the dates this program accepts (%3).
        fail(QCoreApplication::translate("jpki::cli",
                                         "%1: %2 はこのプログラムが扱う日付の範囲(%3)の外です。")
                 .arg(label, text, acceptedRangeText()));
        return std::nullopt;
    }
    return date;
}

std::optional<QString> Invocation::requiredValue(const QString& option) {
    if (!m_parser.isSet(option)) {
        //: en: The option --%1 is required.
        fail(QCoreApplication::translate("jpki::cli", "--%1 を指定してください。").arg(option));
        return std::nullopt;
    }
    return m_parser.value(option);
}

std::optional<domain::Date> Invocation::requiredDate(const QString& option) {
    const auto value = requiredValue(option);
    if (!value) {
        return std::nullopt;
    }
    return acceptedDate(*value, QStringLiteral("--") + option);
}

bool Invocation::optionalDate(const QString& option, std::optional<domain::Date>& out) {
    out.reset();
    if (!m_parser.isSet(option)) {
        return true;
    }
    out = requiredDate(option);
    return out.has_value();
}

std::optional<domain::Date> Invocation::positionalDate(int index, const QString& what) {
    const QStringList positional = m_parser.positionalArguments();
    if (index >= positional.size()) {
        //: en: Give %1.
        fail(QCoreApplication::translate("jpki::cli", "%1を指定してください。").arg(what));
        return std::nullopt;
    }
    return acceptedDate(positional.at(index), what);
}

platform::CounterSettings Invocation::readSettings() const {
    platform::CounterSettings settings = platform::CounterSettings::read();
    if (m_parser.isSet(m_profileOption)) {
        settings.setFromCommandLine(QLatin1String(platform::setting::municipalityProfile),
                                    m_parser.value(m_profileOption));
    }
    // --db is an option of the commands that open the case database only.
    const QString database = databaseOption().names().first();
    if (m_parser.optionNames().contains(database)) {
        settings.setFromCommandLine(QLatin1String(platform::setting::databaseLocation),
                                    m_parser.value(database));
    }
    return settings;
}

const platform::CounterSettings& Invocation::settings() const {
    if (!m_settings) {
        m_settings = readSettings();
        for (const platform::SettingProblem& problem : m_settings->problems()) {
            warn(problem.text());
        }
    }
    return *m_settings;
}

std::optional<domain::MunicipalityProfile> Invocation::profile() const {
    const platform::ProfileLoad load = platform::resolveMunicipalityProfile(settings());
    for (const QString& error : load.errors) {
        fail(error);
    }
    return load.profile;
}

QCommandLineOption databaseOption() {
    return {QStringLiteral("db"),
            QStringLiteral("The case database: a SQLite file (default: the settings' "
                           "database.location, else cases.sqlite3 in the data folder)."),
            QStringLiteral("path")};
}

std::optional<QString> Invocation::databasePath() const {
    const platform::SqliteChoice choice = platform::sqliteDatabase(settings());
    if (!choice.refusal.isEmpty()) {
        fail(choice.refusal);
        return std::nullopt;
    }
    return choice.path.value_or(storage::CaseStore::defaultPath());
}

void Invocation::answer(const QJsonObject& json, const QString& text) const {
    if (this->json()) {
        writeLine(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else {
        writeLine(stdout, text);
    }
}

int Invocation::fail(const QString& message) const {
    warn(message);
    return Failure;
}

void Invocation::warn(const QString& message) const {
    writeLine(stderr, QStringLiteral("%1: %2").arg(m_name, message));
}

bool Invocation::readSecret(const QString& prompt, const QString& missing,
                            domain::SecretBuffer& out) const {
    switch (readSecretLine(prompt, out)) {
    case SecretLine::Read:
        return true;
    case SecretLine::Missing:
        fail(missing);
        break;
    case SecretLine::TooLong:
        //: en: The line on standard input is too long (at most %1 bytes); nothing was used.
        fail(QCoreApplication::translate(
                 "jpki::cli", "標準入力の行が長すぎます(%1 バイトまで)。何も使っていません。")
                 .arg(maxSecretLineBytes));
        break;
    case SecretLine::NulByte:
        //: en: Standard input holds a NUL byte; nothing was used.
        fail(QCoreApplication::translate(
            "jpki::cli", "標準入力に NUL バイトが含まれています。何も使っていません。"));
        break;
    }
    out.clear();
    return false;
}

std::optional<domain::SecretBuffer> Invocation::readPin(domain::PinKind kind, const QString& prompt,
                                                        const QString& missing) const {
    domain::SecretBuffer typed;
    if (!readSecret(prompt, missing, typed)) {
        return std::nullopt;
    }
    domain::PinFormatCheck check = domain::checkPinFormat(kind, typed.view());
    typed.clear();
    if (!check.valid) {
        //: en: %1: %2 It was not sent to the card.
        fail(QCoreApplication::translate("jpki::cli", "%1: %2 カードには送っていません。")
                 .arg(messages::pinKindName(kind), messages::pinProblemsText(check.problems)));
        return std::nullopt;
    }
    return std::move(check.normalised);
}

SecretLine readSecretLine(const QString& prompt, domain::SecretBuffer& out) {
    out.clear();
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    // Byte by byte so that no library buffer keeps a copy of the secret; never more than a line
    // of maxSecretLineBytes, so that endless input ends at once.
    SecretLine result = SecretLine::Missing;
    std::size_t taken = 0;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        result = SecretLine::Read;
        if (c == '\n') {
            break;
        }
        if (c == '\0') {
            result = SecretLine::NulByte;
            break;
        }
        if (++taken > maxSecretLineBytes) {
            result = SecretLine::TooLong;
            break;
        }
        if (c != '\r') {
            out.append(c);
        }
    }
    c = 0;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (result != SecretLine::Read) {
        out.clear();
    }
    return result;
}

QString isoDate(const domain::Date& date) {
    return QString::fromStdString(domain::formatIsoDate(date));
}

std::optional<storage::CaseStore> openStoreToRecord(Invocation& call, const QString& path,
                                                    bool readOnlyWillDo) {
    if (!QFileInfo::exists(path)) {
        //: en: %1: no such database.
        call.fail(
            QCoreApplication::translate("jpki::cli", "%1: データベースがありません。").arg(path));
        return std::nullopt;
    }
    auto store = storage::CaseStore::open(path);
    if (!store && readOnlyWillDo &&
        (store.error().code == storage::StorageErrorCode::ReadOnly ||
         store.error().code == storage::StorageErrorCode::CannotOpen)) {
        storage::OpenOptions readOnly;
        readOnly.mode = storage::sqlite::OpenMode::ReadOnly;
        if (auto reading = storage::CaseStore::open(path, readOnly)) {
            return std::move(reading).value();
        }
    }
    if (!store) {
        call.fail(QStringLiteral("%1: %2").arg(path, storage::errorText(store.error())));
        return std::nullopt;
    }
    return std::move(store).value();
}

} // namespace jpki::cli
