#pragma once

#include "domain/date.h"
#include "domain/municipality_profile.h"
#include "domain/secret.h"
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
    // Parses the arguments after the command's name. On failure prints the reason and returns
    // false; the command then exits with Failure.
    bool parse(const QStringList& arguments);

    bool json() const { return m_parser.isSet(m_jsonOption); }

    // A required option's value as a date; prints the reason and returns nothing when the
    // option is missing or is not a real YYYY-MM-DD date.
    std::optional<domain::Date> requiredDate(const QString& option);
    // Same for an optional option: an absent option gives {true, nothing}; a bad one {false, …}.
    bool optionalDate(const QString& option, std::optional<domain::Date>& out);
    std::optional<domain::Date> positionalDate(int index, const QString& what);
    std::optional<QString> requiredValue(const QString& option);

    // The municipality profile: --profile FILE, else the configured file, else Mino City.
    // Prints the errors and returns nothing when the file is wrong.
    std::optional<domain::MunicipalityProfile> profile() const;

    // Prints the answer: the JSON object on stdout with --json, otherwise the text.
    void answer(const QJsonObject& json, const QString& text) const;
    // Prints an error on stderr and returns Failure.
    int fail(const QString& message) const;
    // Prints a note on stderr; the command goes on.
    void warn(const QString& message) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_profileOption;
};

// Reads one line from standard input into a wiped-after-use buffer, without echo on a terminal;
// nothing is ever taken from the command line, where other users could see it.
bool readSecretLine(const QString& prompt, domain::SecretBuffer& out);

QString isoDate(const domain::Date& date);

// The case database of a command that records its exports, opened for writing; a missing file
// is refused, never created. With `readOnlyWillDo`, a database this user may only read (a
// read-only file, or a folder they may not write) is opened read-only instead: the command then
// answers without recording, and says so. Prints the reason and returns nothing on failure.
std::optional<storage::CaseStore> openStoreToRecord(Invocation& call, const QString& path,
                                                    bool readOnlyWillDo);

} // namespace jpki::cli
