#include "workflow/payload_codec.h"

#include "card/card_files.h"
#include "workflow/domain_ids.h"

namespace jpki::workflow::payload {

namespace {

QJsonArray pinProblems(const std::vector<domain::PinProblem>& problems) {
    QJsonArray array;
    for (domain::PinProblem problem : problems) {
        array.append(text(pinProblemId(problem)));
    }
    return array;
}

card::JpkiCertificate cardCertificateOf(domain::CertificateKind kind) {
    return kind == domain::CertificateKind::Signature ? card::JpkiCertificate::Signature
                                                      : card::JpkiCertificate::UserAuthentication;
}

QJsonArray idDocuments(const std::vector<domain::IdDocumentType>& documents) {
    QJsonArray array;
    for (domain::IdDocumentType type : documents) {
        array.append(text(idDocumentId(type)));
    }
    return array;
}

} // namespace

QString text(std::string_view id) {
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

std::string utf8(const QJsonValue& value) {
    return value.toString().toStdString();
}

QJsonValue date(const domain::Date& day) {
    return QString::fromStdString(domain::formatIsoDate(day));
}

std::optional<domain::Date> dateFrom(const QJsonValue& value) {
    if (!value.isString()) {
        return std::nullopt;
    }
    return domain::parseIsoDate(utf8(value));
}

void insertDate(QJsonObject& object, const QString& key, const std::optional<domain::Date>& day) {
    if (day) {
        object.insert(key, date(*day));
    }
}

std::string_view certificatePresenceId(card::CertificatePresence presence) {
    switch (presence) {
    case card::CertificatePresence::Present:
        return "present";
    case card::CertificatePresence::NotRead:
        return "not-read";
    case card::CertificatePresence::Empty:
        return "empty";
    case card::CertificatePresence::Absent:
        return "absent";
    case card::CertificatePresence::Unreadable:
        return "unreadable";
    }
    return {};
}

std::optional<card::CertificatePresence> parseCertificatePresence(std::string_view id) {
    using enum card::CertificatePresence;
    for (card::CertificatePresence presence : {Present, NotRead, Empty, Absent, Unreadable}) {
        if (certificatePresenceId(presence) == id) {
            return presence;
        }
    }
    return std::nullopt;
}

std::string_view pinPresenceId(card::PinPresence presence) {
    switch (presence) {
    case card::PinPresence::Present:
        return "present";
    case card::PinPresence::Absent:
        return "absent";
    case card::PinPresence::Unknown:
        return "unknown";
    }
    return {};
}

std::optional<card::PinPresence> parsePinPresence(std::string_view id) {
    using enum card::PinPresence;
    for (card::PinPresence presence : {Present, Absent, Unknown}) {
        if (pinPresenceId(presence) == id) {
            return presence;
        }
    }
    return std::nullopt;
}

CardFacts factsOf(const card::CardStatus& status) {
    CardFacts facts;
    facts.checkedOn = status.today();
    for (domain::CertificateKind kind :
         {domain::CertificateKind::UserAuthentication, domain::CertificateKind::Signature}) {
        const card::CertificateSummary& summary = status.certificate(cardCertificateOf(kind));
        CertificateFacts certificate;
        certificate.kind = kind;
        certificate.presence = summary.presence;
        if (summary.presence == card::CertificatePresence::Present && summary.certificate) {
            certificate.serial = QString::fromStdString(summary.certificate->serialHex());
            certificate.notBefore = summary.certificate->notBefore();
            certificate.notAfter = summary.certificate->notAfter();
        }
        facts.certificates.push_back(certificate);
    }
    for (domain::PinKind kind : domain::allPinKinds) {
        const card::PinStatus& pin = status.pin(kind);
        facts.pins.push_back(PinFacts{kind, pin.presence, pin.triesLeft, pin.limit});
    }
    return facts;
}

QJsonObject cardFacts(const CardFacts& facts) {
    QJsonArray certificates;
    for (const CertificateFacts& certificate : facts.certificates) {
        QJsonObject entry{
            {QStringLiteral("kind"), text(certificateKindId(certificate.kind))},
            {QStringLiteral("presence"), text(certificatePresenceId(certificate.presence))}};
        if (!certificate.serial.isEmpty()) {
            entry.insert(QStringLiteral("serial"), certificate.serial);
        }
        insertDate(entry, QStringLiteral("not_before"), certificate.notBefore);
        insertDate(entry, QStringLiteral("not_after"), certificate.notAfter);
        certificates.append(entry);
    }
    QJsonArray pins;
    for (const PinFacts& pin : facts.pins) {
        QJsonObject entry{{QStringLiteral("pin_kind"), text(domain::pinKindId(pin.kind))},
                          {QStringLiteral("presence"), text(pinPresenceId(pin.presence))},
                          {QStringLiteral("limit"), pin.limit}};
        if (pin.triesLeft) {
            entry.insert(QStringLiteral("tries_left"), *pin.triesLeft);
        }
        pins.append(entry);
    }
    return {{QStringLiteral("checked_on"), date(facts.checkedOn)},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("pin_states"), pins}};
}

CardFacts cardFactsFrom(const QJsonObject& object) {
    CardFacts facts;
    facts.checkedOn = dateFrom(object.value(QStringLiteral("checked_on"))).value_or(domain::Date{});
    for (const QJsonValue& value : object.value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto kind = codeFrom(entry.value(QStringLiteral("kind")), parseCertificateKind);
        const auto presence =
            codeFrom(entry.value(QStringLiteral("presence")), parseCertificatePresence);
        if (!kind || !presence) {
            continue;
        }
        facts.certificates.push_back(
            CertificateFacts{*kind, *presence, entry.value(QStringLiteral("serial")).toString(),
                             dateFrom(entry.value(QStringLiteral("not_before"))),
                             dateFrom(entry.value(QStringLiteral("not_after")))});
    }
    for (const QJsonValue& value : object.value(QStringLiteral("pin_states")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto kind = codeFrom(entry.value(QStringLiteral("pin_kind")), domain::parsePinKind);
        const auto presence = codeFrom(entry.value(QStringLiteral("presence")), parsePinPresence);
        if (!kind || !presence) {
            continue;
        }
        std::optional<int> tries;
        if (entry.contains(QStringLiteral("tries_left"))) {
            tries = entry.value(QStringLiteral("tries_left")).toInt();
        }
        facts.pins.push_back(
            PinFacts{*kind, *presence, tries, entry.value(QStringLiteral("limit")).toInt()});
    }
    return facts;
}

QJsonObject presentedItems(const domain::PresentedItems& presented) {
    const domain::LegalAuthorityEvidence& authority = presented.authority;
    QJsonObject evidence{
        {QStringLiteral("basis"), text(legalAuthorityBasisId(authority.basis))},
        {QStringLiteral("family_register_copy"), authority.familyRegisterCopy},
        {QStringLiteral("registered_domicile_here"), authority.registeredDomicileHere},
        {QStringLiteral("resident_register_shows_representative"),
         authority.residentRegisterShowsRepresentative}};
    insertDate(evidence, QStringLiteral("guardianship_certificate_issued"),
               authority.guardianshipCertificateIssued);
    return {{QStringLiteral("applicant_card"), presented.applicantCard},
            {QStringLiteral("expiry_notice"), presented.expiryNotice},
            {QStringLiteral("pin_memo"), presented.pinMemo},
            {QStringLiteral("pins_known"), presented.pinsKnown},
            {QStringLiteral("inquiry_form"), text(sealStateId(presented.inquiryForm))},
            {QStringLiteral("proxy_ids"), idDocuments(presented.proxyIds)},
            {QStringLiteral("applicant_ids"), idDocuments(presented.applicantIds)},
            {QStringLiteral("authority"), evidence},
            {QStringLiteral("application_form_signed"), presented.applicationFormSigned}};
}

QJsonArray unmetRequirements(const std::vector<domain::UnmetRequirement>& unmet) {
    QJsonArray array;
    for (const domain::UnmetRequirement& item : unmet) {
        array.append(
            QJsonObject{{QStringLiteral("requirement"), text(requirementId(item.requirement))},
                        {QStringLiteral("shortfall"), text(shortfallId(item.shortfall))}});
    }
    return array;
}

std::vector<domain::UnmetRequirement> unmetFrom(const QJsonValue& value) {
    std::vector<domain::UnmetRequirement> unmet;
    for (const QJsonValue& element : value.toArray()) {
        const QJsonObject entry = element.toObject();
        const auto requirement =
            codeFrom(entry.value(QStringLiteral("requirement")), parseRequirement);
        const auto shortfall = codeFrom(entry.value(QStringLiteral("shortfall")), parseShortfall);
        if (requirement && shortfall) {
            unmet.push_back(domain::UnmetRequirement{*requirement, *shortfall});
        }
    }
    return unmet;
}

QJsonObject refusal(const Refusal& refusal) {
    QJsonObject object{{QStringLiteral("reason"), text(refusalReasonId(refusal.reason))}};
    if (!refusal.unmet.empty()) {
        object.insert(QStringLiteral("unmet"), unmetRequirements(refusal.unmet));
    }
    if (!refusal.pinProblems.empty()) {
        object.insert(QStringLiteral("problems"), pinProblems(refusal.pinProblems));
    }
    if (refusal.certificate) {
        object.insert(QStringLiteral("certificate"), text(certificateKindId(*refusal.certificate)));
    }
    insertDate(object, QStringLiteral("window_opens"), refusal.windowOpens);
    if (refusal.pin) {
        object.insert(QStringLiteral("pin_kind"), text(domain::pinKindId(*refusal.pin)));
    }
    if (refusal.triesLeft) {
        object.insert(QStringLiteral("tries_left"), *refusal.triesLeft);
    }
    return object;
}

Refusal refusalFrom(const QJsonObject& object, Step stepAfter) {
    Refusal result;
    result.reason = codeFrom(object.value(QStringLiteral("reason")), parseRefusalReason)
                        .value_or(RefusalReason::MissingDocuments);
    result.stepAfter = stepAfter;
    result.unmet = unmetFrom(object.value(QStringLiteral("unmet")));
    for (const QJsonValue& value : object.value(QStringLiteral("problems")).toArray()) {
        if (auto problem = codeFrom(value, parsePinProblem)) {
            result.pinProblems.push_back(*problem);
        }
    }
    result.certificate =
        codeFrom(object.value(QStringLiteral("certificate")), parseCertificateKind);
    result.windowOpens = dateFrom(object.value(QStringLiteral("window_opens")));
    result.pin = codeFrom(object.value(QStringLiteral("pin_kind")), domain::parsePinKind);
    if (object.contains(QStringLiteral("tries_left"))) {
        result.triesLeft = object.value(QStringLiteral("tries_left")).toInt();
    }
    return result;
}

} // namespace jpki::workflow::payload
