#pragma once

// The settings of one counter PC, read in layers (docs/deployment.md, "Settings"):
//
//   command line > the user's file (only keys the administrator has not fixed)
//                > <sysconf>/conf.d/*.conf in name order > <sysconf>/jpki-counter.conf > built-in
//
// <sysconf> is /etc/jpki-counter, or the folder named by the environment variable
// JPKI_COUNTER_SYSCONFDIR (tests, a staged installation). The user's file is jpki-counter.conf in
// the application's configuration folder (~/.config/jpki-counter/). The administrator's files fix
// keys with a [fixed] section: `keys = database.location, counter.id` (or `*` for every key).
//
// A line that cannot be used (bad syntax, an unknown section or key, a value out of range) is
// named with its file and line and ignored: the file's other lines still apply, so that one typo
// does not move a counter to another database. Reading never fails as a whole.

#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <vector>

namespace jpki::platform {

// The keys, as written in the files: section.key.
namespace setting {
inline constexpr auto municipalityProfile = "municipality.profile"; // the town's profile (INI)
inline constexpr auto counterId = "counter.id";                     // stored with each case
inline constexpr auto counterName = "counter.name";           // shown in the window, on the papers
inline constexpr auto counterPlace = "counter.place";         // shown in the window, on the papers
inline constexpr auto databaseLocation = "database.location"; // SQLite file or PostgreSQL URI
inline constexpr auto idleLockMinutes = "session.idle_lock_minutes";
inline constexpr auto colorScheme = "display.color_scheme"; // desktop (default) or dark
} // namespace setting

// Every key, in the order `config show` lists them.
QStringList settingKeys();

enum class SettingOrigin {
    BuiltIn,     // no file names it
    SystemFile,  // jpki-counter.conf or a drop-in of the administrator
    UserFile,    // the user's own file
    CommandLine, // an option of the program (--db, --profile)
};

struct SettingValue {
    QString value; // relative paths already resolved against the naming file's folder
    SettingOrigin origin = SettingOrigin::BuiltIn;
    QString file; // the file that set it; empty for BuiltIn and CommandLine
    int line = 0;
};

// A line that was ignored (line 0: the whole file, e.g. unreadable).
struct SettingProblem {
    QString file;
    int line = 0;
    QString message;      // user language
    QString text() const; // "file:line: message"
};

// Where the layers are read from.
struct SettingsLocations {
    QString systemFolder; // holds jpki-counter.conf and conf.d/
    QString userFile;     // empty: no user layer
    // The user's municipality.ini of earlier versions: taken as the user's municipality.profile
    // when the user's file names none. Empty: none.
    QString legacyUserProfile;

    // /etc/jpki-counter (or $JPKI_COUNTER_SYSCONFDIR) and the user's configuration folder.
    static SettingsLocations standard();
};

// The system folder in use: $JPKI_COUNTER_SYSCONFDIR when set and not empty, else
// /etc/jpki-counter.
QString systemSettingsFolder();

class CounterSettings {
public:
    // Reads every layer; problems are collected, never thrown.
    static CounterSettings read(const SettingsLocations& locations = SettingsLocations::standard());

    // A program's option: wins over every file, fixed or not (the option is typed by whoever
    // starts the program; the administrator fixes what the user's file may change).
    void setFromCommandLine(const QString& key, const QString& value);

    // The value in effect; nothing when no layer names the key (the built-in default applies,
    // which the part that uses the key owns).
    std::optional<SettingValue> value(const QString& key) const;
    bool isFixed(const QString& key) const;

    // Files read, in the order applied (existing ones only).
    const QStringList& filesRead() const { return m_filesRead; }
    // Files looked for, in order, whether they exist or not.
    const QStringList& filesLookedFor() const { return m_filesLookedFor; }
    const std::vector<SettingProblem>& problems() const { return m_problems; }

private:
    struct Entry {
        QString key;
        SettingValue value;
    };
    void readFile(const QString& path, SettingOrigin origin);
    void apply(const QString& key, SettingValue value);

    std::vector<Entry> m_values;
    QStringList m_fixed;
    QStringList m_filesRead;
    QStringList m_filesLookedFor;
    std::vector<SettingProblem> m_problems;
};

// The settings files in effect on this PC for this user, in the order they apply (for a
// diagnostics report).
QStringList settingsFilesInEffect();

// Where the cases are kept, from database.location (or --db).
struct StoreLocation {
    enum class Kind {
        SqliteFile,
        PostgreSql, // postgresql://…, postgres://… or a libpq keyword string (service=…)
    };
    Kind kind = Kind::SqliteFile;
    QString text;
};
StoreLocation classifyStoreLocation(const QString& text);
// `text` fit to show: a password in a PostgreSQL URI or keyword string replaced by ***.
QString maskedStoreLocation(const QString& text);

// The SQLite file the settings name: nothing when they name none (the data folder's default
// applies); the message to show, and nothing, when they name a store this version cannot open.
struct SqliteChoice {
    std::optional<QString> path;
    QString refusal; // not empty: stop with this message
};
SqliteChoice sqliteDatabase(const CounterSettings& settings);

// R-ACC-IDLE: session.idle_lock_minutes, else domain::kDefaultIdleLock.
std::chrono::minutes idleLock(const CounterSettings& settings);

} // namespace jpki::platform
