#include "cli_process.h"

#include <QJsonDocument>
#include <QProcess>
#include <grp.h>
#include <unistd.h>

CliRun runCli(const QStringList& arguments, const QByteArray& input) {
    return runProgram(QStringLiteral(JPKI_CLI_PATH), arguments, input);
}

namespace {

CliRun runProcess(QProcess& process, const QString& program, const QStringList& arguments,
                  const QByteArray& input) {
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(30000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }

    CliRun run;
    run.exitCode =
        finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
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

} // namespace

CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    return runProcess(process, program, arguments, input);
}

CliRun runCliAsNobody(const QStringList& arguments) {
    QProcess process;
    process.setChildProcessModifier([] {
        constexpr gid_t nobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            ::_exit(96);
        }
    });
    return runProcess(process, QStringLiteral(JPKI_CLI_PATH), arguments, {});
}

CliRun runCliOnAFullDisk(const QString& folder, const QString& listing,
                         const QStringList& arguments) {
    // The mount stays in the namespace of this one run; the folder is as it was afterwards.
    const QString script = QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$1\" || exit 97; "
                                          "head -c 1048576 /dev/zero > \"$1/filler\" 2>/dev/null; "
                                          "folder=$1; listing=$2; shift 2; \"$@\"; code=$?; "
                                          "ls -A \"$folder\" > \"$listing\"; exit $code");
    QStringList unshared{QStringLiteral("--mount"),
                         QStringLiteral("--propagation"),
                         QStringLiteral("private"),
                         QStringLiteral("--"),
                         QStringLiteral("sh"),
                         QStringLiteral("-c"),
                         script,
                         QStringLiteral("sh"),
                         folder,
                         listing,
                         QStringLiteral(JPKI_CLI_PATH)};
    QProcess process;
    return runProcess(process, QStringLiteral("unshare"), unshared + arguments, {});
}
