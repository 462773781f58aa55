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

#include <QString>
#include <ostream>

// Lets GoogleTest print QStrings as text in failure messages.
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
