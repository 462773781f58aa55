#include "workflow/card_identity.h"

#include "card/jpki_applet.h"

namespace jpki::workflow {

std::optional<WorkflowError> checkSameCard(card::CardChannel& channel, const CaseFile& file) {
    if (!file.card) {
        return std::nullopt;
    }
    const CertificateFacts* recorded =
        file.card->certificate(domain::CertificateKind::UserAuthentication);
    if (recorded == nullptr || recorded->serial.isEmpty()) {
        return std::nullopt; // nothing to compare with
    }
    const CertificateRenewal* renewal = file.renewal(domain::CertificateKind::UserAuthentication);
    card::JpkiApplet applet(channel);
    card::Result<card::Certificate> onCard =
        applet.readCertificate(card::JpkiCertificate::UserAuthentication);
    if (!onCard) {
        if (card::isTransportError(onCard.error().code)) {
            return WorkflowError::card(onCard.error());
        }
        // From the key generation's start to the write, the file is empty: the case's own doing.
        const bool midRenewal = renewal != nullptr &&
                                renewal->stage >= RenewalStage::KeyGenerating &&
                                renewal->stage < RenewalStage::Verified;
        return midRenewal ? std::nullopt
                          : std::optional(WorkflowError::invalidInput(InputProblem::DifferentCard));
    }
    const QString serial = QString::fromStdString(onCard->serialHex());
    if (serial == recorded->serial ||
        (renewal != nullptr && !renewal->newSerial.isEmpty() && serial == renewal->newSerial)) {
        return std::nullopt;
    }
    return WorkflowError::invalidInput(InputProblem::DifferentCard);
}

} // namespace jpki::workflow
