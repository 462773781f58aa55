#include "simulator/provisioning.h"

#include "card/certificate.h"
#include "issuer/x509_builder.h"
#include "simulator/card_layout.h"

#include <cstdio>
#include <stdexcept>
#include <utility>

namespace jpki::sim {

namespace {

Bytes toBytes(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

// BER-TLV with a definite length in its shortest form.
Bytes tlv(std::initializer_list<std::uint8_t> tag, const Bytes& value) {
    Bytes encoded(tag);
    const std::size_t length = value.size();
    if (length < 0x80) {
        encoded.push_back(static_cast<std::uint8_t>(length));
    } else if (length <= 0xFF) {
        encoded.push_back(0x81);
        encoded.push_back(static_cast<std::uint8_t>(length));
    } else {
        encoded.push_back(0x82);
        encoded.push_back(static_cast<std::uint8_t>(length >> 8));
        encoded.push_back(static_cast<std::uint8_t>(length & 0xFF));
    }
    encoded.insert(encoded.end(), value.begin(), value.end());
    return encoded;
}

std::string yyyymmdd(const domain::Date& day) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

Bytes bytesOf(std::span<const std::uint8_t> span) {
    return Bytes(span.begin(), span.end());
}

PinRecord pinWithTries(std::string_view value, int limit, std::size_t minLength,
                       std::size_t maxLength, int triesLeft) {
    PinRecord pin = makePin(value, limit, minLength, maxLength);
    pin.triesLeft = triesLeft;
    return pin;
}

} // namespace

Bytes issueAuthenticationCertificate(const Profile& profile, EVP_PKEY* cardKey,
                                     const TestAuthority& authority) {
    issuer::CertificateSpec spec;
    spec.role = issuer::CertificateRole::UserAuthentication;
    spec.subject = {{"C", "JP"}, {"CN", issuer::opaqueCommonName()}};
    spec.firstDay = profile.authentication.issued;
    spec.lastDay = profile.authentication.expires;
    Certificate certificate =
        issuer::issueCertificate(spec, cardKey, authority.authenticationCaCertificate.get(),
                                 authority.authenticationCaKey.get());
    return certificateToDer(certificate.get());
}

Bytes issueSignatureCertificate(const Profile& profile, EVP_PKEY* cardKey,
                                const TestAuthority& authority) {
    const CertificatePeriod& period =
        profile.signature ? *profile.signature : profile.authentication;
    issuer::CertificateSpec spec;
    spec.role = issuer::CertificateRole::Signature;
    spec.subject = {
        {"C", "JP"}, {"L", "Gifu-ken"}, {"L", "Mino-shi"}, {"CN", issuer::opaqueCommonName()}};
    spec.firstDay = period.issued;
    spec.lastDay = period.expires;
    spec.holder = issuer::HolderAttributes{
        profile.holder.name, std::to_string(profile.holder.sexCode),
        issuer::jlisBirthDate(profile.holder.birthDate), profile.holder.address};
    Certificate certificate = issuer::issueCertificate(
        spec, cardKey, authority.signatureCaCertificate.get(), authority.signatureCaKey.get());
    return certificateToDer(certificate.get());
}

void recordProvisionedCertificates(const CardState& state, issuer::LocalAuthority& authority) {
    const AppletState* jpki = state.findApplet(bytesOf(layout::jpkiAid));
    if (jpki == nullptr) {
        return;
    }
    for (const auto& [fid, kind] :
         {std::pair{layout::authenticationCertificate, domain::CertificateKind::UserAuthentication},
          std::pair{layout::signatureCertificate, domain::CertificateKind::Signature}}) {
        const auto file = jpki->binaries.find(fid);
        if (file == jpki->binaries.end()) {
            continue; // a card without a signature certificate
        }
        const card::Result<card::Certificate> certificate =
            card::Certificate::fromDer(file->second);
        if (!certificate) {
            throw std::runtime_error("a provisioned certificate does not parse");
        }
        if (issuer::Result<void> recorded = authority.recordIssued(kind, *certificate); !recorded) {
            throw std::runtime_error("cannot record the card's certificate in the authority's "
                                     "ledger: " +
                                     issuer::describe(recorded.error()));
        }
    }
}

Bytes basicFourItemsRecord(const Holder& holder) {
    // The header's meaning is not published; the virtual card holds a fixed opaque value.
    const Bytes header{0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    Bytes items = tlv({0xDF, 0x21}, header);
    for (const Bytes& item :
         {tlv({0xDF, 0x22}, toBytes(holder.name)), tlv({0xDF, 0x23}, toBytes(holder.address)),
          tlv({0xDF, 0x24}, toBytes(yyyymmdd(holder.birthDate))),
          tlv({0xDF, 0x25}, toBytes(std::to_string(holder.sexCode)))}) {
        items.insert(items.end(), item.begin(), item.end());
    }
    return tlv({0xFF, 0x20}, items);
}

Bytes myNumberRecord() {
    Bytes record = tlv({0xD0}, toBytes(fakeMyNumber));
    record.resize(16, 0xFF);
    return record;
}

Bytes jpkiToken() {
    Bytes token = toBytes("JPKIAPICCTOKEN2");
    token.resize(32, ' ');
    return token;
}

CardState provisionCard(const Profile& profile, const TestAuthority& authority,
                        const KeyMaker& keys) {
    CardState state;
    state.profile = profile.name;
    state.createdOn = profile.referenceDay;
    state.issuerPublicKey = publicKeyToDer(authority.issuerKey.get());

    AppletState jpki;
    jpki.aid = bytesOf(layout::jpkiAid);
    jpki.binaries[layout::token] = jpkiToken();
    Key authenticationKey = makeKey(keys);
    jpki.binaries[layout::authenticationCertificate] =
        issueAuthenticationCertificate(profile, authenticationKey.get(), authority);
    jpki.binaries[layout::authenticationCaCertificate] =
        certificateToDer(authority.authenticationCaCertificate.get());
    jpki.keys[layout::authenticationKey] = privateKeyToDer(authenticationKey.get());
    jpki.pins[layout::authenticationPin] =
        pinWithTries(default_pins::authentication, layout::fourDigitPinTries, 4, 4,
                     profile.triesLeft.authentication);
    // The signature CA certificate is on every card; the holder's own signature files are not.
    jpki.binaries[layout::signatureCaCertificate] =
        certificateToDer(authority.signatureCaCertificate.get());
    if (profile.signature) {
        Key signatureKey = makeKey(keys);
        jpki.binaries[layout::signatureCertificate] =
            issueSignatureCertificate(profile, signatureKey.get(), authority);
        jpki.keys[layout::signatureKey] = privateKeyToDer(signatureKey.get());
        jpki.pins[layout::signaturePassword] =
            pinWithTries(default_pins::signature, layout::signaturePasswordTries, 6, 16,
                         profile.triesLeft.signature);
    }
    state.applets.push_back(std::move(jpki));

    AppletState cardInfo;
    cardInfo.aid = bytesOf(layout::cardInfoAid);
    cardInfo.pins[layout::cardInfoPin] = pinWithTries(
        default_pins::cardInfo, layout::fourDigitPinTries, 4, 4, profile.triesLeft.cardInfo);
    // PIN A is the individual number, PIN B the birth date (YYMMDD), the card's expiry year and
    // a 4-digit security code: both serve contactless readers, not the counter.
    cardInfo.pins[layout::cardInfoPinA] =
        pinWithTries(fakeMyNumber, layout::cardInfoPinABTries, 12, 12, layout::cardInfoPinABTries);
    const std::string pinB = yyyymmdd(profile.holder.birthDate).substr(2) +
                             yyyymmdd(profile.cardExpires).substr(0, 4) + "0000";
    cardInfo.pins[layout::cardInfoPinB] =
        pinWithTries(pinB, layout::cardInfoPinABTries, 14, 14, layout::cardInfoPinABTries);
    cardInfo.binaries[layout::myNumber] = myNumberRecord();
    cardInfo.binaries[layout::basicFourItems] = basicFourItemsRecord(profile.holder);
    state.applets.push_back(std::move(cardInfo));

    AppletState residentRegistry;
    residentRegistry.aid = bytesOf(layout::residentRegistryAid);
    residentRegistry.pins[layout::residentRegistryPin] =
        pinWithTries(default_pins::residentRegistry, layout::fourDigitPinTries, 4, 4,
                     profile.triesLeft.residentRegistry);
    state.applets.push_back(std::move(residentRegistry));
    return state;
}

} // namespace jpki::sim
