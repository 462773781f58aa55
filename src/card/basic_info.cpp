#include "card/basic_info.h"

namespace jpki::card {

std::string_view sexName(Sex sex) {
    switch (sex) {
    case Sex::NotKnown:
        return "not known";
    case Sex::Male:
        return "male";
    case Sex::Female:
        return "female";
    case Sex::NotApplicable:
        return "not applicable";
    }
    return "?";
}

std::optional<std::optional<domain::Date>> parseCompactDate(std::string_view digits) {
    if (digits.size() != 8) {
        return std::nullopt;
    }
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    std::string iso;
    iso.reserve(10);
    iso.append(digits.substr(0, 4)).append("-").append(digits.substr(4, 2)).append("-");
    iso.append(digits.substr(6, 2));
    return std::optional<domain::Date>(domain::parseIsoDate(iso));
}

} // namespace jpki::card
