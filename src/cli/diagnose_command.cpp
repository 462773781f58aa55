// diagnose: the diagnostics report for a support request (src/diagnostics), as text or JSON, on
// standard output or into a new file.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "diagnostics/diagnostics_report.h"
#include "platform/file_output.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace jpki::cli {

namespace {

struct DiagnoseText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

const QString kDbOption = QStringLiteral("db");
const QString kOutOption = QStringLiteral("out");

int diagnose(const QStringList& arguments) {
    Invocation call(QStringLiteral("diagnose"));
    call.parser().addOptions({
        {kDbOption,
         QStringLiteral("The case database (default: cases.sqlite3 in the data folder)."),
         QStringLiteral("path")},
        {kOutOption,
         QStringLiteral("Write the report into this new file (never over an existing one)."),
         QStringLiteral("file")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    diagnostics::CollectOptions options;
    options.databasePath = call.parser().value(kDbOption);
    if (call.parser().isSet(QStringLiteral("profile"))) {
        options.profilePath = call.parser().value(QStringLiteral("profile"));
    }
    const diagnostics::Report report = diagnostics::collectDiagnostics(options);
    const QJsonObject json = diagnostics::reportJson(report);
    if (!call.parser().isSet(kOutOption)) {
        call.answer(json, diagnostics::reportText(report));
        return Success;
    }
    const QString path = call.parser().value(kOutOption);
    const QByteArray bytes = call.json() ? QJsonDocument(json).toJson(QJsonDocument::Indented)
                                         : diagnostics::reportText(report).toUtf8();
    if (auto written = platform::writePrivateFile(path, bytes, platform::ExistingTarget::Keep);
        !written) {
        return call.fail(platform::fileErrorText(written.error()));
    }
    //: en: Diagnostics written to %1 (%2 bytes).
    const QString text = DiagnoseText::tr("診断情報を書き出しました: %1 (%2 バイト)");
    call.answer({{QStringLiteral("out"), path}, {QStringLiteral("bytes"), bytes.size()}},
                text.arg(path).arg(bytes.size()));
    return Success;
}

} // namespace

std::vector<Command> diagnoseCommands() {
    // A command of its own, without a group: `jpki-counter-cli diagnose`.
    return {{QStringLiteral("diagnose"), QString(), QStringLiteral("[--db PATH] [--out FILE]"),
             diagnose}};
}

} // namespace jpki::cli
