#pragma once

// Card status snapshots built directly, without a card: the shapes the card panel must render.

#include "card/card_status.h"
#include "domain/date.h"
#include "gui/card_service_state.h"

#include <string>

namespace jpki::gui::testing {

// A certificate whose last day (Japan time) is `lastDay`, "YYYY-MM-DD".
card::Certificate certificateEnding(const std::string& lastDay);

card::CertificateSummary presentCertificate(const std::string& lastDay, const domain::Date& today);

// As the simulator's healthy card reads without the signature password: the user-authentication
// certificate ends on `authenticationEnds`; the signature certificate is there but not read;
// every PIN has all its tries.
card::CardStatusData healthyCard(const domain::Date& today,
                                 const std::string& authenticationEnds = "2027-09-30");

CardServiceState cardRead(card::CardStatusData data);

} // namespace jpki::gui::testing
