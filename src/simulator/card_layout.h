#pragma once

// Where things live on a My Number card: applet identifiers, file identifiers, PIN limits.
// The values follow the card reference and the shared card-protocol decisions.

#include <array>
#include <cstdint>

namespace jpki::sim::layout {

using Fid = std::uint16_t;

inline constexpr std::array<std::uint8_t, 9> atr{0x3B, 0xE0, 0x00, 0xFF, 0x81,
                                                 0x31, 0xFE, 0x45, 0x14};

inline constexpr std::array<std::uint8_t, 10> jpkiAid{0xD3, 0x92, 0xF0, 0x00, 0x26,
                                                      0x01, 0x00, 0x00, 0x00, 0x01};
inline constexpr std::array<std::uint8_t, 10> cardInfoAid{0xD3, 0x92, 0x10, 0x00, 0x31,
                                                          0x00, 0x01, 0x01, 0x04, 0x08};
inline constexpr std::array<std::uint8_t, 10> residentRegistryAid{0xD3, 0x92, 0x10, 0x00, 0x31,
                                                                  0x00, 0x01, 0x01, 0x04, 0x01};

// JPKI applet
inline constexpr Fid signatureCertificate = 0x0001;
inline constexpr Fid signatureCaCertificate = 0x0002;
inline constexpr Fid token = 0x0006;
inline constexpr Fid authenticationCertificate = 0x000A;
inline constexpr Fid authenticationCaCertificate = 0x000B;
inline constexpr Fid authenticationKey = 0x0017;
inline constexpr Fid authenticationPin = 0x0018;
inline constexpr Fid signatureKey = 0x001A;
inline constexpr Fid signaturePassword = 0x001B;

// Card-info input support applet
inline constexpr Fid myNumber = 0x0001;
inline constexpr Fid basicFourItems = 0x0002;
inline constexpr Fid cardInfoPin = 0x0011;
inline constexpr Fid cardInfoPinA = 0x0014;
inline constexpr Fid cardInfoPinB = 0x0015;

// Resident-registry applet
inline constexpr Fid residentRegistryPin = 0x001C;

inline constexpr int fourDigitPinTries = 3;
inline constexpr int signaturePasswordTries = 5;
// PIN A and PIN B are not used by the counter; their limit is not published, this is a guess.
inline constexpr int cardInfoPinABTries = 10;

} // namespace jpki::sim::layout
