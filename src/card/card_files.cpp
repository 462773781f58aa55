#include "card/card_files.h"

namespace jpki::card {

std::string_view appletName(Applet applet) {
    switch (applet) {
    case Applet::Jpki:
        return "JPKI";
    case Applet::CardInfo:
        return "card-info";
    case Applet::ResidentRegistry:
        return "resident-registry";
    }
    return "?";
}

std::uint16_t fileOf(JpkiCertificate certificate) {
    switch (certificate) {
    case JpkiCertificate::UserAuthentication:
        return jpki_ef::kUserAuthCertificate;
    case JpkiCertificate::UserAuthenticationCa:
        return jpki_ef::kUserAuthCaCertificate;
    case JpkiCertificate::Signature:
        return jpki_ef::kSignatureCertificate;
    case JpkiCertificate::SignatureCa:
        return jpki_ef::kSignatureCaCertificate;
    }
    return jpki_ef::kUserAuthCertificate;
}

std::uint16_t fileOf(JpkiKey key) {
    return key == JpkiKey::Signature ? jpki_ef::kSignatureKey : jpki_ef::kUserAuthKey;
}

JpkiCertificate certificateOf(JpkiKey key) {
    return key == JpkiKey::Signature ? JpkiCertificate::Signature
                                     : JpkiCertificate::UserAuthentication;
}

std::string_view certificateName(JpkiCertificate certificate) {
    switch (certificate) {
    case JpkiCertificate::UserAuthentication:
        return "user-authentication certificate";
    case JpkiCertificate::UserAuthenticationCa:
        return "user-authentication CA certificate";
    case JpkiCertificate::Signature:
        return "signature certificate";
    case JpkiCertificate::SignatureCa:
        return "signature CA certificate";
    }
    return "?";
}

} // namespace jpki::card
