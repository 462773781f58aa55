#pragma once

// A snapshot of what the card tells without spending a PIN try: certificates, their validity,
// the tries of every PIN. Immutable and cheap to copy, so it can cross threads as it is.

#include "card/card_channel.h"
#include "card/card_error.h"
#include "card/card_files.h"
#include "card/certificate.h"
#include "card/pin.h"
#include "card/result.h"
#include "domain/date.h"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace jpki::card {

enum class CertificatePresence {
    Present,    // read and parsed
    NotRead,    // the file exists; reading it needs the signature password (or was not asked)
    Empty,      // the file exists with nothing in it (a new key waiting for its certificate)
    Absent,     // no such file: the card has no signature certificate
    Unreadable, // the file exists but its content did not parse; see problem
};

struct CertificateSummary {
    CertificatePresence presence = CertificatePresence::NotRead;
    std::optional<Certificate> certificate; // when Present
    std::optional<CardErrorCode> problem;   // when Unreadable
    int daysLeft = 0;                       // from the snapshot's day, when Present
};

// The outcome of the signature password given to readCardStatus.
enum class PasswordCheck { NotGiven, Accepted, Rejected, Blocked, Absent };

struct CardStatusData {
    std::string readerName;
    std::string atrHex; // "3B E0 00 FF ..."
    domain::Date today;
    std::array<CertificateSummary, 4> certificates; // indexed by JpkiCertificate
    std::array<PinStatus, 4> pins;                  // indexed by PinReference
    PasswordCheck signaturePassword = PasswordCheck::NotGiven;
};

class CardStatus {
public:
    explicit CardStatus(CardStatusData data)
        : m_data(std::make_shared<const CardStatusData>(std::move(data))) {}

    const std::string& readerName() const { return m_data->readerName; }
    const std::string& atrHex() const { return m_data->atrHex; }
    const domain::Date& today() const { return m_data->today; }
    const CertificateSummary& certificate(JpkiCertificate which) const {
        return m_data->certificates[static_cast<std::size_t>(which)];
    }
    const PinStatus& pin(PinReference which) const {
        return m_data->pins[static_cast<std::size_t>(which)];
    }
    PasswordCheck signaturePassword() const { return m_data->signaturePassword; }
    const CardStatusData& data() const { return *m_data; }

private:
    std::shared_ptr<const CardStatusData> m_data;
};

// Reads the snapshot in one transaction with the fewest commands: each applet selected once,
// the user-authentication certificate read (not its authority's: that one stays NotRead; whoever
// checks the chain reads it), the tries of all four PINs asked, and the
// signature certificate's file looked for (read too when a signature password is given and
// accepted: giving a wrong one spends a try). Transport failures are errors; what the card
// refuses is reported in the snapshot.
Result<CardStatus>
readCardStatus(CardChannel& channel, const domain::Date& today,
               std::optional<std::span<const std::uint8_t>> signaturePassword = std::nullopt);

} // namespace jpki::card
