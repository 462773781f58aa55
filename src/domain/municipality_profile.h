#pragma once

// What differs from town to town: the counter, its hours, its closure days and its lists of
// identity documents. Mino City is the shipped default; a settings file may override any field
// (read by the application layer, never here).

#include "domain/date.h"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace jpki::domain {

struct MonthDay {
    unsigned month = 1;
    unsigned day = 1;
    friend bool operator==(const MonthDay&, const MonthDay&) = default;
};

// Identity documents a counter may accept (domain-rules.md section 5). Which of them a town
// accepts, and until when, is profile data; the enum only names them.
enum class IdDocumentType {
    // Public documents with a face photo.
    DrivingLicence,                      // 運転免許証
    DrivingHistoryCertificate,           // 運転経歴証明書
    Passport,                            // 旅券
    ResidenceCard,                       // 在留カード
    SpecialPermanentResidentCertificate, // 特別永住者証明書
    MyNumberCard,                        // 個人番号カード (a proxy's own card)
    ResidentRegisterCardWithPhoto,       // 住民基本台帳カード（写真付き）
    PhysicalDisabilityCertificate,       // 身体障害者手帳（写真付き）
    MentalDisabilityCertificate,         // 精神障害者保健福祉手帳（写真付き）
    RehabilitationCertificate,           // 療育手帳（写真付き）
    // Documents without a photo.
    HealthInsuranceCertificate,       // 健康保険証
    QualificationCertificate,         // 資格確認書
    LongTermCareInsuranceCertificate, // 介護保険被保険者証
    PensionBook,                      // 年金手帳
    PensionCertificate,               // 年金証書
};

inline constexpr std::array allIdDocumentTypes{
    IdDocumentType::DrivingLicence,
    IdDocumentType::DrivingHistoryCertificate,
    IdDocumentType::Passport,
    IdDocumentType::ResidenceCard,
    IdDocumentType::SpecialPermanentResidentCertificate,
    IdDocumentType::MyNumberCard,
    IdDocumentType::ResidentRegisterCardWithPhoto,
    IdDocumentType::PhysicalDisabilityCertificate,
    IdDocumentType::MentalDisabilityCertificate,
    IdDocumentType::RehabilitationCertificate,
    IdDocumentType::HealthInsuranceCertificate,
    IdDocumentType::QualificationCertificate,
    IdDocumentType::LongTermCareInsuranceCertificate,
    IdDocumentType::PensionBook,
    IdDocumentType::PensionCertificate,
};

enum class IdCategory {
    Photo,    // a public document with a face photo
    NonPhoto, // any other accepted document
};

struct AcceptedIdDocument {
    IdDocumentType type = IdDocumentType::DrivingLicence;
    IdCategory category = IdCategory::Photo;
    // The last day on which the document counts (inclusive); none when it has no cut-off.
    std::optional<Date> acceptedUntil;
};

// Section 5: the last day (inclusive) on which a health-insurance certificate counts as an ID:
// the transition ends with 2025-12-01 (「令和7年12月1日まで」); the certificates are void from
// 2 December. The default profile gives its entry in identityDocuments this cut-off.
inline constexpr Date lastHealthInsuranceCertificateDay{std::chrono::year{2025},
                                                        std::chrono::December, std::chrono::day{1}};

struct MunicipalityProfile {
    std::string name; // 美濃市
    std::string code; // 全国地方公共団体コード, five digits and a check digit (美濃市: 212075)
    std::string counterName;                     // 市民生活課 1番窓口
    std::string counterPlace;                    // 市役所1階
    std::chrono::minutes receptionOpens{9 * 60}; // R-CAL-HOURS: minutes after midnight
    std::chrono::minutes receptionCloses{17 * 60};
    // R-CAL-CLOSED: the year-end closure, inclusive, spanning the new year (29 Dec to 3 Jan).
    MonthDay yearEndClosureFrom{12, 29};
    MonthDay yearEndClosureTo{1, 3};
    // Further closure days particular to the town (one-off dates).
    std::vector<Date> extraClosedDays;
    // R-DOC-AUTH: the registered-domicile (本籍) municipality whose family register the counter
    // can consult itself, so that the copy of the family register is waived.
    std::string registeredDomicileMunicipality;
    // Section 5: the identity documents the counter accepts, photo or not. A type missing from
    // the list does not count.
    std::vector<AcceptedIdDocument> identityDocuments;
};

// The profile's entry for `type`, or nullptr when the town does not accept it.
const AcceptedIdDocument* findAcceptedIdDocument(const MunicipalityProfile& profile,
                                                 IdDocumentType type);

// Whether the document counts on `today` (its cut-off, if any, not passed).
bool isAcceptedOn(const AcceptedIdDocument& document, const Date& today);

// The shipped default: 美濃市 市民生活課 1番窓口, 9:00 to 17:00, with its identity documents.
MunicipalityProfile minoCityProfile();

} // namespace jpki::domain
