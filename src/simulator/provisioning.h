#pragma once

// Makes the content of a new virtual card for a profile: keys, certificates issued by the test
// authority, PINs with the profile's counters, the card-info records and the JPKI token.

#include "issuer/local_authority.h"
#include "simulator/authority.h"
#include "simulator/card_state.h"
#include "simulator/profiles.h"

#include <string_view>

namespace jpki::sim {

// An obviously fake individual number (a counting sequence whose check digit happens to be valid);
// the application never reads it, the card still holds one.
inline constexpr std::string_view fakeMyNumber = "123456789018";

CardState provisionCard(const Profile& profile, const TestAuthority& authority,
                        const KeyMaker& keys = {});

// Enters the card's certificates in the ledger of the authority that issued them, when that
// authority lives in a directory the counter may share. Throws std::runtime_error.
void recordProvisionedCertificates(const CardState& state, issuer::LocalAuthority& authority);

Bytes issueAuthenticationCertificate(const Profile& profile, EVP_PKEY* cardKey,
                                     const TestAuthority& authority);
Bytes issueSignatureCertificate(const Profile& profile, EVP_PKEY* cardKey,
                                const TestAuthority& authority);

// FF 20 { DF 21 header, DF 22 name, DF 23 address, DF 24 YYYYMMDD, DF 25 sex }.
Bytes basicFourItemsRecord(const Holder& holder);
// D0 0C followed by the twelve digits, padded with FF to the EF's 16 bytes.
Bytes myNumberRecord();
// "JPKIAPICCTOKEN2" padded with spaces to 32 bytes: what a My Number card's JPKI applet holds.
Bytes jpkiToken();

} // namespace jpki::sim
