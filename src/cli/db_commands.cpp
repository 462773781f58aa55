// audit verify, db backup, db check, case list, case show: the case database for scripts and
// supervisors, without the window. The database is opened read-only; applicants' names and
// addresses are never printed.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "messages/document_text.h"
#include "storage/case_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace jpki::cli {

namespace {

using storage::CaseStore;

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

void addDatabaseOption(Invocation& call) {
    call.parser().addOption(databaseOption());
}

QString idText(std::string_view id) {
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

std::optional<CaseStore> openStore(Invocation& call) {
    const auto path = call.databasePath();
    if (!path) {
        return std::nullopt;
    }
    storage::OpenOptions options;
    options.mode = storage::sqlite::OpenMode::ReadOnly;
    auto store = CaseStore::open(*path, options);
    if (!store) {
        call.fail(QStringLiteral("%1: %2").arg(*path, storage::errorText(store.error())));
        return std::nullopt;
    }
    return std::move(store).value();
}

int failWith(Invocation& call, const storage::StorageError& error) {
    return call.fail(storage::errorText(error));
}

QJsonValue optionalTime(const std::optional<storage::Timestamp>& at) {
    return at ? QJsonValue(storage::japanIsoTime(*at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const std::optional<QString>& text) {
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonObject staffJson(const storage::StaffRef& staff) {
    return {{QStringLiteral("id"), static_cast<qint64>(storage::rawId(staff.id))},
            {QStringLiteral("login"), staff.login},
            {QStringLiteral("name"), staff.displayName}};
}

QJsonObject caseJson(const storage::CaseSummary& summary) {
    return {
        {QStringLiteral("id"), static_cast<qint64>(storage::rawId(summary.id))},
        {QStringLiteral("reference"), summary.reference},
        {QStringLiteral("procedure"), idText(domain::procedureId(summary.procedure))},
        {QStringLiteral("path"), idText(domain::requestPathId(summary.path))},
        {QStringLiteral("counter"), summary.counter},
        {QStringLiteral("state"), summary.state},
        {QStringLiteral("outcome"), optionalText(summary.outcome)},
        {QStringLiteral("open"), summary.isOpen()},
        {QStringLiteral("clerk"), staffJson(summary.openedBy)},
        {QStringLiteral("opened_on"), isoDate(summary.openedOn)},
        {QStringLiteral("opened_at"), storage::japanIsoTime(summary.openedAt)},
        {QStringLiteral("updated_at"), storage::japanIsoTime(summary.updatedAt)},
        {QStringLiteral("closed_at"), optionalTime(summary.closedAt)},
    };
}

QString clockTime(storage::Timestamp at) {
    return storage::japanIsoTime(at).mid(11, 5); // HH:MM of Japan time
}

QString caseLine(const storage::CaseSummary& summary) {
    const QString closed = summary.closedAt ? clockTime(*summary.closedAt) : QStringLiteral("…");
    return QStringLiteral("%1  %2 / %3  %4  %5–%6  %7%8  %9")
        .arg(summary.reference, messages::procedureName(summary.procedure),
             messages::requestPathName(summary.path), summary.counter, clockTime(summary.openedAt),
             closed, summary.state,
             summary.outcome ? QStringLiteral(" (%1)").arg(*summary.outcome) : QString(),
             summary.openedBy.displayName);
}

QJsonArray recordsJson(const std::vector<storage::RecordMismatch>& records) {
    QJsonArray list;
    for (const storage::RecordMismatch& mismatch : records) {
        list.append(QJsonObject{
            {QStringLiteral("table"), idText(storage::recordKindId(mismatch.kind))},
            {QStringLiteral("problem"), idText(storage::recordProblemId(mismatch.problem))},
            {QStringLiteral("row"), static_cast<qint64>(mismatch.rowId)},
            {QStringLiteral("event"), static_cast<qint64>(mismatch.eventSequence)},
            {QStringLiteral("field"), QString::fromStdString(mismatch.field)},
            {QStringLiteral("message"), storage::recordMismatchText(mismatch)}});
    }
    return list;
}

// --head HASH: the head printed on a signed daily report. The chain must still hold it: a file
// cut back before that point (the day's last records and everything after removed) fails here,
// even though what is left links up.
struct PrintedHead {
    storage::Digest hash{};
    std::optional<std::int64_t> foundAt;
};

int auditVerify(const QStringList& arguments) {
    Invocation call(QStringLiteral("audit verify"));
    addDatabaseOption(call);
    call.parser().addOption(
        {QStringLiteral("head"),
         QStringLiteral("A head hash printed on a daily report: check that the chain still holds "
                        "it."),
         QStringLiteral("hash")});
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    std::optional<PrintedHead> printed;
    if (call.parser().isSet(QStringLiteral("head"))) {
        const QString typed = call.parser().value(QStringLiteral("head")).trimmed().toLower();
        const auto hash = storage::digestFromHex(typed.toStdString());
        if (!hash) {
            //: en: --head: "%1" is not a head hash (64 hexadecimal digits, as printed on the daily report).
            return call.fail(
                CliText::tr(
                    "--head: 「%1」はハッシュ値ではありません(日計表に印字された 16 進数 64 桁)。")
                    .arg(typed));
        }
        printed = PrintedHead{*hash, std::nullopt};
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    auto verified = store->verifyChain();
    if (!verified) {
        return failWith(call, verified.error());
    }
    if (printed) {
        auto found = store->findEventByHash(printed->hash);
        if (!found) {
            return failWith(call, found.error());
        }
        printed->foundAt = *found;
    }
    QJsonObject json{{QStringLiteral("holds"), verified->holds()},
                     {QStringLiteral("events"), static_cast<qint64>(verified->eventsChecked)},
                     {QStringLiteral("head_sequence"), static_cast<qint64>(verified->headSequence)},
                     {QStringLiteral("head_hash"), storage::hexDigest(verified->headHash)},
                     {QStringLiteral("records"), recordsJson(verified->records)}};
    QStringList lines;
    bool holds = verified->holds();
    if (verified->broken) {
        const storage::ChainBreak& broken = *verified->broken;
        const QString message = storage::chainBreakText(broken);
        json.insert(
            QStringLiteral("broken"),
            QJsonObject{
                {QStringLiteral("sequence"), static_cast<qint64>(broken.sequence)},
                {QStringLiteral("expected_sequence"), static_cast<qint64>(broken.expectedSequence)},
                {QStringLiteral("reason"), idText(storage::chainBreakKindId(broken.kind))},
                {QStringLiteral("message"), message}});
        //: en: %1 The %2 records before it hold.
        lines << CliText::tr("%1 それより前の記録 %2 件は正常です。")
                     .arg(message)
                     .arg(verified->eventsChecked);
    } else if (!verified->records.empty()) {
        //: en: The audit chain's %1 records hold, but the database's other records do not match them:
        lines
            << CliText::tr(
                   "監査記録 %1 件の連鎖は正常ですが、データベースの次の記録が監査記録と一致しません:")
                   .arg(verified->eventsChecked);
        for (const storage::RecordMismatch& mismatch : verified->records) {
            lines << QStringLiteral("  ") + storage::recordMismatchText(mismatch);
        }
    } else {
        //: en: The audit chain holds: %1 records, the last is record %2 with hash %3. Every case, staff account, document, letter and sign-off matches it.
        lines
            << CliText::tr(
                   "監査記録の連鎖は正常です。記録 %1 件、最後の記録は %2 (ハッシュ %3)です。案件・職員アカウント・書類確認・照会書・決裁の記録はすべて監査記録と一致します。")
                   .arg(verified->eventsChecked)
                   .arg(verified->headSequence)
                   .arg(storage::hexDigest(verified->headHash));
    }
    if (printed) {
        json.insert(
            QStringLiteral("printed_head"),
            QJsonObject{{QStringLiteral("hash"), storage::hexDigest(printed->hash)},
                        {QStringLiteral("found"), printed->foundAt.has_value()},
                        {QStringLiteral("sequence"),
                         printed->foundAt ? QJsonValue(static_cast<qint64>(*printed->foundAt))
                                          : QJsonValue(QJsonValue::Null)}});
        if (printed->foundAt) {
            //: en: The head printed on the report is record %1, and the chain holds it.
            lines << CliText::tr("日計表に印字された最終記録は記録 %1 で、連鎖に含まれています。")
                         .arg(*printed->foundAt);
        } else {
            holds = false;
            //: en: The head printed on the report is not in the chain: records up to it or after it were removed or replaced since the report was printed.
            lines << CliText::tr(
                "日計表に印字された最終記録が連鎖にありません。日計表の印刷後に、その記録を含む記録が削除または差し替えられています。");
        }
    }
    json.insert(QStringLiteral("holds"), holds);
    call.answer(json, lines.join(QLatin1Char('\n')));
    return holds ? Success : RuleSaysNo;
}

int databaseBackup(const QStringList& arguments) {
    Invocation call(QStringLiteral("db backup"));
    addDatabaseOption(call);
    call.addPositional(QStringLiteral("PATH"), QStringLiteral("The new backup file."));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = call.parser().positionalArguments();
    if (positional.size() != 1) {
        //: en: Give the path of the backup file to create.
        return call.fail(CliText::tr("作成するバックアップファイルのパスを指定してください。"));
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    auto backup = store->backupTo(positional.first());
    if (!backup) {
        return failWith(call, backup.error());
    }
    //: en: Backup written to %1 (%2 bytes).
    const QString text = CliText::tr("バックアップを作成しました: %1 (%2 バイト)")
                             .arg(backup->path)
                             .arg(backup->bytes);
    call.answer({{QStringLiteral("backup"), backup->path},
                 {QStringLiteral("bytes"), static_cast<qint64>(backup->bytes)}},
                text);
    return Success;
}

int databaseCheck(const QStringList& arguments) {
    Invocation call(QStringLiteral("db check"));
    addDatabaseOption(call);
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    auto report = store->checkIntegrity();
    if (!report) {
        return failWith(call, report.error());
    }
    const QJsonObject json{
        {QStringLiteral("ok"), report->ok()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}};
    if (report->ok()) {
        //: en: The database passed its integrity check.
        call.answer(json, CliText::tr("データベースの整合性に問題はありません。"));
        return Success;
    }
    //: en: The integrity check found problems:
    call.answer(json, CliText::tr("整合性の検査で問題が見つかりました:") + QLatin1Char('\n') +
                          report->problems.join(QLatin1Char('\n')));
    return RuleSaysNo;
}

int caseList(const QStringList& arguments) {
    Invocation call(QStringLiteral("case list"));
    addDatabaseOption(call);
    call.parser().addOptions({
        {QStringLiteral("date"), QStringLiteral("The Japan day."), QStringLiteral("D")},
        {QStringLiteral("counter"), QStringLiteral("Only this counter."), QStringLiteral("id")},
        {QStringLiteral("clerk"), QStringLiteral("Only this clerk's cases."),
         QStringLiteral("login")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto day = call.requiredDate(QStringLiteral("date"));
    if (!day) {
        return Failure;
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    storage::DayQuery query{*day, std::nullopt, std::nullopt};
    if (call.parser().isSet(QStringLiteral("counter"))) {
        query.counter = call.parser().value(QStringLiteral("counter"));
    }
    if (call.parser().isSet(QStringLiteral("clerk"))) {
        const QString login = call.parser().value(QStringLiteral("clerk"));
        auto clerk = store->findStaffByLogin(login);
        if (!clerk && clerk.error().code == storage::StorageErrorCode::NotFound) {
            //: en: No staff member has the login "%1".
            return call.fail(CliText::tr("ログイン名「%1」の職員はいません。").arg(login));
        }
        if (!clerk) {
            return failWith(call, clerk.error());
        }
        query.clerk = clerk->id;
    }
    auto cases = store->casesOfDay(query);
    if (!cases) {
        return failWith(call, cases.error());
    }
    QJsonArray list;
    QStringList lines;
    for (const auto& summary : *cases) {
        list.append(caseJson(summary));
        lines.append(caseLine(summary));
    }
    //: en: %1: %2 case(s)
    lines.prepend(CliText::tr("%1: %2 件").arg(isoDate(*day)).arg(cases->size()));
    call.answer({{QStringLiteral("date"), isoDate(*day)}, {QStringLiteral("cases"), list}},
                lines.join(QLatin1Char('\n')));
    return Success;
}

QJsonObject eventJson(const storage::CaseEvent& event) {
    return {{QStringLiteral("sequence"), static_cast<qint64>(event.sequence)},
            {QStringLiteral("at"), storage::japanIsoTime(event.at)},
            {QStringLiteral("type"), event.type},
            {QStringLiteral("staff"),
             event.staff ? QJsonValue(staffJson(*event.staff)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("payload"), event.payload},
            {QStringLiteral("hash"), storage::hexDigest(event.hash)}};
}

QString eventLine(const storage::CaseEvent& event) {
    return QStringLiteral("  #%1  %2  %3  %4  %5")
        .arg(event.sequence)
        .arg(storage::japanIsoTime(event.at), event.type,
             event.staff ? event.staff->login : QStringLiteral("-"),
             QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
}

int caseShow(const QStringList& arguments) {
    Invocation call(QStringLiteral("case show"));
    addDatabaseOption(call);
    call.addPositional(QStringLiteral("ID"), QStringLiteral("The case's number or reference."));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = call.parser().positionalArguments();
    if (positional.size() != 1) {
        //: en: Give the case's number or reference (for example R2026-000123).
        return call.fail(CliText::tr("案件の番号か受付番号(例: R2026-000123)を指定してください。"));
    }
    auto store = openStore(call);
    if (!store) {
        return Failure;
    }
    bool isNumber = false;
    const qint64 number = positional.first().toLongLong(&isNumber);
    auto found = isNumber ? store->findCase(storage::CaseId{number})
                          : store->findCaseByReference(positional.first());
    if (!found) {
        if (found.error().code == storage::StorageErrorCode::NotFound) {
            //: en: No case "%1".
            call.fail(CliText::tr("案件「%1」はありません。").arg(positional.first()));
            return RuleSaysNo;
        }
        return failWith(call, found.error());
    }
    const storage::CaseSummary& summary = found->summary;
    auto events = store->eventsOfCase(summary.id);
    auto documents =
        events ? store->documentsOfCase(summary.id)
               : storage::Result<std::vector<storage::RecordedDocumentCheck>>(events.error());
    auto letters = documents
                       ? store->lettersOfCase(summary.id)
                       : storage::Result<std::vector<storage::InquiryLetter>>(documents.error());
    if (!letters) {
        return failWith(call, letters.error());
    }
    QJsonObject caseObject = caseJson(summary);
    caseObject.insert(QStringLiteral("last_event_sequence"),
                      summary.lastEventSequence
                          ? QJsonValue(static_cast<qint64>(*summary.lastEventSequence))
                          : QJsonValue(QJsonValue::Null));
    QStringList lines{caseLine(summary)};
    QJsonArray eventList;
    for (const auto& event : *events) {
        eventList.append(eventJson(event));
        lines.append(eventLine(event));
    }
    QJsonArray documentList;
    for (const auto& recorded : *documents) {
        documentList.append(QJsonObject{
            {QStringLiteral("document"), recorded.check.document},
            {QStringLiteral("holder"), idText(storage::documentHolderId(recorded.check.holder))},
            {QStringLiteral("accepted"), recorded.check.accepted},
            {QStringLiteral("note"), optionalText(recorded.check.note)},
            {QStringLiteral("checked_by"),
             static_cast<qint64>(storage::rawId(recorded.check.checkedBy))},
            {QStringLiteral("checked_at"), storage::japanIsoTime(recorded.check.at)},
            {QStringLiteral("event_sequence"), static_cast<qint64>(recorded.eventSequence)}});
    }
    QJsonArray letterList;
    for (const auto& letter : *letters) {
        letterList.append(QJsonObject{
            {QStringLiteral("reference"), letter.reference},
            {QStringLiteral("issued_at"), storage::japanIsoTime(letter.issuedAt)},
            {QStringLiteral("mailed_at"), optionalTime(letter.mailedAt)},
            {QStringLiteral("mail_method"), optionalText(letter.mailMethod)},
            {QStringLiteral("reply_received_at"), optionalTime(letter.replyReceivedAt)}});
    }
    call.answer({{QStringLiteral("case"), caseObject},
                 {QStringLiteral("events"), eventList},
                 {QStringLiteral("documents"), documentList},
                 {QStringLiteral("letters"), letterList}},
                lines.join(QLatin1Char('\n')));
    return Success;
}

} // namespace

std::vector<Command> databaseCommands() {
    return {
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("[--db PATH]"),
         auditVerify},
        {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("PATH [--db PATH]"),
         databaseBackup},
        {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("[--db PATH]"),
         databaseCheck},
        {QStringLiteral("case"), QStringLiteral("list"),
         QStringLiteral("--date D [--counter ID] [--clerk LOGIN] [--db PATH]"), caseList},
        {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("ID|REFERENCE [--db PATH]"),
         caseShow},
    };
}

} // namespace jpki::cli
