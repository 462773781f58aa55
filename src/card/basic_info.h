#pragma once

// The four basic items (基本4情報): name, address, birth date, sex. The card-info applet holds
// them in EF 00 02; the signature certificate carries them in its subject alternative name.

#include "domain/date.h"

#include <optional>
#include <string>
#include <string_view>

namespace jpki::card {

enum class Sex { NotKnown, Male, Female, NotApplicable };

struct BasicInfo {
    std::string name;          // UTF-8
    std::string address;       // UTF-8
    std::string birthDateText; // as the card wrote it ("19800401", or "319800401" in a certificate)
    std::optional<domain::Date> birthDate; // nothing when the text names no real day
    Sex sex = Sex::NotKnown;

    bool operator==(const BasicInfo&) const = default;
};

std::string_view sexName(Sex sex);

// Eight ASCII digits YYYYMMDD: nothing when not eight digits; a date only when the day exists.
// The outer optional says whether the text is well-formed, the inner whether it names a day.
std::optional<std::optional<domain::Date>> parseCompactDate(std::string_view digits);

} // namespace jpki::card
