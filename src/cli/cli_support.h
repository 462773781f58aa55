#pragma once

#include "domain/date.h"
#include "domain/municipality_profile.h"
#include "domain/pin_policy.h"
#include "domain/secret.h"
#include "platform/counter_settings.h"
#include "storage/case_store.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace jpki::cli {

// The exit-code contract of every command.
enum ExitCode : int {
    Success = 0,
    RuleSaysNo = 1, // the question was answered, and the answer is no
    Failure = 2,    // bad usage, bad input, or the work could not be done
};

// A command's invocation: its own options and positional arguments plus the common ones
// (--json, --lang), and where its answer goes.
class Invocation {
public:
    explicit Invocation(QString name);

    QCommandLineParser& parser() { return m_parser; }
    // A positional argument the command takes (listed in its help); any beyond those is refused.
    void addPositional(const QString& name, const QString& description);
    // Parses the arguments after the command's name. Returns the exit code when the command
    // stops here: Success after printing the help (--help), Failure after printing why the
    // arguments cannot be used (an unknown option, an extra argument, --lang other than ja or en,
    // a --profile file that cannot be read). Nothing when the command goes on.
    [[nodiscard]] std::optional<int> parse(const QStringList& arguments);

    bool json() const { return m_parser.isSet(m_jsonOption); }

    // A required option's value as a date; prints the reason and returns nothing when the
    // option is missing, is not a real YYYY-MM-DD date, or lies outside the accepted range
    // (domain::isAcceptedDate).
    std::optional<domain::Date> requiredDate(const QString& option);
    // Same for an optional option: an absent option gives {true, nothing}; a bad one {false, …}.
    bool optionalDate(const QString& option, std::optional<domain::Date>& out);
    std::optional<domain::Date> positionalDate(int index, const QString& what);
    std::optional<QString> requiredValue(const QString& option);

    // The counter's settings files (platform::CounterSettings) with this command's --profile and
    // --db over them. Read once; the lines they ignore are printed as notes on standard error.
    const platform::CounterSettings& settings() const;
    // The same, read anew and without the notes.
    platform::CounterSettings readSettings() const;
    // The municipality profile: --profile FILE, else the configured one, else Mino City, with the
    // settings' counter name and place. Prints the errors and returns nothing when it is wrong.
    std::optional<domain::MunicipalityProfile> profile() const;
    // The case database's file: --db, else the settings' database.location, else cases.sqlite3
    // in the data folder. Prints why and returns nothing for a store this version cannot open
    // (PostgreSQL).
    std::optional<QString> databasePath() const;

    // Prints the answer: the JSON object on stdout with --json, otherwise the text.
    void answer(const QJsonObject& json, const QString& text) const;
    // Prints an error on stderr and returns Failure.
    int fail(const QString& message) const;
    // Prints a note on stderr; the command goes on.
    void warn(const QString& message) const;

    // Reads a PIN or password from standard input (readSecretLine); prints why and returns false
    // when there is none (`missing`), or it is too long or holds a NUL byte.
    bool readSecret(const QString& prompt, const QString& missing, domain::SecretBuffer& out) const;
    // Reads a PIN of `kind` and checks its format (R-PIN-FORMAT) before anything is sent to the
    // card; prints why (as rules pin-check words it) and returns nothing when it cannot be used.
    // The PIN comes back as the card is to get it.
    std::optional<domain::SecretBuffer> readPin(domain::PinKind kind, const QString& prompt,
                                                const QString& missing) const;

private:
    std::optional<domain::Date> acceptedDate(const QString& text, const QString& label);

    QString m_name;
    int m_positionalLimit = 0;
    QCommandLineParser m_parser;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_profileOption;
    mutable std::optional<platform::CounterSettings> m_settings;
};

// --db PATH, for the commands that open the case database (Invocation::databasePath()).
QCommandLineOption databaseOption();

enum class SecretLine {
    Read,    // one line, without its end
    Missing, // standard input was empty
    TooLong, // more than maxSecretLineBytes before the end of the line: nothing more is read
    NulByte, // a NUL byte: no PIN or password holds one
};

// The longest PIN or password read: far beyond any the card or the policy takes, short enough
// that endless input (/dev/zero) ends at once.
inline constexpr std::size_t maxSecretLineBytes = 64;

// Reads one line from standard input into a wiped-after-use buffer, without echo on a terminal;
// nothing is ever taken from the command line, where other users could see it. Stops at the
// first newline, the first NUL byte, or after maxSecretLineBytes.
SecretLine readSecretLine(const QString& prompt, domain::SecretBuffer& out);

QString isoDate(const domain::Date& date);

// The case database of a command that records its exports, opened for writing; a missing file
// is refused, never created. With `readOnlyWillDo`, a database this user may only read (a
// read-only file, or a folder they may not write) is opened read-only instead: the command then
// answers without recording, and says so. Prints the reason and returns nothing on failure.
std::optional<storage::CaseStore> openStoreToRecord(Invocation& call, const QString& path,
                                                    bool readOnlyWillDo);

} // namespace jpki::cli
