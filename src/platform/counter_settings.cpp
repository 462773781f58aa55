#include "platform/counter_settings.h"

#include "domain/free_text.h"
#include "domain/idle_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <algorithm>

namespace jpki::platform {

namespace {

struct SettingsText {
    Q_DECLARE_TR_FUNCTIONS(jpki::platform::Settings)
};

// Far beyond any real settings file; keeps a mistaken file (a log, an image) from being read whole.
constexpr qint64 kMaxSettingsFileBytes = 256 * 1024;

const QString kFixedSection = QStringLiteral("fixed");

enum class ValueKind { Path, CounterText, StoreLocation, Minutes, ColorScheme };

struct KeySpec {
    const char* key;
    ValueKind kind;
};

constexpr KeySpec kKeys[] = {
    {setting::municipalityProfile, ValueKind::Path},
    {setting::counterId, ValueKind::CounterText},
    {setting::counterName, ValueKind::CounterText},
    {setting::counterPlace, ValueKind::CounterText},
    {setting::databaseLocation, ValueKind::StoreLocation},
    {setting::idleLockMinutes, ValueKind::Minutes},
    {setting::colorScheme, ValueKind::ColorScheme},
};

const KeySpec* findKey(const QString& key) {
    for (const KeySpec& spec : kKeys) {
        if (key == QLatin1String(spec.key)) {
            return &spec;
        }
    }
    return nullptr;
}

bool isKnownSection(const QString& section) {
    if (section == kFixedSection) {
        return true;
    }
    return std::any_of(std::begin(kKeys), std::end(kKeys), [&section](const KeySpec& spec) {
        return QString::fromLatin1(spec.key).section(QLatin1Char('.'), 0, 0) == section;
    });
}

QString unknownSetting(const QString& key) {
    //: en: Unknown setting %1.
    return SettingsText::tr("不明な設定項目 %1 です。").arg(key);
}

// A relative path in a file is taken from that file's folder, never from wherever the program
// was started.
QString resolvedPath(const QString& value, const QString& file) {
    if (QFileInfo(value).isAbsolute()) {
        return QDir::cleanPath(value);
    }
    return QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(value));
}

// The value as it is to be used, or the reason it cannot be.
struct Checked {
    QString value;
    QString problem;
};

Checked refused(const QString& problem) {
    return {{}, problem};
}

Checked checkValue(const KeySpec& spec, const QString& value, const QString& file) {
    if (value.isEmpty()) {
        //: en: The value is empty.
        return refused(SettingsText::tr("値が空です。"));
    }
    switch (spec.kind) {
    case ValueKind::Path:
        return {resolvedPath(value, file), {}};
    case ValueKind::StoreLocation:
        if (classifyStoreLocation(value).kind == StoreLocation::Kind::PostgreSql) {
            return {value, {}};
        }
        return {resolvedPath(value, file), {}};
    case ValueKind::CounterText:
        // R-DATA-TEXT: the counter's name and place go into every case and paper.
        if (domain::checkText(domain::TextKind::CounterName, value.toStdString())) {
            return refused(
                //: en: At most %1 characters, on one line, without control characters.
                SettingsText::tr("%1文字以内の1行で、制御文字を含まないようにしてください。")
                    .arg(domain::textLimit(domain::TextKind::CounterName).maxCharacters));
        }
        return {value, {}};
    case ValueKind::Minutes: {
        bool number = false;
        const int minutes = value.toInt(&number);
        if (!number || minutes < domain::kShortestIdleLock.count() ||
            minutes > domain::kLongestIdleLock.count()) {
            return refused(
                //: en: "%1" is not a whole number of minutes from %2 to %3.
                SettingsText::tr("「%1」は %2 から %3 までの分数(整数)ではありません。")
                    .arg(value)
                    .arg(domain::kShortestIdleLock.count())
                    .arg(domain::kLongestIdleLock.count()));
        }
        return {QString::number(minutes), {}};
    }
    case ValueKind::ColorScheme: {
        const QString scheme = value.trimmed().toLower();
        if (scheme != QLatin1String("desktop") && scheme != QLatin1String("dark")) {
            //: en: "%1" is neither desktop nor dark.
            return refused(
                SettingsText::tr("「%1」は desktop でも dark でもありません。").arg(value));
        }
        return {scheme, {}};
    }
    }
    return {value, {}};
}

// The drop-ins in byte order of their names, as run-parts and systemd order theirs. Whatever
// bears a drop-in's name is listed, so that a folder or a FIFO so named is reported, not passed
// over in silence.
QStringList dropInFiles(const QString& systemFolder) {
    QStringList names =
        QDir(systemFolder + QStringLiteral("/conf.d"))
            .entryList({QStringLiteral("*.conf")},
                       QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden,
                       QDir::NoSort);
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    QStringList paths;
    for (const QString& name : names) {
        paths << systemFolder + QStringLiteral("/conf.d/") + name;
    }
    return paths;
}

} // namespace

