#include "gui/case_presentation.h"

#include "gui/card_presentation.h"
#include "messages/date_text.h"
#include "messages/document_text.h"
#include "messages/pin_text.h"
#include "messages/validity_text.h"
#include "messages/workflow_text.h"
#include "storage/japan_time.h"

#include <QCoreApplication>

namespace jpki::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::CaseFlow)
};

domain::CertificateKind kindOf(card::JpkiCertificate certificate) {
    return certificate == card::JpkiCertificate::Signature
               ? domain::CertificateKind::Signature
               : domain::CertificateKind::UserAuthentication;
}

QString pinList(const std::vector<workflow::PinReset>& resets) {
    QStringList names;
    for (const workflow::PinReset& reset : resets) {
        names << messages::pinKindName(reset.pin);
    }
    //: en: ", " (between the names of PINs)
    return names.join(Text::tr("、"));
}

} // namespace

CasePage pageForCase(const workflow::CaseFile& file) {
    using workflow::Step;
    switch (file.step) {
    case Step::Reception:
        if (!file.applicant) {
            return CasePage::Applicant;
        }
        return file.proxyInPlace() ? CasePage::Documents : CasePage::Proxy;
    case Step::Documents:
        return CasePage::Documents;
    case Step::LetterIssued:
        return CasePage::Letter;
    case Step::CardCheck:
        return CasePage::CardCheck;
    case Step::PinEntry:
    case Step::CardOperation:
        return CasePage::Operation;
    case Step::AwaitingReply:
    case Step::Completed:
    case Step::Refused:
    case Step::Cancelled:
    case Step::ApplicantLeft:
        return CasePage::Result;
    }
    return CasePage::Result;
}

CasePage resumePageForCase(const workflow::CaseFile& file) {
    if (file.step == workflow::Step::AwaitingReply) {
        return CasePage::Documents;
    }
    return pageForCase(file);
}

std::optional<ProcedureSuggestion> suggestProcedure(const CardServiceState& state,
                                                    const domain::Date& today) {
    if (state.phase != CardPhase::CardRead || !state.status) {
        return std::nullopt;
    }
    const card::CardStatus& status = *state.status;
    for (domain::PinKind pin : domain::allPinKinds) {
        const card::PinStatus& pinStatus = status.pin(pin);
        if (pinStatus.presence == card::PinPresence::Present && pinStatus.blocked) {
            //: en: The %1 is locked.
            return ProcedureSuggestion{
                domain::Procedure::LockRelease,
                Text::tr("%1がロックされています。").arg(messages::pinKindName(pin))};
        }
    }
    for (card::JpkiCertificate which :
         {card::JpkiCertificate::UserAuthentication, card::JpkiCertificate::Signature}) {
        const card::CertificateSummary& summary = status.certificate(which);
        if (summary.presence != card::CertificatePresence::Present || !summary.certificate) {
            continue;
        }
        const domain::RenewalStatus renewal =
            renewalStatusOnCard(summary.certificate->notAfter(), today);
        if (renewal == domain::RenewalStatus::Open || renewal == domain::RenewalStatus::Expired) {
            //: en: %1: %2
            return ProcedureSuggestion{
                domain::Procedure::Renewal,
                Text::tr("%1: %2").arg(messages::certificateKindText(kindOf(which)),
                                       messages::renewalStatusText(renewal))};
        }
    }
    return std::nullopt;
}

std::vector<domain::PinKind> suggestedPinsToReset(const card::CardStatus& status,
                                                  domain::Procedure procedure) {
    std::vector<domain::PinKind> pins;
    if (procedure != domain::Procedure::LockRelease) {
        return pins;
    }
    for (domain::PinKind pin : domain::allPinKinds) {
        const card::PinStatus& pinStatus = status.pin(pin);
        if (pinStatus.presence == card::PinPresence::Present && pinStatus.blocked) {
            pins.push_back(pin);
        }
    }
    return pins;
}

std::optional<int> triesLeft(const CardServiceState& state, domain::PinKind pin) {
    if (state.phase != CardPhase::CardRead || !state.status) {
        return std::nullopt;
    }
    return state.status->pin(pin).triesLeft;
}

CaseLine caseLine(const storage::CaseSummary& summary) {
    CaseLine line;
    line.reference = summary.reference;
    // Through the store's one Japan clock, which needs no time-zone database on the machine.
    line.time = storage::japanDateTime(summary.openedAt).toString(QStringLiteral("H:mm"));
    line.procedure = messages::procedureName(summary.procedure);
    line.path = messages::requestPathName(summary.path);
    const auto step = workflow::parseStep(summary.state.toStdString());
    line.step = step ? messages::stepName(*step) : summary.state;
    line.clerk = summary.openedBy.displayName;
    line.open = summary.isOpen();
    return line;
}

ResultText resultText(const workflow::CaseFile& file) {
    using workflow::Step;
    ResultText text;
    switch (file.step) {
    case Step::Completed:
        //: en: Completed
        text.headline = Text::tr("完了しました");
        if (file.procedure == domain::Procedure::Renewal) {
            QStringList lines;
            for (const workflow::CertificateRenewal& renewal : file.renewals) {
                //: en: %1: new certificate valid until %2
                lines << Text::tr("%1: 新しい証明書(有効期限 %2)")
                             .arg(messages::certificateKindText(renewal.kind),
                                  renewal.newExpires ? messages::dateText(*renewal.newExpires)
                                                     : QString());
            }
            text.details = lines.join(QLatin1Char('\n'));
        } else {
            //: en: Set anew: %1. Every try is available again.
            text.details = Text::tr("%1を再設定しました。試行回数は上限に戻りました。")
                               .arg(pinList(file.resets));
        }
        return text;
    case Step::AwaitingReply:
        //: en: Waiting for the reply
        text.headline = Text::tr("回答待ち");
        //: en: Letter %1 was mailed to the holder. %2
        text.details =
            Text::tr("照会書 %1 を本人宛に郵送しました。%2")
                .arg(file.letter ? file.letter->reference : QString(), messages::secondVisitNote());
        return text;
    case Step::Refused:
        //: en: Refused
        text.headline = Text::tr("お受けできません");
        text.details = file.refusal ? messages::refusalText(*file.refusal) : QString();
        return text;
    case Step::Cancelled:
        //: en: Cancelled
        text.headline = Text::tr("取り消しました");
        text.details = file.closingReason.value_or(QString());
        return text;
    case Step::ApplicantLeft:
        //: en: The applicant left
        text.headline = Text::tr("申請者が退席しました");
        text.details = file.closingReason.value_or(QString());
        return text;
    default:
        text.headline = messages::stepName(file.step);
        return text;
    }
}

} // namespace jpki::gui
