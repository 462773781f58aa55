#include "card_snapshots.h"

#include "test_certificates.h"

#include <gtest/gtest.h>

namespace jpki::gui::testing {

card::Certificate certificateEnding(const std::string& lastDay) {
    card::testing::CertificateSpec spec;
    spec.notBefore = "20220331150000Z";
    // 23:59:59 in Japan is 14:59:59 UTC.
    std::string compact = lastDay;
    std::erase(compact, '-');
    spec.notAfter = compact + "145959Z";
    const card::Bytes der =
        card::testing::makeCertificate(spec, card::testing::testKey(1), card::testing::testKey(0));
    card::Result<card::Certificate> certificate = card::Certificate::fromDer(der);
    EXPECT_TRUE(certificate.ok());
    return std::move(certificate).value();
}

card::CertificateSummary presentCertificate(const std::string& lastDay, const domain::Date& today) {
    card::CertificateSummary summary;
    summary.presence = card::CertificatePresence::Present;
    summary.certificate = certificateEnding(lastDay);
    summary.daysLeft = summary.certificate->daysLeft(today);
    return summary;
}

card::CardStatusData healthyCard(const domain::Date& today, const std::string& authenticationEnds) {
    card::CardStatusData data;
    data.readerName = "Virtual PCD 00 00";
    data.atrHex = "3B E0 00 FF 81 31 FE 45 14";
    data.today = today;
    auto at = [](card::JpkiCertificate which) {
        return static_cast<std::size_t>(which);
    };
    data.certificates[at(card::JpkiCertificate::UserAuthentication)] =
        presentCertificate(authenticationEnds, today);
    data.certificates[at(card::JpkiCertificate::UserAuthenticationCa)] =
        presentCertificate("2039-12-31", today);
    data.certificates[at(card::JpkiCertificate::Signature)].presence =
        card::CertificatePresence::NotRead;
    data.certificates[at(card::JpkiCertificate::SignatureCa)].presence =
        card::CertificatePresence::NotRead;
    for (card::PinReference pin :
         {card::PinReference::UserAuthentication, card::PinReference::Signature,
          card::PinReference::CardInfo, card::PinReference::ResidentRegistry}) {
        const int limit = card::pinRetryLimit(pin);
        data.pins[static_cast<std::size_t>(pin)] = card::PinStatus::present(limit, limit);
    }
    return data;
}

CardServiceState cardRead(card::CardStatusData data) {
    CardServiceState state;
    state.phase = CardPhase::CardRead;
    state.readers = {data.readerName, "Virtual PCD 00 01"};
    state.cardReader = data.readerName;
    state.status = card::CardStatus(std::move(data));
    return state;
}

} // namespace jpki::gui::testing
