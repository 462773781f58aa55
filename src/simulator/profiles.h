#pragma once

// The virtual card's profiles: a fictitious holder and the dates of the card and its
// certificates, all counted from a reference day (the day the card's state is first made), so
// that an "expiring" card is expiring whenever the tests run.

#include "domain/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::sim {

struct Holder {
    std::string name; // as on the card face: family name first, ideographic space between
    std::string nameKana;
    std::string address;
    domain::Date birthDate;
    int sexCode = 9; // ISO 5218: 1 male, 2 female, 9 not applicable
};

struct CertificatePeriod {
    domain::Date issued;
    domain::Date expires; // last valid day
};

struct PinCounters {
    int authentication = 3;
    int signature = 5; // meaningless when the card has no signature certificate
    int cardInfo = 3;
    int residentRegistry = 3;
};

// Default PINs of every profile (test data, published in docs/simulator.md).
namespace default_pins {
inline constexpr std::string_view authentication = "1234";
inline constexpr std::string_view signature = "ABC123";
inline constexpr std::string_view cardInfo = "1234";
inline constexpr std::string_view residentRegistry = "1234";
} // namespace default_pins

struct Profile {
    std::string name;
    std::string description;
    Holder holder;
    domain::Date referenceDay;
    domain::Date cardIssued;
    domain::Date cardExpires; // printed on the card face; the chip does not tell it
    CertificatePeriod authentication;
    std::optional<CertificatePeriod> signature; // absent: no signature certificate on the card
    std::optional<domain::Date> periodOfStayEnds;
    PinCounters triesLeft;
};

const std::vector<std::string>& profileNames();
std::optional<Profile> makeProfile(std::string_view name, const domain::Date& referenceDay);

std::string profilesAsJson(const domain::Date& referenceDay);
std::string profilesAsText(const domain::Date& referenceDay);

// Today's date in Japan (UTC+9), for when no reference day is given.
domain::Date todayInJapan();

} // namespace jpki::sim
