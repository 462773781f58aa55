// db generate: synthetic case history for demonstrations, training and benchmarks, made by
// driving the case engine's own commands on in-process virtual cards (never by writing rows
// around the engine). Nothing in it is a real person's data.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "issuer/local_authority.h"
#include "messages/workflow_text.h"
#include "platform/clock.h"
#include "platform/counter_settings.h"
#include "storage/case_store.h"
#include "workflow/synthetic/synthetic_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <cstdio>

namespace jpki::cli {

namespace {

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

std::optional<int> positiveNumber(Invocation& call, const QString& option, int maximum) {
    const auto text = call.requiredValue(option);
    if (!text) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < 1 || value > maximum) {
        //: en: --%1 takes a whole number from 1 to %2.
        call.fail(
            CliText::tr("--%1 には1から%2までの整数を指定してください。").arg(option).arg(maximum));
        return std::nullopt;
    }
    return value;
}

// The authority in `folder`, made on the first run complete under a temporary name and renamed
// into place, so that a run stopped half-way leaves no half-made authority to break the next.
issuer::Result<issuer::LocalAuthority> openOwnAuthority(const QString& folder,
                                                        const domain::Date& start) {
    if (!QFileInfo::exists(folder)) {
        const QString building = folder + QStringLiteral(".creating");
        QDir(building).removeRecursively();
        if (auto made = issuer::LocalAuthority::create(building.toStdString(), start); !made) {
            return made.error();
        }
        if (!QDir().rename(building, folder)) {
            return issuer::IssuerError(issuer::IssuerErrorCode::StorageFailure,
                                       "moving the new authority into place");
        }
    }
    return issuer::LocalAuthority::open(folder.toStdString());
}

int databaseGenerate(const QStringList& arguments) {
    Invocation call(QStringLiteral("db generate"));
    call.parser().addOptions({
        {QStringLiteral("days"), QStringLiteral("Business days of history."), QStringLiteral("N")},
        {QStringLiteral("cases-per-day"), QStringLiteral("New cases each day."),
         QStringLiteral("M")},
        {QStringLiteral("seed"), QStringLiteral("The seed of the mix (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("start"), QStringLiteral("The first day (default: today)."),
         QStringLiteral("D")},
        {QStringLiteral("db"),
         QStringLiteral("The database to write: a new file, or one made by db generate before "
                        "(never the counter's own)."),
         QStringLiteral("path")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto days = positiveNumber(call, QStringLiteral("days"), 3660);
    if (!days) {
        return Failure;
    }
    const auto perDay = positiveNumber(call, QStringLiteral("cases-per-day"), 1000);
    if (!perDay) {
        return Failure;
    }
    workflow::HistoryOptions options;
    options.days = *days;
    options.casesPerDay = *perDay;
    if (call.parser().isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = call.parser().value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            //: en: --seed takes a whole number.
            return call.fail(CliText::tr("--seed には整数を指定してください。"));
        }
    }
    std::optional<domain::Date> start;
    if (!call.optionalDate(QStringLiteral("start"), start)) {
        return Failure;
    }
    options.start = start.value_or(platform::SystemClock().todayInJapan());
    const auto profile = call.profile();
    if (!profile) {
        return Failure;
    }
    options.profile = *profile;

    // Required, and never a store other than a SQLite file.
    const auto database =
        call.requiredValue(QStringLiteral("db")) ? call.databasePath() : std::nullopt;
    if (!database) {
        return Failure;
    }
    // Neither the data folder's database nor the one the counter's settings name.
    const QString configured = platform::sqliteDatabase(platform::CounterSettings::read())
                                   .path.value_or(storage::CaseStore::defaultPath());
    const QString target = QFileInfo(*database).absoluteFilePath();
    if (target == QFileInfo(storage::CaseStore::defaultPath()).absoluteFilePath() ||
        target == QFileInfo(configured).absoluteFilePath()) {
        //: en: db generate never writes to the counter's own case database (%1). Give a new file with --db.
        return call.fail(CliText::tr("db generate は窓口の案件データベース(%1)には書き込みません。"
                                     "--db で新しいファイルを指定してください。")
                             .arg(*database));
    }
    // A new file is made and marked; an existing one must be one made so before: never a
    // database with real cases.
    storage::OpenOptions opening = storage::OpenOptions::creating();
    opening.syntheticHistory = true;
    auto store = storage::CaseStore::open(*database, opening);
    if (!store) {
        return call.fail(
            QStringLiteral("%1: %2").arg(*database, storage::errorText(store.error())));
    }
    // Its own authority beside the database, never the counter's (the data folder's authority/).
    const QString authorityFolder = *database + QStringLiteral(".authority");
    auto authority = openOwnAuthority(authorityFolder, options.start);
    if (!authority) {
        //: en: The local issuing authority in %1 cannot be used: %2
        return call.fail(
            CliText::tr("%1 の発行機関を使用できません: %2")
                .arg(authorityFolder, QString::fromStdString(issuer::describe(authority.error()))));
    }
    auto report = workflow::generateHistory(
        *store, *authority, options, [&](const domain::Date& day, int cases) {
            if (!call.json() && cases % 50 == 0) {
                std::fprintf(stderr, "%s: %d\n", domain::formatIsoDate(day).c_str(), cases);
            }
        });
    if (!report) {
        return call.fail(messages::workflowErrorText(report.error()));
    }
    QJsonObject bySteps;
    QString stepsText;
    for (const auto& [step, count] : report->byStep) {
        bySteps.insert(step, count);
        const auto parsed = workflow::parseStep(step.toStdString());
        stepsText += QStringLiteral("\n  %1: %2")
                         .arg(parsed ? messages::stepName(*parsed) : step)
                         .arg(count);
    }
    const QJsonObject json{{QStringLiteral("cases"), report->cases},
                           {QStringLiteral("second_visits"), report->secondVisits},
                           {QStringLiteral("events"), static_cast<qint64>(report->events)},
                           {QStringLiteral("by_step"), bySteps}};
    //: en: %1 cases made (%2 second visits); the audit chain holds %3 records.
    call.answer(
        json, CliText::tr("%1 件の案件を作成しました（2回目の来庁 %2 件）。監査記録は %3 件です。")
                      .arg(report->cases)
                      .arg(report->secondVisits)
                      .arg(report->events) +
                  stepsText);
    return Success;
}

} // namespace

std::vector<Command> caseGenerateCommands() {
    return {
        {QStringLiteral("db"), QStringLiteral("generate"),
         QStringLiteral("--days N --cases-per-day M --db PATH [--seed S] [--start D]"),
         databaseGenerate},
    };
}

} // namespace jpki::cli
