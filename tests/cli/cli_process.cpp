#include "cli_process.h"

#include <QJsonDocument>
#include <QProcess>

CliRun runCli(const QStringList& arguments, const QByteArray& input) {
    return runProgram(QStringLiteral(JPKI_CLI_PATH), arguments, input);
}

CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);

    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    run.stdoutIsOneJsonObject = error.error == QJsonParseError::NoError && document.isObject();
    if (run.stdoutIsOneJsonObject) {
        run.json = document.object();
    }
    return run;
}
