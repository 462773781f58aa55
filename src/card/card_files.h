#pragma once

// Applets and elementary files of the My Number card (docs/jpki-card.md, docs/card-protocol.md).

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace jpki::card {

enum class Applet { Jpki, CardInfo, ResidentRegistry };

using Aid = std::array<std::uint8_t, 10>;

inline constexpr Aid kJpkiAid{0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01};
inline constexpr Aid kCardInfoAid{0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
// Inferred by public code, not specified: a failed SELECT makes its PIN "unknown".
inline constexpr Aid kResidentRegistryAid{0xD3, 0x92, 0x10, 0x00, 0x31,
                                          0x00, 0x01, 0x01, 0x04, 0x01};

constexpr const Aid& aidOf(Applet applet) {
    switch (applet) {
    case Applet::Jpki:
        return kJpkiAid;
    case Applet::CardInfo:
        return kCardInfoAid;
    case Applet::ResidentRegistry:
        return kResidentRegistryAid;
    }
    return kJpkiAid;
}

std::string_view appletName(Applet applet);

// Elementary files of the JPKI applet.
namespace jpki_ef {
inline constexpr std::uint16_t kSignatureCertificate = 0x0001; // readable after the password
inline constexpr std::uint16_t kSignatureCaCertificate = 0x0002;
inline constexpr std::uint16_t kToken = 0x0006;
inline constexpr std::uint16_t kUserAuthCertificate = 0x000A;
inline constexpr std::uint16_t kUserAuthCaCertificate = 0x000B;
inline constexpr std::uint16_t kUserAuthKey = 0x0017;
inline constexpr std::uint16_t kUserAuthPin = 0x0018;
inline constexpr std::uint16_t kSignatureKey = 0x001A;
inline constexpr std::uint16_t kSignaturePin = 0x001B;
} // namespace jpki_ef

// Elementary files of the card-info applet. EF 00 01 (the My Number) is deliberately absent.
namespace card_info_ef {
inline constexpr std::uint16_t kPin = 0x0011;
inline constexpr std::uint16_t kBasicInfo = 0x0002;
} // namespace card_info_ef

namespace resident_registry_ef {
inline constexpr std::uint16_t kPin = 0x001C;
} // namespace resident_registry_ef

// The certificates of the JPKI applet and their keys.
enum class JpkiCertificate { UserAuthentication, UserAuthenticationCa, Signature, SignatureCa };
enum class JpkiKey { UserAuthentication, Signature };

std::uint16_t fileOf(JpkiCertificate certificate);
std::uint16_t fileOf(JpkiKey key);
JpkiCertificate certificateOf(JpkiKey key);
std::string_view certificateName(JpkiCertificate certificate);

} // namespace jpki::card
