#pragma once

// Which PIN guards which file, which key goes with which PIN and certificate: the card's access
// conditions in one place.

#include "simulator/card_layout.h"
#include "simulator/crypto.h"

#include <algorithm>
#include <optional>

namespace jpki::sim::access {

inline bool isAid(ByteView aid, std::span<const std::uint8_t> expected) {
    return std::equal(aid.begin(), aid.end(), expected.begin(), expected.end());
}

// The PIN that must be verified before READ BINARY, if any.
inline std::optional<layout::Fid> pinToRead(ByteView aid, layout::Fid fid) {
    if (isAid(aid, layout::jpkiAid) && fid == layout::signatureCertificate) {
        return layout::signaturePassword;
    }
    if (isAid(aid, layout::cardInfoAid) &&
        (fid == layout::myNumber || fid == layout::basicFourItems)) {
        return layout::cardInfoPin;
    }
    return std::nullopt;
}

inline std::optional<layout::Fid> pinForKey(layout::Fid key) {
    if (key == layout::authenticationKey) {
        return layout::authenticationPin;
    }
    if (key == layout::signatureKey) {
        return layout::signaturePassword;
    }
    return std::nullopt;
}

inline std::optional<layout::Fid> certificateForKey(layout::Fid key) {
    if (key == layout::authenticationKey) {
        return layout::authenticationCertificate;
    }
    if (key == layout::signatureKey) {
        return layout::signatureCertificate;
    }
    return std::nullopt;
}

// The holder's signature files: absent on a card without a signature certificate, and then
// selectable only by an authenticated issuer, who may create them.
inline bool isSignatureFile(layout::Fid fid) {
    return fid == layout::signatureCertificate || fid == layout::signatureKey ||
           fid == layout::signaturePassword;
}

inline bool isWritableCertificate(layout::Fid fid) {
    return fid == layout::authenticationCertificate || fid == layout::signatureCertificate;
}

} // namespace jpki::sim::access
