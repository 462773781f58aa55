#include "domain/municipality_profile.h"

#include <algorithm>

namespace jpki::domain {

namespace {

// The seed names only the driving licence as a photo ID; the rest are the documents that
// domain-rules.md section 5 names and that Japanese counters commonly list with them.
std::vector<AcceptedIdDocument> minoCityIdentityDocuments(const Date& healthInsuranceUntil) {
    using enum IdDocumentType;
    const auto photo = [](IdDocumentType type) {
        return AcceptedIdDocument{type, IdCategory::Photo, std::nullopt};
    };
    const auto nonPhoto = [](IdDocumentType type) {
        return AcceptedIdDocument{type, IdCategory::NonPhoto, std::nullopt};
    };
    return {
        photo(DrivingLicence),
        photo(DrivingHistoryCertificate),
        photo(Passport),
        photo(ResidenceCard),
        photo(SpecialPermanentResidentCertificate),
        photo(MyNumberCard),
        photo(ResidentRegisterCardWithPhoto),
        photo(PhysicalDisabilityCertificate),
        photo(MentalDisabilityCertificate),
        photo(RehabilitationCertificate),
        AcceptedIdDocument{HealthInsuranceCertificate, IdCategory::NonPhoto, healthInsuranceUntil},
        nonPhoto(QualificationCertificate),
        nonPhoto(LongTermCareInsuranceCertificate),
        nonPhoto(PensionBook),
        nonPhoto(PensionCertificate),
    };
}

} // namespace

MunicipalityProfile minoCityProfile() {
    MunicipalityProfile profile;
    profile.name = "美濃市";
    profile.code = "212075";
    profile.counterName = "市民生活課 1番窓口";
    profile.counterPlace = "市役所1階";
    profile.registeredDomicileMunicipality = "美濃市";
    profile.identityDocuments = minoCityIdentityDocuments(lastHealthInsuranceCertificateDay);
    return profile;
}

const AcceptedIdDocument* findAcceptedIdDocument(const MunicipalityProfile& profile,
                                                 IdDocumentType type) {
    const auto found =
        std::find_if(profile.identityDocuments.begin(), profile.identityDocuments.end(),
                     [type](const AcceptedIdDocument& document) { return document.type == type; });
    return found == profile.identityDocuments.end() ? nullptr : &*found;
}

bool isAcceptedOn(const AcceptedIdDocument& document, const Date& today) {
    return !document.acceptedUntil || today <= *document.acceptedUntil;
}

} // namespace jpki::domain
