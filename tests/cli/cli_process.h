#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // stdout parsed when it is exactly one JSON object
    bool stdoutIsOneJsonObject = false;
};

// Runs jpki-counter-cli with `arguments`, writing `input` to its standard input.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {});
// The same with another copy of the program.
CliRun runProgram(const QString& program, const QStringList& arguments,
                  const QByteArray& input = {});
// jpki-counter-cli as the user "nobody": the tests run as root, whom no file permission stops.
CliRun runCliAsNobody(const QStringList& arguments);
// jpki-counter-cli in a private mount namespace where `folder` (which must exist) is a small tmpfs
// filled to the last byte: a full disk. What the folder held when the program had ended is
// written, one name a line, to `listing` (outside it); "filler" is the file that filled it.
// Needs root; exit code 97 when the tmpfs cannot be mounted.
CliRun runCliOnAFullDisk(const QString& folder, const QString& listing,
                         const QStringList& arguments);

#include <QString>
#include <ostream>

// Lets GoogleTest print QStrings as text in failure messages.
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
