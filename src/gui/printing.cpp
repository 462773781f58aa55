#include "gui/printing.h"

#include "gui/case_worker.h"
#include "letters/case_for_printing.h"
#include "letters/letter_documents.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>

namespace jpki::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::Printing)
};

QString contentErrorText(letters::ContentError error) {
    switch (error) {
    case letters::ContentError::NoLetter:
        //: en: The case has no inquiry letter.
        return Text::tr("この受付には照会書がありません。");
    case letters::ContentError::NotCompleted:
        //: en: A receipt is printed for a completed case only.
        return Text::tr("控えは完了した受付についてのみ印刷できます。");
    case letters::ContentError::MissingApplicant:
        //: en: The case has no applicant recorded.
        return Text::tr("この受付には申請者が記録されていません。");
    }
    return {};
}

QString outputErrorText(letters::OutputError error) {
    switch (error) {
    case letters::OutputError::PrinterNotReady:
        //: en: The printer is not ready.
        return Text::tr("プリンターの準備ができていません。");
    }
    return {};
}

template <typename Content> struct Printable {
    std::optional<Content> content;
    QString problem;
};

template <typename Content, typename Build>
PrintAction printAction(CaseWorker& worker, domain::MunicipalityProfile profile, Build build) {
    QPointer<CaseWorker> target(&worker);
    return [target, profile, build](QWidget& parent, const workflow::CaseFile& file) {
        if (target.isNull()) {
            return;
        }
        const storage::CaseId caseId = file.id;
        QPointer<QWidget> owner(&parent);
        target->run<Printable<Content>>(
            [caseId, profile, build](JobContext& context) {
                Printable<Content> printable;
                storage::CaseStore* store = context.store();
                if (store == nullptr) {
                    printable.problem = context.openProblem();
                    return printable;
                }
                auto loaded = letters::loadCaseForPrinting(*store, caseId);
                if (!loaded) {
                    printable.problem = storage::errorText(loaded.error());
                    return printable;
                }
                auto content = build(*loaded, profile);
                if (!content) {
                    printable.problem = contentErrorText(content.error());
                    return printable;
                }
                printable.content = std::move(*content);
                return printable;
            },
            &parent,
            [owner](Printable<Content> printable) {
                if (owner.isNull()) {
                    return;
                }
                if (!printable.content) {
                    //: en: Cannot print
                    QMessageBox::warning(owner, Text::tr("印刷できません"), printable.problem);
                    return;
                }
                QPrinter printer(QPrinter::HighResolution);
                QPrintDialog dialog(&printer, owner);
                if (dialog.exec() != QDialog::Accepted) {
                    return;
                }
                auto printed = letters::print(*printable.content, printer);
                if (!printed) {
                    //: en: Cannot print
                    QMessageBox::warning(owner, Text::tr("印刷できません"),
                                         outputErrorText(printed.error()));
                }
            });
    };
}

} // namespace

PrintAction letterPrintAction(CaseWorker& worker, domain::MunicipalityProfile profile) {
    return printAction<letters::InquiryLetterContent>(
        worker, std::move(profile),
        [](const letters::CaseForPrinting& printable, const domain::MunicipalityProfile& town) {
            return letters::inquiryLetterOf(printable, town);
        });
}

PrintAction receiptPrintAction(CaseWorker& worker, domain::MunicipalityProfile profile) {
    return printAction<letters::ReceiptContent>(
        worker, std::move(profile),
        [](const letters::CaseForPrinting& printable, const domain::MunicipalityProfile& town) {
            return letters::receiptOf(printable, town);
        });
}

} // namespace jpki::gui