QStringList settingKeys() {
    QStringList keys;
    for (const KeySpec& spec : kKeys) {
        keys << QString::fromLatin1(spec.key);
    }
    return keys;
}

QString SettingProblem::text() const {
    if (line <= 0) {
        return QStringLiteral("%1: %2").arg(file, message);
    }
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

QString systemSettingsFolder() {
    const QString overridden = qEnvironmentVariable("JPKI_COUNTER_SYSCONFDIR");
    return overridden.isEmpty() ? QStringLiteral("/etc/jpki-counter") : overridden;
}

SettingsLocations SettingsLocations::standard() {
    SettingsLocations locations;
    locations.systemFolder = systemSettingsFolder();
    const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (!userFolder.isEmpty()) {
        locations.userFile = userFolder + QStringLiteral("/jpki-counter.conf");
        locations.legacyUserProfile = userFolder + QStringLiteral("/municipality.ini");
    }
    return locations;
}

CounterSettings CounterSettings::read(const SettingsLocations& locations) {
    CounterSettings settings;
    QStringList systemFiles{locations.systemFolder + QStringLiteral("/jpki-counter.conf")};
    systemFiles << dropInFiles(locations.systemFolder);
    for (const QString& file : systemFiles) {
        settings.readFile(file, SettingOrigin::SystemFile);
    }
    if (!locations.userFile.isEmpty()) {
        settings.readFile(locations.userFile, SettingOrigin::UserFile);
    }
    const auto profile = settings.value(QLatin1String(setting::municipalityProfile));
    const bool userNamedProfile = profile && profile->origin == SettingOrigin::UserFile;
    if (!locations.legacyUserProfile.isEmpty() && !userNamedProfile &&
        !settings.isFixed(QLatin1String(setting::municipalityProfile)) &&
        QFileInfo::exists(locations.legacyUserProfile)) {
        settings.apply(
            QLatin1String(setting::municipalityProfile),
            {locations.legacyUserProfile, SettingOrigin::UserFile, locations.legacyUserProfile, 0});
    }
    return settings;
}

void CounterSettings::readFile(const QString& path, SettingOrigin origin) {
    m_filesLookedFor << path;
    const QFileInfo info(path);
    const auto fileProblem = [this, &path](const QString& message) {
        m_problems.push_back({path, 0, message});
    };
    if (!info.exists()) {
        if (info.isSymLink()) {
            //: en: A link to a file that does not exist; ignored.
            fileProblem(SettingsText::tr("存在しないファイルへのリンクのため、無視しました。"));
        }
        return;
    }
    // A FIFO or a device would block or never end.
    if (!info.isFile()) {
        //: en: Not a regular file; ignored.
        return fileProblem(SettingsText::tr("通常のファイルではないため、無視しました。"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: en: Cannot be read (%1); ignored.
        return fileProblem(
            SettingsText::tr("読み取れないため、無視しました(%1)。").arg(file.errorString()));
    }
    const QByteArray bytes = file.read(kMaxSettingsFileBytes + 1);
    if (bytes.size() > kMaxSettingsFileBytes) {
        //: en: Larger than %1 KiB; ignored.
        return fileProblem(SettingsText::tr("%1 KiB を超えるため、無視しました。")
                               .arg(kMaxSettingsFileBytes / 1024));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        //: en: Not UTF-8 text; ignored.
        return fileProblem(SettingsText::tr("UTF-8 のテキストではないため、無視しました。"));
    }
    m_filesRead << path;

    const auto problem = [this, &path](int line, const QString& message) {
        //: en: %1 This line is ignored.
        m_problems.push_back(
            {path, line, SettingsText::tr("%1 この行は無視しました。").arg(message)});
    };
    QString section;
    bool sectionKnown = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        QString line = lines.at(index).trimmed();
        if (index == 0 && line.startsWith(QChar(0xFEFF))) {
            line = line.mid(1).trimmed();
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                //: en: A section header is written [name].
                problem(lineNumber, SettingsText::tr("セクション名は [名前] の形で書きます。"));
                section.clear();
                sectionKnown = false;
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed();
            sectionKnown = isKnownSection(section);
            if (!sectionKnown) {
                //: en: Unknown section [%1]; its lines are not used.
                problem(lineNumber,
                        SettingsText::tr("不明なセクション [%1] です。その中の行は使いません。")
                            .arg(section));
            }
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 1) {
            //: en: Not a line of the form key = value.
            problem(lineNumber, SettingsText::tr("「キー = 値」の形の行ではありません。"));
            continue;
        }
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (section.isEmpty()) {
            //: en: "%1" stands before any [section].
            problem(lineNumber,
                    SettingsText::tr("「%1」がどのセクションにも属していません。").arg(name));
            continue;
        }
        if (!sectionKnown) {
            continue; // named once, at the section's header
        }
        if (section == kFixedSection) {
            if (name != QLatin1String("keys")) {
                problem(lineNumber, unknownSetting(section + QLatin1Char('.') + name));
            } else if (origin == SettingOrigin::UserFile) {
                //: en: Only the administrator's files can fix settings.
                problem(lineNumber,
                        SettingsText::tr("設定を固定できるのは管理者の設定ファイルだけです。"));
            } else {
                static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
                for (const QString& key : value.split(separators, Qt::SkipEmptyParts)) {
                    if (key == QLatin1String("*")) {
                        m_fixed << settingKeys();
                    } else if (findKey(key)) {
                        m_fixed << key;
                    } else {
                        problem(lineNumber, unknownSetting(key));
                    }
                }
            }
            continue;
        }
        const QString key = section + QLatin1Char('.') + name;
        const KeySpec* spec = findKey(key);
        if (!spec) {
            problem(lineNumber, unknownSetting(key));
            continue;
        }
        if (origin == SettingOrigin::UserFile && isFixed(key)) {
            //: en: %1 is fixed by the administrator.
            problem(lineNumber, SettingsText::tr("%1 は管理者が固定しています。").arg(key));
            continue;
        }
        const Checked checked = checkValue(*spec, value, path);
        if (!checked.problem.isEmpty()) {
            problem(lineNumber, QStringLiteral("%1: %2").arg(key, checked.problem));
            continue;
        }
        apply(key, {checked.value, origin, path, lineNumber});
    }
}

void CounterSettings::apply(const QString& key, SettingValue value) {
    for (Entry& entry : m_values) {
        if (entry.key == key) {
            entry.value = std::move(value);
            return;
        }
    }
    m_values.push_back({key, std::move(value)});
}

void CounterSettings::setFromCommandLine(const QString& key, const QString& value) {
    apply(key, {value, SettingOrigin::CommandLine, {}, 0});
}

std::optional<SettingValue> CounterSettings::value(const QString& key) const {
    for (const Entry& entry : m_values) {
        if (entry.key == key) {
            return entry.value;
        }
    }
    return std::nullopt;
}

bool CounterSettings::isFixed(const QString& key) const {
    return m_fixed.contains(key);
}

QStringList settingsFilesInEffect() {
    return CounterSettings::read().filesRead();
}

StoreLocation classifyStoreLocation(const QString& text) {
    // libpq's two forms: a URI, or keyword=value pairs (service=counter, host=… dbname=…).
    static const QRegularExpression uri(QStringLiteral("^postgres(ql)?://"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keywords(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
    const bool postgres = uri.match(text).hasMatch() || keywords.match(text).hasMatch();
    return {postgres ? StoreLocation::Kind::PostgreSql : StoreLocation::Kind::SqliteFile, text};
}

QString maskedStoreLocation(const QString& text) {
    if (classifyStoreLocation(text).kind != StoreLocation::Kind::PostgreSql) {
        return text;
    }
    static const QRegularExpression userPassword(
        QStringLiteral("^(postgres(?:ql)?://[^:@/]*:)[^@/]*@"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyword(QStringLiteral("(password\\s*=\\s*)('[^']*'|[^&\\s]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString masked = text;
    masked.replace(userPassword, QStringLiteral("\\1***@"));
    masked.replace(keyword, QStringLiteral("\\1***"));
    return masked;
}

SqliteChoice sqliteDatabase(const CounterSettings& settings) {
    const auto location = settings.value(QLatin1String(setting::databaseLocation));
    if (!location) {
        return {};
    }
    if (classifyStoreLocation(location->value).kind == StoreLocation::Kind::PostgreSql) {
        // The value itself is not repeated: a connection string may hold a password.
        const QString where = location->origin == SettingOrigin::CommandLine
                                  ? QStringLiteral("--db")
                                  : QStringLiteral("%1:%2").arg(location->file).arg(location->line);
        //: en: %1: a PostgreSQL database is not supported yet by this version; only a SQLite file (a path) can be used as the case database.
        return {std::nullopt,
                SettingsText::tr("%1: PostgreSQL のデータベースはこの版ではまだ使えません。"
                                 "案件データベースには SQLite のファイル(パス)を指定してください。")
                    .arg(where)};
    }
    return {location->value, {}};
}

std::chrono::minutes idleLock(const CounterSettings& settings) {
    const auto minutes = settings.value(QLatin1String(setting::idleLockMinutes));
    bool number = false;
    const int value = minutes ? minutes->value.toInt(&number) : 0;
    // A command-line value is not checked at reading: keep it within the rule's range.
    return number ? std::clamp(std::chrono::minutes(value), domain::kShortestIdleLock,
                               domain::kLongestIdleLock)
                  : domain::kDefaultIdleLock;
}

} // namespace jpki::platform
