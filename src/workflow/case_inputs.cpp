#include "workflow/case_inputs.h"

#include <array>

namespace jpki::workflow {

std::string_view applicantSourceId(ApplicantSource source) {
    switch (source) {
    case ApplicantSource::CardInfoApplet:
        return "card-info-applet";
    case ApplicantSource::Typed:
        return "typed";
    }
    return {};
}

std::optional<ApplicantSource> parseApplicantSource(std::string_view id) {
    for (ApplicantSource source : {ApplicantSource::CardInfoApplet, ApplicantSource::Typed}) {
        if (applicantSourceId(source) == id) {
            return source;
        }
    }
    return std::nullopt;
}

std::string_view sexId(card::Sex sex) {
    switch (sex) {
    case card::Sex::NotKnown:
        return "not-known";
    case card::Sex::Male:
        return "male";
    case card::Sex::Female:
        return "female";
    case card::Sex::NotApplicable:
        return "not-applicable";
    }
    return {};
}

std::optional<card::Sex> parseSex(std::string_view id) {
    using enum card::Sex;
    for (card::Sex sex : {NotKnown, Male, Female, NotApplicable}) {
        if (sexId(sex) == id) {
            return sex;
        }
    }
    return std::nullopt;
}

std::string_view proxyKindId(ProxyKind kind) {
    switch (kind) {
    case ProxyKind::Legal:
        return "legal";
    case ProxyKind::Voluntary:
        return "voluntary";
    }
    return {};
}

std::optional<ProxyKind> parseProxyKind(std::string_view id) {
    for (ProxyKind kind : {ProxyKind::Legal, ProxyKind::Voluntary}) {
        if (proxyKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view certificateSelectionId(CertificateSelection selection) {
    switch (selection) {
    case CertificateSelection::Due:
        return "due";
    case CertificateSelection::Both:
        return "both";
    case CertificateSelection::UserAuthenticationOnly:
        return "user-authentication";
    case CertificateSelection::SignatureOnly:
        return "signature";
    }
    return {};
}

std::optional<CertificateSelection> parseCertificateSelection(std::string_view id) {
    constexpr std::array all{CertificateSelection::Due, CertificateSelection::Both,
                             CertificateSelection::UserAuthenticationOnly,
                             CertificateSelection::SignatureOnly};
    for (CertificateSelection selection : all) {
        if (certificateSelectionId(selection) == id) {
            return selection;
        }
    }
    return std::nullopt;
}

} // namespace jpki::workflow
