#include "card/pin.h"

namespace jpki::card {

Applet appletOf(PinReference pin) {
    switch (pin) {
    case PinReference::UserAuthentication:
    case PinReference::Signature:
        return Applet::Jpki;
    case PinReference::CardInfo:
        return Applet::CardInfo;
    case PinReference::ResidentRegistry:
        return Applet::ResidentRegistry;
    }
    return Applet::Jpki;
}

std::uint16_t pinFileOf(PinReference pin) {
    switch (pin) {
    case PinReference::UserAuthentication:
        return jpki_ef::kUserAuthPin;
    case PinReference::Signature:
        return jpki_ef::kSignaturePin;
    case PinReference::CardInfo:
        return card_info_ef::kPin;
    case PinReference::ResidentRegistry:
        return resident_registry_ef::kPin;
    }
    return jpki_ef::kUserAuthPin;
}

std::string_view pinName(PinReference pin) {
    switch (pin) {
    case PinReference::UserAuthentication:
        return "user-authentication PIN";
    case PinReference::Signature:
        return "signature password";
    case PinReference::CardInfo:
        return "card-info PIN";
    case PinReference::ResidentRegistry:
        return "resident-registry PIN";
    }
    return "?";
}

} // namespace jpki::card
