// case letter, case receipt: the voluntary proxy's inquiry-and-reply letter and the applicant's
// receipt as PDF files. They carry the applicant's name and address, so each is recorded as a
// document-exported audit event, in the order of reports/report_export.h: the PDF takes its name
// only once its event is stored, never over an existing file nor through a link. With report
// daily these are jpki-counter-print's commands (printCommands).

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "letters/case_for_printing.h"
#include "letters/letter_documents.h"
#include "messages/workflow_text.h"
#include "platform/clock.h"
#include "reports/report_export.h"
#include "storage/case_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace jpki::cli {

namespace {

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

const QString kOutOption = QStringLiteral("out");

void addOptions(Invocation& call, const QString& positionalHelp) {
    call.parser().addOptions({
        databaseOption(),
        {kOutOption,
         QStringLiteral("The PDF file to write; never over an existing file or a link."),
         QStringLiteral("file")},
    });
    call.addPositional(QStringLiteral("ID"), positionalHelp);
}

// The case database, opened for writing to record the export; nothing is written without it.
std::optional<storage::CaseStore> openStore(Invocation& call) {
    const auto path = call.databasePath();
    return path ? openStoreToRecord(call, *path, false) : std::nullopt;
}

// The case named by its number, its reference or its letter's reference, folded for printing.
// Prints the reason and returns nothing when it cannot be had; `exitCode` tells how to end.
std::optional<letters::CaseForPrinting> findCase(Invocation& call, storage::CaseStore& store,
                                                 int& exitCode) {
    exitCode = Failure;
    const QString wanted = call.parser().positionalArguments().first();
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    auto found = isNumber ? letters::loadCaseForPrinting(store, storage::CaseId{number})
                          : letters::loadCaseForPrinting(store, wanted);
    if (!found) {
        if (found.error().code == storage::StorageErrorCode::NotFound) {
            //: en: No case "%1".
            call.fail(CliText::tr("案件「%1」はありません。").arg(wanted));
            exitCode = RuleSaysNo;
            return std::nullopt;
        }
        call.fail(storage::errorText(found.error()));
        return std::nullopt;
    }
    return std::move(found).value();
}

// One case named, the output file given: the arguments every document needs.
bool checkArguments(Invocation& call) {
    if (call.parser().positionalArguments().size() != 1) {
        //: en: Give the case's number or reference (for example P2026-000123 or P2026-000123-1).
        call.fail(CliText::tr(
            "案件の番号か受付番号(例: P2026-000123 または P2026-000123-1)を指定してください。"));
        return false;
    }
    return call.requiredValue(kOutOption).has_value();
}

// Writes the PDF and records its export; the exit code.
int exportDocument(Invocation& call, storage::CaseStore& store, QJsonObject facts,
                   const QByteArray& pdf) {
    facts.insert(QStringLiteral("format"), QStringLiteral("pdf"));
    facts.insert(QStringLiteral("destination"), QStringLiteral("file"));
    const platform::SystemClock clock;
    const reports::ExportEvent event{reports::ExportKind::Document, facts, std::nullopt,
                                     storage::fromQDateTime(clock.nowUtc())};
    if (auto exported = reports::exportToFile(store, event, call.parser().value(kOutOption), pdf);
        !exported) {
        return call.fail(reports::exportFailureText(exported.error()));
    }
    return Success;
}

// The content's error as the clerk's message, and the exit code: a case that is not (yet) what
// the document needs is an answer (1), a case without an applicant a failure (2).
int failOnContent(Invocation& call, const workflow::CaseFile& caseFile,
                  letters::ContentError error) {
    switch (error) {
    case letters::ContentError::NoLetter:
        //: en: Case %1 has no inquiry-and-reply letter yet: one is issued for a voluntary proxy's PIN reset or lock release once the first visit's documents are checked.
        call.fail(
            CliText::tr(
                "案件 %1 にはまだ照会書兼回答書がありません。照会書兼回答書は、任意代理人による暗証番号の再設定・ロック解除で、1回目の来庁時の書類を確認した後に発行されます。")
                .arg(caseFile.reference));
        return RuleSaysNo;
    case letters::ContentError::NotCompleted:
        //: en: Case %1 is not completed (step: %2). A receipt is made only for a completed case.
        call.fail(
            CliText::tr(
                "案件 %1 は完了していません(段階: %2)。控えは完了した案件についてのみ作成できます。")
                .arg(caseFile.reference, messages::stepName(caseFile.step)));
        return RuleSaysNo;
    case letters::ContentError::MissingApplicant:
        //: en: Case %1 has no applicant's name and address recorded, so no letter can be addressed.
        return call.fail(
            CliText::tr(
                "案件 %1 には申請者の氏名・住所が記録されていないため、照会書兼回答書を作成できません。")
                .arg(caseFile.reference));
    }
    return Failure;
}

int caseLetter(const QStringList& arguments) {
    Invocation call(QStringLiteral("case letter"));
    addOptions(call, QStringLiteral("The case's reference or its letter's reference."));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    if (!checkArguments(call)) {
        return Failure;
    }
    const auto profile = call.profile();
    auto store = profile ? openStore(call) : std::nullopt;
    if (!store) {
        return Failure;
    }
    int exitCode = Failure;
    const auto printable = findCase(call, *store, exitCode);
    if (!printable) {
        return exitCode;
    }
    const auto letter = letters::inquiryLetterOf(*printable, *profile);
    if (!letter) {
        return failOnContent(call, printable->file, letter.error());
    }
    const QJsonObject facts{{QStringLiteral("document"), QStringLiteral("letter")},
                            {QStringLiteral("case"), letter->caseReference},
                            {QStringLiteral("letter"), letter->letterReference}};
    if (const int exported = exportDocument(call, *store, facts, letters::pdfBytes(*letter));
        exported != Success) {
        return exported;
    }
    const QString pdf = QFileInfo(call.parser().value(kOutOption)).absoluteFilePath();
    //: en: Wrote the inquiry-and-reply letter %1 to %2.
    const QString message =
        CliText::tr("照会書兼回答書 %1 を %2 に書き出しました。").arg(letter->letterReference, pdf);
    call.answer({{QStringLiteral("letter"), letter->letterReference},
                 {QStringLiteral("case"), letter->caseReference},
                 {QStringLiteral("pdf"), pdf}},
                message);
    return Success;
}

int caseReceipt(const QStringList& arguments) {
    Invocation call(QStringLiteral("case receipt"));
    addOptions(call, QStringLiteral("The case's number or reference."));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    if (!checkArguments(call)) {
        return Failure;
    }
    // The receipt is in Japanese unless English is asked for by name; --lang also sets the
    // language of these messages.
    letters::DocumentLanguage language = letters::DocumentLanguage::Japanese;
    const QString languageCode = call.parser().value(QStringLiteral("lang"));
    if (languageCode == QLatin1String("en")) {
        language = letters::DocumentLanguage::English;
    } else if (!languageCode.isEmpty() && languageCode != QLatin1String("ja")) {
        //: en: --lang takes ja or en.
        return call.fail(CliText::tr("--lang には ja か en を指定してください。"));
    }
    const auto profile = call.profile();
    auto store = profile ? openStore(call) : std::nullopt;
    if (!store) {
        return Failure;
    }
    int exitCode = Failure;
    const auto printable = findCase(call, *store, exitCode);
    if (!printable) {
        return exitCode;
    }
    const auto receipt = letters::receiptOf(*printable, *profile);
    if (!receipt) {
        return failOnContent(call, printable->file, receipt.error());
    }
    const QString languageId = language == letters::DocumentLanguage::English
                                   ? QStringLiteral("en")
                                   : QStringLiteral("ja");
    const QJsonObject facts{{QStringLiteral("document"), QStringLiteral("receipt")},
                            {QStringLiteral("case"), receipt->caseReference},
                            {QStringLiteral("language"), languageId}};
    if (const int exported =
            exportDocument(call, *store, facts, letters::pdfBytes(*receipt, language));
        exported != Success) {
        return exported;
    }
    const QString pdf = QFileInfo(call.parser().value(kOutOption)).absoluteFilePath();
    //: en: Wrote the receipt of case %1 to %2.
    const QString message =
        CliText::tr("案件 %1 の控えを %2 に書き出しました。").arg(receipt->caseReference, pdf);
    call.answer({{QStringLiteral("case"), receipt->caseReference},
                 {QStringLiteral("language"), languageId},
                 {QStringLiteral("pdf"), pdf}},
                message);
    return Success;
}

} // namespace

std::vector<Command> printCommands() {
    std::vector<Command> commands = documentCommands(caseLetter, caseReceipt);
    commands.push_back(dailyReportCommand(writeDailyReportPdf));
    return commands;
}

} // namespace jpki::cli
