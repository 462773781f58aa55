#include "card/card_status.h"

#include "card/applet_io.h"
#include "card/commands.h"
#include "card/hex.h"
#include "card/wipe.h"

namespace jpki::card {

namespace {

std::size_t indexOf(JpkiCertificate which) {
    return static_cast<std::size_t>(which);
}
std::size_t indexOf(PinReference which) {
    return static_cast<std::size_t>(which);
}

// Reads the selected certificate file's content into a summary.
Result<CertificateSummary> readSelectedCertificate(CardChannel& channel,
                                                   const domain::Date& today) {
    CertificateSummary summary;
    Result<Bytes> der = readDerFile(channel);
    if (!der) {
        if (isTransportError(der.error().code)) {
            return der.error();
        }
        if (der.error().code == CardErrorCode::EndOfFile) {
            summary.presence = CertificatePresence::Empty;
        } else {
            summary.presence = CertificatePresence::Unreadable;
            summary.problem = der.error().code;
        }
        return summary;
    }
    Result<Certificate> certificate = Certificate::fromDer(*der);
    if (!certificate) {
        summary.presence = CertificatePresence::Unreadable;
        summary.problem = certificate.error().code;
        return summary;
    }
    summary.presence = CertificatePresence::Present;
    summary.daysLeft = certificate->daysLeft(today);
    summary.certificate = std::move(certificate).value();
    return summary;
}

// Selects a certificate file: Absent on 6A 82, NotRead when it exists (nothing read yet).
Result<CertificateSummary> probeCertificateFile(CardChannel& channel, JpkiCertificate which) {
    CertificateSummary summary;
    Result<ResponseApdu> selected = channel.transmit(commands::selectFile(fileOf(which)));
    if (!selected) {
        return selected.error();
    }
    if (selected->sw == 0x6A82) {
        summary.presence = CertificatePresence::Absent;
    } else if (!selected->ok()) {
        summary.presence = CertificatePresence::Unreadable;
        summary.problem = errorFromStatusWord(selected->sw).code;
    }
    return summary;
}

Result<CertificateSummary> readCertificateSummary(CardChannel& channel, JpkiCertificate which,
                                                  const domain::Date& today) {
    Result<CertificateSummary> probed = probeCertificateFile(channel, which);
    if (!probed || probed->presence != CertificatePresence::NotRead) {
        return probed;
    }
    return readSelectedCertificate(channel, today);
}

// The signature password's status, verifying it when given (that is the only way to open the
// signature certificate).
Result<PinStatus> signaturePinStatus(CardChannel& channel,
                                     std::optional<std::span<const std::uint8_t>> password,
                                     PasswordCheck& check) {
    if (!password) {
        return queryPinStatus(channel, PinReference::Signature);
    }
    const int limit = pinRetryLimit(PinReference::Signature);
    if (Result<void> length = checkPinLength(*password); !length) {
        return length.error();
    }
    Result<ResponseApdu> selected = channel.transmit(commands::selectFile(jpki_ef::kSignaturePin));
    if (!selected) {
        return selected.error();
    }
    if (selected->sw == 0x6A82) {
        check = PasswordCheck::Absent;
        return PinStatus::absent(limit);
    }
    if (!selected->ok()) {
        return PinStatus::unknown(limit);
    }
    CommandApdu command = commands::verify(*password);
    const WipeOnExit wipeCommand(command.data);
    Result<ResponseApdu> answer = channel.transmit(command);
    if (!answer) {
        return answer.error();
    }
    if (answer->ok()) {
        check = PasswordCheck::Accepted;
        return PinStatus::present(limit, limit);
    }
    const CardError refusal =
        verifyRefusal(answer->sw, PinReference::Signature, "VERIFY signature password");
    if (refusal.code == CardErrorCode::UnexpectedAnswer) {
        return refusal;
    }
    if (refusal.code == CardErrorCode::WrongPin) {
        check = PasswordCheck::Rejected;
        return PinStatus::present(*refusal.triesLeft, limit);
    }
    if (refusal.code == CardErrorCode::PinBlocked) {
        check = PasswordCheck::Blocked;
        return PinStatus::present(0, limit);
    }
    return PinStatus::unknown(limit);
}

} // namespace

Result<CardStatus> readCardStatus(CardChannel& channel, const domain::Date& today,
                                  std::optional<std::span<const std::uint8_t>> signaturePassword) {
    const ChannelTransaction transaction(channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    CardStatusData data;
    data.readerName = channel.readerName();
    data.atrHex = toHex(channel.atr(), " ");
    data.today = today;
    for (PinReference pin : {PinReference::UserAuthentication, PinReference::Signature,
                             PinReference::CardInfo, PinReference::ResidentRegistry}) {
        data.pins[indexOf(pin)] = PinStatus::unknown(pinRetryLimit(pin));
    }

    Result<void> selected = selectApplet(channel, Applet::Jpki);
    if (!selected) {
        return selected.error();
    }
    // The authority's certificate is not read: it is the same on every card of a generation and
    // needed only where a chain is checked (a renewal reads it then).
    Result<CertificateSummary> authentication =
        readCertificateSummary(channel, JpkiCertificate::UserAuthentication, today);
    if (!authentication) {
        return authentication.error();
    }
    data.certificates[indexOf(JpkiCertificate::UserAuthentication)] =
        std::move(authentication).value();
    Result<PinStatus> userPin = queryPinStatus(channel, PinReference::UserAuthentication);
    if (!userPin) {
        return userPin.error();
    }
    data.pins[indexOf(PinReference::UserAuthentication)] = *userPin;

    Result<PinStatus> signaturePin =
        signaturePinStatus(channel, signaturePassword, data.signaturePassword);
    if (!signaturePin) {
        return signaturePin.error();
    }
    data.pins[indexOf(PinReference::Signature)] = *signaturePin;

    CertificateSummary& signature = data.certificates[indexOf(JpkiCertificate::Signature)];
    if (signaturePin->presence == PinPresence::Absent) {
        // The password, the key and the certificate exist together (card-protocol.md).
        signature.presence = CertificatePresence::Absent;
    } else {
        Result<CertificateSummary> probed =
            probeCertificateFile(channel, JpkiCertificate::Signature);
        if (!probed) {
            return probed.error();
        }
        signature = std::move(probed).value();
        if (signature.presence == CertificatePresence::NotRead &&
            data.signaturePassword == PasswordCheck::Accepted) {
            Result<CertificateSummary> read = readSelectedCertificate(channel, today);
            if (!read) {
                return read.error();
            }
            signature = std::move(read).value();
        }
    }

    for (const auto& [applet, pin] :
         {std::pair{Applet::CardInfo, PinReference::CardInfo},
          std::pair{Applet::ResidentRegistry, PinReference::ResidentRegistry}}) {
        Result<PinStatus> status = queryAppletPinStatus(channel, applet, pin);
        if (!status) {
            return status.error();
        }
        data.pins[indexOf(pin)] = *status;
    }
    return CardStatus(std::move(data));
}

} // namespace jpki::card
