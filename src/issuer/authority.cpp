#include "issuer/authority.h"

#include <array>
#include <utility>

namespace jpki::issuer {

namespace {

constexpr std::array<std::pair<RevocationReason, std::string_view>, 5> reasonNames{{
    {RevocationReason::Unspecified, "unspecified"},
    {RevocationReason::KeyCompromise, "keyCompromise"},
    {RevocationReason::AffiliationChanged, "affiliationChanged"},
    {RevocationReason::Superseded, "superseded"},
    {RevocationReason::CessationOfOperation, "cessationOfOperation"},
}};

} // namespace

std::string_view reasonName(RevocationReason reason) {
    for (const auto& [known, name] : reasonNames) {
        if (known == reason) {
            return name;
        }
    }
    return "unspecified";
}

std::optional<RevocationReason> reasonFromName(std::string_view name) {
    for (const auto& [reason, known] : reasonNames) {
        if (known == name) {
            return reason;
        }
    }
    return std::nullopt;
}

} // namespace jpki::issuer
