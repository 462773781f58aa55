// config show: the counter's settings in effect, each with the file and line it came from
// (docs/deployment.md, "Settings").

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "domain/idle_lock.h"
#include "platform/counter_settings.h"
#include "platform/profile_settings.h"
#include "workflow/case_engine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jpki::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

using platform::SettingOrigin;

QString originId(SettingOrigin origin) {
    switch (origin) {
    case SettingOrigin::BuiltIn:
        return QStringLiteral("default");
    case SettingOrigin::SystemFile:
        return QStringLiteral("system");
    case SettingOrigin::UserFile:
        return QStringLiteral("user");
    case SettingOrigin::CommandLine:
        return QStringLiteral("command-line");
    }
    return {};
}

QString originText(const platform::SettingValue& value) {
    switch (value.origin) {
    case SettingOrigin::BuiltIn:
        //: en: default
        return CliText::tr("既定");
    case SettingOrigin::CommandLine:
        //: en: command line
        return CliText::tr("コマンドライン");
    case SettingOrigin::SystemFile:
    case SettingOrigin::UserFile:
        return value.line > 0 ? QStringLiteral("%1:%2").arg(value.file).arg(value.line)
                              : value.file;
    }
    return {};
}

// What applies when no layer names the key, from the part that owns each default.
QString defaultValue(const QString& key,
                     const std::optional<domain::MunicipalityProfile>& profile) {
    const domain::MunicipalityProfile shown = profile.value_or(domain::minoCityProfile());
    if (key == QLatin1String(platform::setting::municipalityProfile)) {
        //: en: built in (%1)
        return CliText::tr("組み込み(%1)")
            .arg(QString::fromStdString(domain::minoCityProfile().name));
    }
    if (key == QLatin1String(platform::setting::counterId)) {
        return workflow::EngineSettings{}.counter;
    }
    if (key == QLatin1String(platform::setting::counterName)) {
        return QString::fromStdString(shown.counterName);
    }
    if (key == QLatin1String(platform::setting::counterPlace)) {
        return QString::fromStdString(shown.counterPlace);
    }
    if (key == QLatin1String(platform::setting::databaseLocation)) {
        return storage::CaseStore::defaultPath();
    }
    if (key == QLatin1String(platform::setting::idleLockMinutes)) {
        return QString::number(domain::kDefaultIdleLock.count());
    }
    return {};
}

int configShow(const QStringList& arguments) {
    Invocation call(QStringLiteral("config show"));
    call.parser().addOption(databaseOption());
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    // Read without the notes: the ignored lines are part of this answer.
    const platform::CounterSettings settings = call.readSettings();
    const platform::ProfileLoad profile = platform::resolveMunicipalityProfile(settings);

    QJsonObject values;
    QStringList lines;
    //: en: Settings files, in the order applied:
    lines << CliText::tr("設定ファイル(適用順):");
    for (const QString& file : settings.filesRead()) {
        lines << QStringLiteral("  ") + file;
    }
    if (settings.filesRead().isEmpty()) {
        //: en:   (none)
        lines << CliText::tr("  (なし)");
    }
    for (const QString& key : platform::settingKeys()) {
        platform::SettingValue builtIn;
        builtIn.value = defaultValue(key, profile.profile);
        const platform::SettingValue value = settings.value(key).value_or(builtIn);
        const bool fixed = settings.isFixed(key);
        const bool isStore = key == QLatin1String(platform::setting::databaseLocation);
        const QString shown = isStore ? platform::maskedStoreLocation(value.value) : value.value;
        QJsonObject entry{{QStringLiteral("value"), shown},
                          {QStringLiteral("origin"), originId(value.origin)},
                          {QStringLiteral("fixed"), fixed}};
        if (!value.file.isEmpty()) {
            entry.insert(QStringLiteral("file"), value.file);
            entry.insert(QStringLiteral("line"), value.line);
        }
        QString where = originText(value);
        if (fixed) {
            //: en: %1, fixed
            where = CliText::tr("%1、固定").arg(where);
        }
        QString line = QStringLiteral("%1 = %2  [%3]").arg(key, shown, where);
        if (isStore && platform::classifyStoreLocation(value.value).kind ==
                           platform::StoreLocation::Kind::PostgreSql) {
            entry.insert(QStringLiteral("supported"), false);
            //: en: (PostgreSQL: not supported yet by this version)
            line += QLatin1Char(' ') + CliText::tr("(PostgreSQL: この版ではまだ使えません)");
        }
        values.insert(key, entry);
        lines << line;
    }

    QJsonArray problems;
    if (!settings.problems().empty()) {
        //: en: Ignored:
        lines << CliText::tr("無視したもの:");
    }
    for (const platform::SettingProblem& problem : settings.problems()) {
        problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                    {QStringLiteral("line"), problem.line},
                                    {QStringLiteral("message"), problem.message}});
        lines << QStringLiteral("  ") + problem.text();
    }
    if (!profile.errors.isEmpty()) {
        //: en: The municipality profile is wrong (the window and the other commands stop on it):
        lines << CliText::tr("自治体設定の誤り(画面と他のコマンドはこれで止まります):");
    }
    for (const QString& error : profile.errors) {
        lines << QStringLiteral("  ") + error;
    }
    call.answer({{QStringLiteral("system_folder"), platform::systemSettingsFolder()},
                 {QStringLiteral("files"), QJsonArray::fromStringList(settings.filesRead())},
                 {QStringLiteral("settings"), values},
                 {QStringLiteral("problems"), problems},
                 {QStringLiteral("profile_errors"), QJsonArray::fromStringList(profile.errors)}},
                lines.join(QLatin1Char('\n')));
    return Success;
}

} // namespace

std::vector<Command> configCommands() {
    return {
        {QStringLiteral("config"), QStringLiteral("show"),
         QStringLiteral("[--db PATH] [--profile FILE]"), configShow},
    };
}

} // namespace jpki::cli
