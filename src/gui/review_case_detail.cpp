#include "gui/review_case_detail.h"

#include "messages/date_text.h"
#include "messages/document_text.h"
#include "messages/pin_text.h"
#include "messages/validity_text.h"
#include "workflow/domain_ids.h"

#include <QCoreApplication>
#include <QStringList>

namespace jpki::gui {

namespace {

struct DetailText {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::ReviewCaseDetail)
};

QString dateText(const std::optional<domain::Date>& date) {
    return date ? messages::dateText(*date) : QStringLiteral("—");
}

// The store keeps a document as the id of a requirement or of an identity document.
QString documentName(const QString& id) {
    const std::string key = id.toStdString();
    if (const auto requirement = workflow::parseRequirement(key)) {
        return messages::requirementName(*requirement);
    }
    if (const auto document = workflow::parseIdDocument(key)) {
        return messages::idDocumentName(*document);
    }
    return id;
}

QString documentsLine(const std::vector<storage::RecordedDocumentCheck>& documents) {
    QStringList seen;
    for (const storage::RecordedDocumentCheck& recorded : documents) {
        const storage::DocumentCheck& check = recorded.check;
        QString holder;
        if (check.holder == storage::DocumentHolder::Proxy) {
            //: en: proxy
            holder = DetailText::tr("代理人");
        } else {
            //: en: applicant
            holder = DetailText::tr("本人");
        }
        //: en: %1 (%2)
        QString entry = DetailText::tr("%1(%2)").arg(documentName(check.document), holder);
        if (!check.accepted) {
            //: en: %1, not accepted
            entry = DetailText::tr("%1・不受理").arg(entry);
        }
        seen << entry;
    }
    if (seen.isEmpty()) {
        //: en: Documents seen: none recorded
        return DetailText::tr("確認した書類: 記録なし");
    }
    //: en: Documents seen: %1
    return DetailText::tr("確認した書類: %1").arg(seen.join(QStringLiteral("、")));
}

QString cardBeforeLine(const workflow::CardFacts& card) {
    QStringList parts;
    for (const workflow::CertificateFacts& certificate : card.certificates) {
        if (certificate.presence == card::CertificatePresence::Present) {
            //: en: %1 until %2
            parts << DetailText::tr("%1 %2まで")
                         .arg(messages::certificateKindText(certificate.kind),
                              dateText(certificate.notAfter));
        }
    }
    for (const workflow::PinFacts& pin : card.pins) {
        if (pin.triesLeft) {
            //: en: %1: %2 of %3 tries left
            parts << DetailText::tr("%1 残り%2回/%3回")
                         .arg(messages::pinKindName(pin.kind))
                         .arg(*pin.triesLeft)
                         .arg(pin.limit);
        }
    }
    //: en: Card at the check (%1): %2
    return DetailText::tr("確認時のカード(%1): %2")
        .arg(messages::dateText(card.checkedOn), parts.join(QStringLiteral("、")));
}

QString cardAfterLine(const workflow::CaseFile& file) {
    QStringList parts;
    for (const workflow::CertificateRenewal& renewal : file.renewals) {
        if (renewal.stage == workflow::RenewalStage::Done) {
            //: en: new %1 until %2
            parts << DetailText::tr("新しい%1 %2まで")
                         .arg(messages::certificateKindText(renewal.kind),
                              dateText(renewal.newExpires));
        }
    }
    for (const workflow::PinReset& reset : file.resets) {
        if (reset.confirmed && reset.triesAfter) {
            //: en: %1 set anew, %2 tries
            parts << DetailText::tr("%1を再設定、残り%2回")
                         .arg(messages::pinKindName(reset.pin))
                         .arg(*reset.triesAfter);
        }
    }
    if (parts.isEmpty()) {
        //: en: Card after the case: unchanged
        return DetailText::tr("処理後のカード: 変更なし");
    }
    //: en: Card after the case: %1
    return DetailText::tr("処理後のカード: %1").arg(parts.join(QStringLiteral("、")));
}

} // namespace

QString reviewCaseDetail(const CaseEventsLoad& load) {
    QStringList lines;
    lines << documentsLine(load.documents);
    if (load.file && load.file->card) {
        lines << cardBeforeLine(*load.file->card);
    }
    if (load.file) {
        lines << cardAfterLine(*load.file);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace jpki::gui
