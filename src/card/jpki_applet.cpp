#include "card/jpki_applet.h"

#include "card/applet_io.h"
#include "card/certificate_check.h"
#include "card/commands.h"
#include "card/wipe.h"

namespace jpki::card {

namespace {

CardError notAJpkiPin() {
    return CardError(CardErrorCode::InvalidArgument, "not a JPKI PIN");
}

Result<Certificate> readCertificateFile(CardChannel& channel, JpkiCertificate which) {
    Result<void> selected = selectFile(channel, fileOf(which));
    if (!selected) {
        return selected.error();
    }
    Result<Bytes> der = readDerFile(channel);
    if (!der) {
        return der.error();
    }
    return Certificate::fromDer(*der);
}

PinReference pinOf(JpkiKey key) {
    return key == JpkiKey::Signature ? PinReference::Signature : PinReference::UserAuthentication;
}

} // namespace

bool isJpkiPin(PinReference pin) {
    return pin == PinReference::UserAuthentication || pin == PinReference::Signature;
}

Result<Certificate> JpkiApplet::readCertificate(JpkiCertificate which) {
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Result<void> selected = selectApplet(m_channel, Applet::Jpki);
    if (!selected) {
        return selected.error();
    }
    return readCertificateFile(m_channel, which);
}

Result<Certificate> JpkiApplet::readSignatureCertificate(std::span<const std::uint8_t> password) {
    if (Result<void> length = checkPinLength(password); !length) {
        return length.error();
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Result<void> step = selectApplet(m_channel, Applet::Jpki);
    if (step) {
        step = card::verifyPin(m_channel, PinReference::Signature, password);
    }
    if (!step) {
        return step.error();
    }
    return readCertificateFile(m_channel, JpkiCertificate::Signature);
}

Result<PinStatus> JpkiApplet::pinStatus(PinReference pin) {
    if (!isJpkiPin(pin)) {
        return notAJpkiPin();
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Result<void> selected = selectApplet(m_channel, Applet::Jpki);
    if (!selected) {
        return selected.error();
    }
    return queryPinStatus(m_channel, pin);
}

Result<void> JpkiApplet::verifyPin(PinReference pin, std::span<const std::uint8_t> value) {
    if (!isJpkiPin(pin)) {
        return notAJpkiPin();
    }
    if (Result<void> length = checkPinLength(value); !length) {
        return length;
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    Result<void> selected = selectApplet(m_channel, Applet::Jpki);
    if (!selected) {
        return selected;
    }
    return card::verifyPin(m_channel, pin, value);
}

Result<void> JpkiApplet::changePin(PinReference pin, std::span<const std::uint8_t> currentValue,
                                   std::span<const std::uint8_t> newValue) {
    if (!isJpkiPin(pin)) {
        return notAJpkiPin();
    }
    if (Result<void> length = checkPinLength(currentValue); !length) {
        return length;
    }
    if (Result<void> length = checkPinLength(newValue); !length) {
        return length;
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    Result<void> step = selectApplet(m_channel, Applet::Jpki);
    if (step) {
        step = card::verifyPin(m_channel, pin, currentValue);
    }
    if (!step) {
        return step;
    }
    CommandApdu command = commands::changeReferenceData(newValue);
    const WipeOnExit wipeCommand(command.data);
    Result<ResponseApdu> response =
        transmitExpectingOk(m_channel, command, "CHANGE REFERENCE DATA");
    if (!response) {
        return response.error();
    }
    return {};
}

Result<Bytes> JpkiApplet::sign(JpkiKey key, std::span<const std::uint8_t> pinValue,
                               std::span<const std::uint8_t> digestInfo) {
    if (digestInfo.empty() || digestInfo.size() > commands::kShortLcMax) {
        return CardError(CardErrorCode::InvalidArgument, "SIGN: DigestInfo length");
    }
    if (Result<void> length = checkPinLength(pinValue); !length) {
        return length.error();
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Result<void> step = selectApplet(m_channel, Applet::Jpki);
    if (step) {
        step = card::verifyPin(m_channel, pinOf(key), pinValue);
    }
    if (step) {
        step = selectFile(m_channel, fileOf(key));
    }
    if (!step) {
        return step.error();
    }
    Result<ResponseApdu> signature =
        transmitExpectingOk(m_channel, commands::computeSignature(digestInfo), "SIGN");
    if (!signature) {
        return signature.error();
    }
    // The PIN verified above also opens the signature certificate.
    Result<Certificate> certificate = readCertificateFile(m_channel, certificateOf(key));
    if (!certificate) {
        return certificate.error();
    }
    const PublicKey publicKey = certificate->publicKey();
    Result<void> checked = verifyDigestInfoSignature(publicKey.get(), digestInfo, signature->data);
    if (!checked) {
        return checked.error();
    }
    return std::move(signature->data);
}

} // namespace jpki::card
