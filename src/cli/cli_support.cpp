#include "cli/cli_support.h"

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

bool Invocation::parse(const QStringList& arguments) {
    QStringList withProgram = arguments;
    withProgram.prepend(m_name);
    if (!m_parser.parse(withProgram)) {
        fail(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        writeLine(stdout, m_parser.helpText());
        return false;
    }
    return true;
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
    const auto date = domain::parseIsoDate(value->toStdString());
    if (!date) {
        //: en: --%1: "%2" is not a valid date.
        fail(QCoreApplication::translate("jpki::cli", "--%1: 「%2」は正しい日付ではありません。")
                 .arg(option, *value) +
             QLatin1Char(' ') + dateFormatHint());
    }
    return date;
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
    const auto date = domain::parseIsoDate(positional.at(index).toStdString());
    if (!date) {
        //: en: "%1" is not a valid date.
        fail(QCoreApplication::translate("jpki::cli", "「%1」は正しい日付ではありません。")
                 .arg(positional.at(index)) +
             QLatin1Char(' ') + dateFormatHint());
    }
    return date;
}

std::optional<domain::MunicipalityProfile> Invocation::profile() const {
    std::optional<QString> path;
    if (m_parser.isSet(m_profileOption)) {
        path = m_parser.value(m_profileOption);
    }
    const platform::ProfileLoad load = platform::resolveMunicipalityProfile(path);
    for (const QString& error : load.errors) {
        fail(error);
    }
    return load.profile;
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

bool readSecretLine(const QString& prompt, domain::SecretBuffer& out) {
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
    // Byte by byte so that no library buffer keeps a copy of the secret.
    bool gotAny = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        gotAny = true;
        if (c == '\n') {
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
    return gotAny;
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
